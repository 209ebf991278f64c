/**
 * Import: everything is checked before the first write (the ZIP, the bag and every
 * checksum, case.json against the model's schemas and its format version, every
 * reference between records, the free storage), then one Dexie transaction writes
 * it all, or nothing. Ids are kept, so importing the same bundle twice changes
 * nothing, and siblings can send bundles back and forth.
 *
 * What an import never does: make a record point at a file it did not bring, keep a
 * file as anything but what its bytes are (importFiles.ts), replace proof already
 * kept, change the person or the date of death of a case already here, or change a
 * tracked site (those are shared by every case).
 */
import type { Table } from 'dexie';
import { applyChanges } from '../checklist/playbooks';
import { type Digester, webCrypto } from '../checksums/hash';
import { ACTIVE_CASE } from '../db/caseReads';
import { db } from '../db/database';
import { fileRows } from '../db/files';
import { tableOf, tablesOf } from '../db/records';
import { t } from '../i18n';
import type { Evidence } from '../model';
import { overLimit } from '../model/limits';
import { type AccountRecordKey, accountRecordKinds, recordKind, recordKinds } from '../model/records';
import { validateBag } from './bagit';
import { checkBundleFiles, sameFiles } from './importFiles';
import { providerNameFor } from './layout';
import { unprotect } from './protect';
import { Refusal, refuse, refuseAs } from './refusal';
import { BundleCase, brokenReference, FORMAT_VERSION } from './schema';
import { defaultLimits, entryBytes, readZip, type ZipLimits } from './zip';

export interface ImportPreview {
  caseId: string;
  deceasedName: string;
  dateOfDeath: string;
  scope: BundleCase['scope'];
  accounts: Array<{ id: string; name: string; accountNumber?: string }>;
  /** How many records of each kind that belongs to an account. */
  counts: Record<AccountRecordKey, number>;
  files: number;
  fileBytes: number;
  /** This very case is already on this computer (importing merges into it). */
  caseExists: boolean;
  /** What will be kept differently from what the bundle says, in plain words (read before importing). */
  notes: string[];
}

export interface ImportPlan {
  preview: ImportPreview;
  bundle: BundleCase;
  /** Evidence file contents by blob id (slices of the chosen file: nothing is copied yet). */
  blobs: Map<string, Blob>;
  /** Blob ids already stored with exactly these bytes when the bundle was checked. */
  sameAsStored: Set<string>;
}

export interface InspectOptions {
  digester?: Digester;
  limits?: ZipLimits;
  /** Free storage in bytes (navigator.storage.estimate: quota - usage). */
  freeBytes?: number;
  onProgress?: (done: number, total: number) => void;
  /** For a protected bundle (an AES-256 ZIP); without it, one throws PassphraseNeeded. */
  passphrase?: string;
}

const MB = (n: number) => `${Math.max(1, Math.round(n / 1024 / 1024))} MB`;

/** Checks the bundle completely and says what it holds. Throws Refusal; writes nothing. */
export async function inspectBundle(file: Blob, opts: InspectOptions = {}): Promise<ImportPlan> {
  try {
    return await inspect(file, opts);
  } catch (e) {
    if (e instanceof Refusal) throw e;
    // Anything else while reading a hostile file is still a refusal, with its reason.
    throw new Refusal(`This file could not be read as a copy made by this extension: ${(e as Error).message}`);
  }
}

async function inspect(file: Blob, opts: InspectOptions): Promise<ImportPlan> {
  const free = opts.freeBytes;
  if (free !== undefined && file.size > free)
    refuseAs('tooLarge', `This copy (${MB(file.size)}) is larger than the free storage on this computer (${MB(free)}).`);
  let entries = await readZip(file, opts.limits ?? defaultLimits);
  // A protected bundle is decrypted into a plain one first, then checked exactly the same way.
  if (entries.some((e) => e.encrypted)) ({ file, entries } = await unprotect(entries, opts));
  const unpacked = entries.reduce((n, e) => n + e.size, 0);
  if (free !== undefined && unpacked > free)
    refuseAs('tooLarge', `This copy unpacks to ${MB(unpacked)}, more than the free storage on this computer (${MB(free)}).`);
  const bag = await validateBag(file, entries, opts.digester ?? webCrypto, opts.onProgress);

  const caseEntry = bag.files.get('data/case.json');
  if (!caseEntry)
    refuse(
      'Every file of this copy is as it was made, but it is not a record made by this extension: its main file (data/case.json) is missing.',
    );
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await entryBytes(file, caseEntry)));
  } catch {
    refuse('case.json is not readable JSON.');
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version !== 'number') refuse('case.json has no format version, so it is not a record made by this extension.');
  if (version !== FORMAT_VERSION)
    refuseAs(
      'newer',
      version > FORMAT_VERSION
        ? `This record was made by a newer version of the extension (format ${version}); update the extension to import it.`
        : `This record's format (${version}) is not known.`,
    );
  // Counted before the rows are checked one by one: a bundle larger than any estate is refused at once.
  const tooMany = overLimit((key) => {
    const rows = (json as Record<string, unknown>)[key];
    return Array.isArray(rows) ? rows.length : 0;
  });
  if (tooMany) {
    const n = (x: number) => x.toLocaleString('en-US');
    refuse(
      `This copy holds ${n(tooMany.count)} ${recordKind(tooMany.key).label.many}; one estate can hold at most ${n(tooMany.limit)}. No real estate has that many, so the file is probably damaged or was not made by this extension. Nothing was imported.`,
    );
  }
  const parsed = BundleCase.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    refuse(`case.json does not match the expected shape at ${issue.path.join('.') || 'the top'}: ${issue.message}`);
  }
  const broken = brokenReference(parsed.data);
  if (broken) refuse(`case.json is inconsistent: ${broken}.`);

  const { bundle, blobs, sameAsStored, notes } = await checkBundleFiles(file, bag, parsed.data, opts.digester ?? webCrypto);
  const storedCase = await db().cases.get(bundle.case.id);
  if (storedCase && (storedCase.deceasedName !== bundle.case.deceasedName || storedCase.dateOfDeath !== bundle.case.dateOfDeath))
    notes.unshift(
      `This copy names the person ${bundle.case.deceasedName} (died ${bundle.case.dateOfDeath}). The estate kept here stays that of ${storedCase.deceasedName} (died ${storedCase.dateOfDeath}): an import never changes whose estate it is.`,
    );
  const storedSites = await db().userProviders.bulkGet(bundle.userProviders.map((p) => p.id));
  bundle.userProviders.forEach((site, i) => {
    const here = storedSites[i];
    if (here && (here.name !== site.name || here.domain !== site.domain || here.category !== site.category))
      notes.push(t('copies.noteTrackedSite', { name: here.name, domain: here.domain }));
  });

  const name = providerNameFor(bundle.userProviders);
  const preview: ImportPreview = {
    caseId: bundle.case.id,
    deceasedName: bundle.case.deceasedName,
    dateOfDeath: bundle.case.dateOfDeath,
    scope: bundle.scope,
    accounts: bundle.accounts.map((a) => ({ id: a.id, name: name(a.providerId), accountNumber: a.accountNumber })),
    counts: Object.fromEntries(accountRecordKinds.map((kind) => [kind.key, bundle[kind.key].length])) as ImportPreview['counts'],
    files: blobs.size,
    fileBytes: [...blobs.values()].reduce((n, b) => n + b.size, 0),
    caseExists: !!storedCase,
    notes,
  };
  return { preview, bundle, blobs, sameAsStored };
}

export type ImportTarget = { kind: 'new' } | { kind: 'merge'; caseId: string };

export interface ImportResult {
  caseId: string;
  /** Rows added or updated (0 when the bundle was already here). */
  written: number;
}

/** Whether a bundle's row is newer than the stored one (instants compared, whatever their offsets). */
export function isNewer(row: Versioned, old: Versioned | undefined): boolean {
  return !old || Date.parse(row.updatedAt ?? row.createdAt) > Date.parse(old.updatedAt ?? old.createdAt);
}
type Versioned = { updatedAt?: string; createdAt: string };

const CHANGED_MEANWHILE = 'The files on this computer changed while the copy was being checked. Choose the copy again.';

/**
 * Writes the checked plan in one transaction. A record already here is replaced
 * only by a newer version of itself (updatedAt), so nothing the user changed since
 * is lost and a second import of the same bundle writes nothing. Three things are
 * never replaced: an evidence item's files (its newer details are taken, its files
 * stay), the case's own row when the case is already here (the person, the date of
 * death, your role: as entered on this computer), and a tracked site (only missing
 * ones are added).
 */
export async function applyImport(plan: ImportPlan, target: ImportTarget): Promise<ImportResult> {
  const d = db();
  const b = plan.bundle;
  const caseId = target.kind === 'new' ? b.case.id : target.caseId;
  const reparent = <T extends { caseId: string }>(rows: T[]) => rows.map((r) => ({ ...r, caseId }));
  let written = 0;
  // With the vault lock on, the files are sealed now: reading them inside the transaction would end it.
  const fileRowsById = new Map((await fileRows(plan.blobs)).map((row) => [row.id, row]));

  await d.transaction('rw', [...tablesOf(recordKinds.map((kind) => kind.key)), d.blobs, d.settings], async () => {
    const existingCase = await d.cases.get(caseId);
    if (target.kind === 'new' && existingCase) refuseAs('conflict', 'This estate is already on this computer: add the copy to it instead.');
    if (target.kind === 'merge' && !existingCase) refuseAs('conflict', 'The estate to add it to no longer exists.');

    type Row = { id: string; caseId?: string; files?: Evidence['files'] } & Versioned;
    /** Files of new evidence: stored with it. */
    const newFiles: string[] = [];

    /** Rows that are new, or newer than the stored ones; refuses rows that live in another case. */
    const upsert = async <T extends Row>(
      // biome-ignore lint/suspicious/noExplicitAny: one upsert for every record table
      table: Table<any, string>,
      rows: T[],
      what: string,
      onlyMissing = false,
    ) => {
      if (rows.length === 0) return;
      const stored: Array<T | undefined> = await table.bulkGet(rows.map((r) => r.id));
      const put: T[] = [];
      rows.forEach((row, i) => {
        const old = stored[i];
        if (old && old.caseId !== undefined && old.caseId !== caseId)
          refuseAs(
            'conflict',
            `Some ${what} in this copy are already part of another estate on this computer; add the copy to that estate.`,
          );
        if (old?.files && !sameFiles(row.files ?? [], old.files)) refuseAs('conflict', CHANGED_MEANWHILE);
        if (onlyMissing ? old : !isNewer(row, old)) return;
        if (!old) newFiles.push(...(row.files ?? []).map((f) => f.blobId));
        // Newer details of an evidence item are taken; its files stay the ones kept here.
        put.push(old?.files ? { ...row, files: old.files } : row);
      });
      if (put.length) await table.bulkPut(put);
      written += put.length;
    };

    for (const kind of recordKinds) {
      if (kind.scope === 'root') {
        if (target.kind === 'new') await upsert(d.cases, [b.case], kind.label.many, true);
      } else if (kind.scope === 'shared') {
        await upsert(tableOf(kind.key), b[kind.key], kind.label.many, true);
      } else if (kind.storage === 'checklist') {
        // Steps go into their account's checklist, by the same rule (the accounts were checked before).
        for (const [accountId, steps] of Map.groupBy(reparent(b[kind.key]), (step) => step.accountId)) {
          const stored = await d.checklists.get(accountId);
          const have = new Map(stored?.steps.map((t) => [t.id, t]));
          const put = steps.filter((step) => isNewer(step, have.get(step.id)));
          if (put.length) await d.checklists.put({ id: accountId, caseId, steps: applyChanges(stored?.steps ?? [], { put, remove: [] }) });
          written += put.length;
        }
      } else {
        await upsert(tableOf(kind.key), reparent<{ id: string; caseId: string } & Versioned>(b[kind.key]), kind.label.many);
      }
    }
    // Only the files of evidence written here; a stored one only if it was found to hold exactly these bytes.
    const wanted = [...new Set(newFiles)];
    const have = new Set(await d.blobs.where(':id').anyOf(wanted).primaryKeys());
    if (wanted.some((id) => have.has(id) && !plan.sameAsStored.has(id))) refuseAs('conflict', CHANGED_MEANWHILE);
    const newBlobs = wanted.filter((id) => !have.has(id)).map((id) => fileRowsById.get(id)!);
    if (newBlobs.length) await d.blobs.bulkAdd(newBlobs);
    written += newBlobs.length;
    if (target.kind === 'new') await d.settings.put({ key: ACTIVE_CASE, value: caseId });
  });
  return { caseId, written };
}
