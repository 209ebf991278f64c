/**
 * Reads and deletions over any kind of record, driven by the table of kinds
 * (lib/model/records): a kind's rows are in its own table, or (steps) inside their
 * account's checklist.
 */
import type { Table } from 'dexie';
import { accountRecordKinds, type CaseRecordKey, type RecordKey, type RecordKind, type RowOf, recordKind } from '../model/records';
import { db } from './database';
import { stepsOfCase } from './steps';
import type { Removal } from './undo';

/** Rows of several kinds, under each kind's key. */
export type RowsOf<K extends RecordKey> = { [P in K]: RowOf<P>[] };

// biome-ignore lint/suspicious/noExplicitAny: rows of any kind
type AnyTable = Table<any, string>;

const storageOf = (key: RecordKey): RecordKind['storage'] => recordKind<RecordKey>(key).storage;

/** The Dexie table a kind's rows are kept in (for steps: the checklists). */
export function tableOf(key: RecordKey): AnyTable {
  return db().table(recordKind<RecordKey>(key).table);
}

/** The tables of these kinds, each once (for a transaction over them). */
export function tablesOf(keys: readonly RecordKey[]): AnyTable[] {
  return [...new Set(keys.map(tableOf))];
}

/** Every row of these kinds in one case, read in one transaction (steps from the case's checklists). */
export async function rowsOfCase<K extends CaseRecordKey>(caseId: string, keys: readonly K[]): Promise<RowsOf<K>> {
  const lists = await db().transaction('r', tablesOf(keys), () =>
    Promise.all(
      keys.map(
        (key): Promise<unknown[]> =>
          storageOf(key) === 'checklist' ? stepsOfCase(caseId) : tableOf(key).where('caseId').equals(caseId).toArray(),
      ),
    ),
  );
  return Object.fromEntries(keys.map((key, i) => [key, lists[i]])) as RowsOf<K>;
}

/** One record of a case by its id, or undefined (steps are looked up in the case's checklists). */
export async function recordOfCase<K extends CaseRecordKey>(key: K, id: string, caseId: string): Promise<RowOf<K> | undefined> {
  if (storageOf(key) === 'checklist') return (await stepsOfCase(caseId)).find((t) => t.id === id) as RowOf<K> | undefined;
  const row = (await tableOf(key).get(id)) as RowOf<K> | undefined;
  return row && (row as { caseId?: string }).caseId === caseId ? row : undefined;
}

/**
 * What deleting an account removes: the account, and every record of every kind
 * that belongs to it (its checklist, its devices, ..., its evidence with the files).
 */
export async function removalsOfAccount(accountId: string): Promise<Removal[]> {
  const d = db();
  const ofKinds = await Promise.all(
    accountRecordKinds.map(async (kind) => {
      const table = tableOf(kind.key);
      if (kind.storage === 'checklist') return { table, ids: [accountId], blobIds: [] }; // the checklist is kept under the account's id
      const rows: Array<{ id: string; files?: Array<{ blobId: string }> }> = await table.where('accountId').equals(accountId).toArray();
      return { table, ids: rows.map((r) => r.id), blobIds: kind.files ? rows.flatMap((r) => r.files!.map((f) => f.blobId)) : [] };
    }),
  );
  return [
    { table: d.accounts, ids: [accountId] },
    ...ofKinds.map(({ table, ids }) => ({ table, ids })),
    // After the evidence: a file that evidence left elsewhere (any case) still lists stays.
    { table: d.blobs, ids: [...new Set(ofKinds.flatMap((r) => r.blobIds))], inUse: blobsInUse },
  ];
}

/**
 * Of these files (blob ids), those that some stored evidence, of any case, lists.
 * A file can be listed by more than one piece of evidence (an import reuses a stored
 * file when it brings exactly its bytes), so a file is deleted only when none does.
 * Reads every evidence record (there is no index by file); inside a transaction, call
 * it after the deletions it must take into account.
 */
export async function blobsInUse(blobIds: readonly string[]): Promise<Set<string>> {
  const wanted = new Set(blobIds);
  const used = new Set<string>();
  if (wanted.size === 0) return used;
  await db().evidence.each((item) => {
    for (const f of item.files) if (wanted.has(f.blobId)) used.add(f.blobId);
  });
  return used;
}
