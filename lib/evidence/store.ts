/**
 * The evidence store: evidence metadata (table `evidence`) and its files (table `blobs`),
 * always written together in one transaction, so nothing is ever half-stored.
 * Files are read and hashed BEFORE the transaction opens: awaiting anything
 * that is not IndexedDB inside a Dexie transaction would commit it early.
 */
import Dexie from 'dexie';
import { sha256Hex } from '../checksums/hex';
import { db, type StoredBlob } from '../db/database';
import { fileRow, readFile } from '../db/files';
import { blobsInUse, recordOfCase, tablesOf } from '../db/records';
import { deleteWithUndo, type Undo } from '../db/undo';
import { type MessageKey, t } from '../i18n';
import { type DocumentKind, Evidence, EvidenceFile, id as idSchema, newId, nowIso } from '../model';
import { recordKind } from '../model/records';
import { findReferenceNumbers } from '../page/references';
import { isDamaged, isVaultLocked } from '../vault/errors';
import { checkFileBytes, checkSize } from './filetype';

/** A refusal a person can read; stored data is left exactly as it was. */
export class EvidenceError extends Error {
  override name = 'EvidenceError';
}

/** Said when the disk or the browser's storage is full (in the language shown when it is said). */
export const storageFullMessage = (): string => t('forms.storageFull');

type Failure = { name?: string; message?: string; code?: number; inner?: unknown; cause?: unknown; failures?: unknown[] } | undefined;

/**
 * Chromium reports a full disk while writing a file into IndexedDB not as a quota
 * error but as `DataError: Failed to write blobs (IOError)`; a DataError about
 * anything else (a bad key) is not a full disk. Dexie's AbortError made from it
 * carries it in its message too ("DataError Failed to write blobs (IOError)").
 */
const isBlobWriteFailure = (e: NonNullable<Failure>) => {
  const message = e.message ?? '';
  if (e.name === 'DataError') return /write blobs|\bIOError\b/i.test(message);
  return /\bDataError\b/.test(message) && /write blobs/i.test(message);
};

/**
 * True for a full disk, as the browser reports it (QuotaExceededError, or Chromium's
 * DataError "Failed to write blobs (IOError)") or as Dexie wraps it (an AbortError
 * or another Dexie error with the browser's error as inner, a BulkError listing it).
 */
export function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: Failure, depth: number): boolean => {
    if (!e || typeof e !== 'object' || depth > 5 || seen.has(e)) return false;
    seen.add(e);
    if (e.name === 'QuotaExceededError' || e.code === 22 || isBlobWriteFailure(e)) return true;
    const inner = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : [])];
    return inner.some((i) => visit(i as Failure, depth + 1));
  };
  return visit(error as Failure, 0);
}

/** Turns a storage failure into a sentence for the user. */
export function storageErrorMessage(error: unknown): string {
  if (isQuotaError(error)) return storageFullMessage();
  if (error instanceof EvidenceError || isVaultLocked(error)) return (error as Error).message;
  if (isDamaged(error)) return t('errors.damaged');
  return t('forms.notSaved', { reason: error instanceof Error ? error.message : String(error) });
}

export interface Links {
  accountId?: string;
  taskId?: string;
  deviceId?: string;
  contactId?: string;
}

export interface NewFile {
  data: Blob;
  /** The same bytes, when already in memory (saves reading a 50 MB file twice). */
  bytes?: Uint8Array;
  role: EvidenceFile['role'];
  name: string;
  mime: string;
}

type EvidenceMeta = Omit<Evidence, 'id' | 'files' | 'createdAt' | 'updatedAt' | 'referenceNumbers' | 'sensitive'> &
  Partial<Pick<Evidence, 'referenceNumbers' | 'sensitive'>>;

/** Hashes the files, then stores them and their metadata in one transaction. */
export async function storeEvidence(meta: EvidenceMeta, files: NewFile[], now = new Date()): Promise<Evidence> {
  const blobs: StoredBlob[] = [];
  const described: EvidenceFile[] = [];
  for (const file of files) {
    const blobId = newId();
    const sha256 = await sha256Hex(file.bytes ?? file.data);
    // Sealed here, before the transaction, when the vault lock is on.
    blobs.push(await fileRow(blobId, file.data));
    described.push(
      EvidenceFile.parse({ blobId, role: file.role, mime: file.mime, name: file.name.slice(0, 255), size: file.data.size, sha256 }),
    );
  }
  const stamp = nowIso(now);
  const evidence = Evidence.parse({ ...meta, id: newId(), files: described, createdAt: stamp, updatedAt: stamp });
  const d = db();
  try {
    await d.transaction('rw', evidenceTables(), async () => {
      await assertLinks(evidence);
      await d.blobs.bulkAdd(blobs);
      await d.evidence.add(evidence);
    });
  } catch (error) {
    if (error instanceof EvidenceError) throw error;
    throw new EvidenceError(storageErrorMessage(error));
  }
  return evidence;
}

export interface UploadInput extends Links {
  caseId: string;
  file: Blob & { name: string };
  documentKind?: DocumentKind;
  title?: string;
  sensitive?: boolean;
  /** A blacked-out copy: the original it was made from (lib/redact/copy.ts). */
  redaction?: Evidence['redaction'];
}

/** Keeps an uploaded document, or refuses it with the reason (empty, too big, not a PDF or picture, disk full). */
export async function addDocument(input: UploadInput, now = new Date()): Promise<Evidence> {
  const { file } = input;
  const tooBig = checkSize(file.name, file.size);
  if (tooBig && !tooBig.ok) throw new EvidenceError(tooBig.reason);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const checked = await checkFileBytes(file.name, bytes);
  if (!checked.ok) throw new EvidenceError(checked.reason);
  // Store the bytes we checked, under the type they really are.
  const data = new Blob([bytes], { type: checked.mime });
  return storeEvidence(
    {
      caseId: input.caseId,
      ...links(input),
      kind: 'document',
      documentKind: input.documentKind,
      title: (input.title?.trim() || file.name).slice(0, 500),
      capturedAt: nowIso(now),
      sensitive: input.sensitive ?? false,
      redaction: input.redaction,
    },
    [{ data, bytes, role: 'upload', name: file.name, mime: checked.mime }],
    now,
  );
}

export interface PageCapture extends Links {
  caseId: string;
  url: string;
  title: string;
  capturedAt: Date;
  /** The full page archive (MHTML), where the browser makes one (Chrome). */
  archive?: Blob;
  /** The page as one self-contained HTML file (lib/page/snapshot.ts). At least one of archive and copy is given. */
  copy?: string;
  /** What the user saw, when the browser allowed taking it. */
  screenshot?: Blob;
  /** The page's visible text. */
  text: string;
}

export const MAX_PAGE_TEXT = 2_000_000;

/** Keeps a captured provider page: copy, archive, picture, text, each hashed, and the reference numbers found on it. */
export async function saveCapture(input: PageCapture): Promise<Evidence> {
  const text = input.text.slice(0, MAX_PAGE_TEXT);
  const title = input.title.trim().slice(0, 500);
  const references = findReferenceNumbers(`${title}\n${text}`).map((r) => r.value);
  if (!input.archive && !input.copy) throw new EvidenceError(t('forms.nothingOfPage'));
  const files: NewFile[] = [];
  if (input.copy)
    files.push({
      data: new Blob([input.copy], { type: 'text/html;charset=utf-8' }),
      role: 'copy',
      name: 'page.html',
      mime: 'text/html;charset=utf-8',
    });
  if (input.archive) files.push({ data: input.archive, role: 'archive', name: 'page.mhtml', mime: 'multipart/related' });
  if (input.screenshot) files.push({ data: input.screenshot, role: 'screenshot', name: 'screen.png', mime: 'image/png' });
  files.push({
    data: new Blob([text], { type: 'text/plain;charset=utf-8' }),
    role: 'text',
    name: 'page.txt',
    mime: 'text/plain;charset=utf-8',
  });
  return storeEvidence(
    {
      caseId: input.caseId,
      ...links(input),
      kind: 'page_capture',
      title: title || input.url.slice(0, 500),
      url: input.url.slice(0, 4000),
      capturedAt: nowIso(input.capturedAt),
      pageText: text,
      referenceNumbers: references,
    },
    files,
    input.capturedAt,
  );
}

/** The references of evidence (lib/model/records) a person sets in the panel; the others are kept as they are. */
const linkFields: ReadonlyArray<keyof Links> = ['accountId', 'taskId', 'deviceId', 'contactId'];
/** What is said when a link names a record no longer in the case. */
const linkGone: Record<keyof Links, MessageKey> = {
  accountId: 'forms.linkGoneAccount',
  taskId: 'forms.linkGoneStep',
  deviceId: 'forms.linkGoneDevice',
  contactId: 'forms.linkGoneContact',
};
const evidenceLinks = recordKind('evidence').references.filter((ref) => (linkFields as readonly string[]).includes(ref.field));
/** The tables a write of evidence reads and writes: its own, the files, and those of the records it links to. */
const evidenceTables = () => [db().evidence, db().blobs, ...tablesOf(evidenceLinks.map((ref) => ref.to))];

function links(l: Links): Links {
  const out: Links = {};
  for (const key of linkFields) {
    if (l[key]) out[key] = idSchema.parse(l[key]);
  }
  return out;
}

/** Each link must name a record of the same case (call inside a transaction over evidenceTables). */
async function assertLinks(item: Evidence): Promise<void> {
  for (const ref of evidenceLinks) {
    const linkId = item[ref.field as keyof Links];
    if (!linkId) continue;
    if (!(await recordOfCase(ref.to, linkId, item.caseId))) throw new EvidenceError(t(linkGone[ref.field as keyof Links]));
  }
}

/** The evidence of a case, newest first. */
export async function evidenceOfCase(caseId: string): Promise<Evidence[]> {
  const items = await db().evidence.where('caseId').equals(caseId).toArray();
  return items.sort(newestFirst);
}

/** Newest first; of two captured at the same instant, the greater id first (the order of the [caseId+capturedAt] index, reversed). */
function newestFirst(a: Evidence, b: Evidence): number {
  return b.capturedAt.localeCompare(a.capturedAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** The part of a case's proof the Proof tab shows. */
export interface ProofPage {
  /** The newest `limit` pieces of proof, newest first. */
  items: Evidence[];
  /** How many pieces of proof the case has. */
  count: number;
  /** The bytes of all their files. */
  bytes: number;
}

/**
 * The newest `limit` pieces of proof of a case (by the [caseId+capturedAt] index), how
 * many there are (counted on the case index, without reading them) and the bytes of all
 * their files (from each account's attention row, lib/db/attention.ts; counted from the
 * proof itself where a row does not know it). A case with 2,000 pieces of proof reads 30.
 */
export async function proofPage(caseId: string, limit: number): Promise<ProofPage> {
  const d = db();
  const [items, count, rows] = await d.transaction('r', [d.evidence, d.attention], () =>
    Promise.all([
      d.evidence.where('[caseId+capturedAt]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).reverse().limit(limit).toArray(),
      d.evidence.where('caseId').equals(caseId).count(),
      d.attention.where('caseId').equals(caseId).toArray(),
    ]),
  );
  const sizes = rows.map((row) => (row.kind === 'facts' ? 0 : row.proofBytes));
  const bytes = sizes.every((n) => typeof n === 'number')
    ? sizes.reduce((sum: number, n) => sum + n!, 0)
    : vaultSize(await evidenceOfCase(caseId));
  return { items, count, bytes };
}

export async function renameEvidence(evidenceId: string, title: string, now = new Date()): Promise<void> {
  const clean = Evidence.shape.title.parse(title);
  if (!clean) throw new EvidenceError(t('forms.nameNeeded'));
  if (!(await db().evidence.update(evidenceId, { title: clean, updatedAt: nowIso(now) }))) throw new EvidenceError(t('forms.itemGone'));
}

/** Links an item to an account, task, device or contact (an empty value unlinks). */
export async function relinkEvidence(evidenceId: string, to: Links, now = new Date()): Promise<void> {
  const d = db();
  await d.transaction('rw', evidenceTables(), async () => {
    const item = await d.evidence.get(evidenceId);
    if (!item) throw new EvidenceError(t('forms.itemGone'));
    const unlinked: Partial<Evidence> = { ...item };
    for (const field of linkFields) delete unlinked[field];
    const linked = Evidence.parse({ ...unlinked, ...links(to), updatedAt: nowIso(now) });
    await assertLinks(linked);
    await d.evidence.put(linked);
  });
}

export async function setSensitive(evidenceId: string, sensitive: boolean, now = new Date()): Promise<void> {
  if (!(await db().evidence.update(evidenceId, { sensitive, updatedAt: nowIso(now) }))) throw new EvidenceError(t('forms.itemGone'));
}

/**
 * Removes an item and its files, but not a file that other evidence (of any case) still
 * lists; the returned Undo puts the item back with any of its files gone by then.
 */
export async function deleteEvidence(evidenceId: string): Promise<Undo> {
  const d = db();
  const item = await d.evidence.get(evidenceId);
  if (!item) throw new EvidenceError(t('forms.itemGone'));
  return deleteWithUndo([
    { table: d.evidence, ids: [item.id] },
    { table: d.blobs, ids: [...new Set(item.files.map((f) => f.blobId))], inUse: blobsInUse },
  ]);
}

/** A file's bytes (opened, when the vault lock is on). */
export async function fileData(blobId: string): Promise<Blob | undefined> {
  return readFile(blobId);
}

export interface IntegrityProblem {
  evidenceId: string;
  title: string;
  file: string;
  problem: string;
}

/** Recomputes every file's checksum and compares it with the one taken when it was stored (a sealed file that does not open: damaged). */
export async function checkIntegrity(caseId: string): Promise<{ files: number; problems: IntegrityProblem[] }> {
  const items = await evidenceOfCase(caseId);
  const problems: IntegrityProblem[] = [];
  let files = 0;
  for (const item of items) {
    for (const file of item.files) {
      files += 1;
      const report = (problem: string) => problems.push({ evidenceId: item.id, title: item.title, file: file.name, problem });
      const data = await fileData(file.blobId).catch((error: unknown) => {
        if (isDamaged(error)) return 'damaged' as const;
        throw error;
      });
      if (data === 'damaged') report(t('forms.damaged'));
      else if (!data) report(t('forms.fileMissing'));
      else if (data.size !== file.size) report(t('forms.sizeChanged', { before: file.size, after: data.size }));
      else if ((await sha256Hex(data)) !== file.sha256) report(t('forms.contentsChanged'));
    }
  }
  return { files, problems };
}

/** Bytes the evidence files take (files only). */
export function vaultSize(items: readonly Evidence[]): number {
  return items.reduce((n, e) => n + e.files.reduce((m, f) => m + f.size, 0), 0);
}
