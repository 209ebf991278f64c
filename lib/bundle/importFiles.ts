/**
 * The evidence files of a bundle being imported, checked before anything is written.
 * A bundle's case.json says what each file is (its type, its size, its SHA-256) and
 * which stored file (blob id) it is; none of that is taken on trust:
 * - the size and SHA-256 each record declares must be the file's own (the bag's
 *   manifests only vouch for the file, not for the record);
 * - each file is kept as what its bytes are, by the rule of its role (lib/evidence/
 *   filetype), and a declared type that is not a kind of proof (a web page, a
 *   program) is refused;
 * - a blob id already used on this computer is reused only for exactly the same
 *   bytes; otherwise the file gets an id of its own, so an import never makes a
 *   record point at a file it did not bring;
 * - proof already kept is never replaced: an evidence item already here must come
 *   with the same files.
 */
import { type Digester, digestAll } from '../checksums/hash';
import { db, type StoredBlob } from '../db/database';
import { fileBytes } from '../db/files';
import { checkKeptFile, isKeptType, isWebPageType, keptTypes, sameKind } from '../evidence/filetype';
import { t } from '../i18n';
import { type Evidence, type EvidenceFile, newId } from '../model';
import type { ValidBag } from './bagit';
import { readAhead } from './readAhead';
import { refuseAs } from './refusal';
import type { BundleCase } from './schema';
import { entryBlob } from './zip';

export interface CheckedFiles {
  /** The bundle with its evidence's files as they will be kept: blob ids of their own, checked types. */
  bundle: BundleCase;
  /** Each file's contents by (final) blob id, typed as checked. */
  blobs: Map<string, Blob>;
  /** Blob ids already stored here with exactly these bytes (shared, not written again). */
  sameAsStored: Set<string>;
  /** What the import will keep differently from what the bundle says, for the person to read first. */
  notes: string[];
}

/** Files whose kind is being read at once (each read is mostly a wait for the browser). */
const KINDS_IN_FLIGHT = 8;

const AGAIN = 'Ask whoever gave it to you for a new copy, saved from this extension.';

/** Two lists of files are the same proof: the same roles, sizes and checksums, in the same order. */
export function sameFiles(a: readonly EvidenceFile[], b: readonly EvidenceFile[]): boolean {
  return a.length === b.length && a.every((f, i) => f.role === b[i]!.role && f.size === b[i]!.size && f.sha256 === b[i]!.sha256);
}

/** Checks every evidence file of a parsed bundle against its bytes and this computer. Throws Refusal; writes nothing. */
export async function checkBundleFiles(zip: Blob, bag: ValidBag, bundle: BundleCase, digester: Digester): Promise<CheckedFiles> {
  // The bytes of each file, and their SHA-256 (the bag's own when it has a SHA-256 manifest, checked already).
  const data = new Map<string, { blob: Blob; sha256: string }>();
  for (const f of bundle.files) {
    const entry = bag.files.get(f.path);
    if (!entry || !bag.checksums.has(f.path))
      refuseAs('damaged', `case.json names the file "${f.path}", which is not a checked file of the bag.`);
    const blob = await entryBlob(zip, entry);
    const sha256 = bag.checksums.get(f.path)!.get('sha256') ?? (await digestAll(digester, ['sha256'], blob)).sums[0]!;
    data.set(f.blobId, { blob, sha256 });
  }

  const notes: string[] = [];
  const kept = new Map<string, Blob>();
  // What each file's bytes are (its first bytes read, or all of a text): several files read at
  // once, as the browser brings each one after a wait; the files are judged in order below.
  const listed = bundle.evidence.flatMap((item, at) => item.files.map((file) => ({ at, item, file })));
  const readKind = async (f: (typeof listed)[number]) => ({
    ...f,
    check: await checkKeptFile(f.file.role, f.file.name, data.get(f.file.blobId)!.blob),
  });
  const filesOf = bundle.evidence.map((): EvidenceFile[] => []);
  for await (const { at, item, file, check } of readAhead(listed, readKind, KINDS_IN_FLIGHT)) {
    const { blob, sha256 } = data.get(file.blobId)!;
    const named = `“${file.name}” of “${item.title}”`;
    if (file.size !== blob.size || file.sha256 !== sha256)
      refuseAs(
        'damaged',
        `${named} is not the file its record describes: its size or its contents changed. The copy was changed or damaged after it was made. ${AGAIN}`,
      );
    if (!isKeptType(file.mime, file.role))
      refuseAs(
        'unsafe',
        isWebPageType(file.mime)
          ? `${named} is marked as a web page (${file.mime}). Web pages and programs are never imported: opened here, they could act on this computer. ${AGAIN}`
          : `${named} is marked as ${file.mime}, which is not a kind of file kept as proof (PDFs, PNG, JPEG and WebP pictures, saved pages and page text are). ${AGAIN}`,
      );
    if (!check.ok) refuseAs('damaged', `${check.reason} It is part of “${item.title}”. ${AGAIN}`);
    if (!sameKind(file.mime, check.mime))
      notes.push(t('copies.noteKeptAs', { name: file.name, declared: file.mime, kind: t(keptTypes[check.mime]) }));
    if (!kept.has(file.blobId)) kept.set(file.blobId, new Blob([blob], { type: check.mime }));
    filesOf[at]!.push({ ...file, mime: check.mime });
  }
  const checked: Evidence[] = bundle.evidence.map((item, at) => ({ ...item, files: filesOf[at]! }));

  // Proof already kept is never replaced.
  const stored = await db().evidence.bulkGet(checked.map((e) => e.id));
  checked.forEach((item, i) => {
    const here = stored[i];
    if (here && !sameFiles(item.files, here.files))
      refuseAs(
        'conflict',
        `This copy has a different file for “${here.title}” than the one kept on this computer, and proof already kept is never replaced. If you are sure the copy's file is the right one, delete “${here.title}” here first, then import the copy again.`,
      );
  });

  // A stored file is reused only for exactly its bytes; any other gets an id of its own. (Only the
  // files of evidence not here yet can be written: those of an item already here stay as they are.)
  const fresh = new Set(checked.filter((_, i) => !stored[i]).flatMap((item) => item.files.map((f) => f.blobId)));
  const ids = [...kept.keys()].filter((id) => fresh.has(id));
  const storedBlobs = await db().blobs.bulkGet(ids);
  const renamed = new Map<string, string>();
  const sameAsStored = new Set<string>();
  for (const [i, id] of ids.entries()) {
    const row: StoredBlob | undefined = storedBlobs[i];
    if (!row) continue;
    const { sums } = await digestAll(digester, ['sha256'], (await fileBytes(row))!);
    if (sums[0] === data.get(id)!.sha256) sameAsStored.add(id);
    else renamed.set(id, newId());
  }
  const final = (id: string) => renamed.get(id) ?? id;
  const blobs = new Map([...kept].map(([id, blob]) => [final(id), blob]));
  return {
    bundle: {
      ...bundle,
      evidence: checked.map((item) => ({ ...item, files: item.files.map((f) => ({ ...f, blobId: final(f.blobId) })) })),
      files: bundle.files.map((f) => ({ ...f, blobId: final(f.blobId) })),
    },
    blobs,
    sameAsStored,
    notes,
  };
}
