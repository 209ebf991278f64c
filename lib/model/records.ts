/**
 * The kinds of record an estate holds, in one table: what each is called in
 * case.json and in the database, its schema, its name for people, what it points
 * at, and what it belongs to. The bundle's case.json, its reference checks, the
 * import, the export and the deletion of an account all iterate this table, so a
 * new kind of record is one entry here (and its schema, and its Dexie table).
 *
 * The order is the order of case.json, and of the checks and writes that follow it.
 */
import type { z } from 'zod';
import { Account, Contact, Device, DocumentSent, Escalation, EstateCase, Evidence, PromiseMade, Task, UserProvider } from './index';

/**
 * What a kind's rows belong to.
 * - 'root': the case itself (one row, `case` in case.json);
 * - 'case': rows of one case (they hold its caseId);
 * - 'account': rows of one case and, when they name one, of one of its accounts
 *   (caseId, accountId): they go with their account (its export, its deletion);
 * - 'shared': rows kept for every case (the providers the user added); a bundle
 *   carries those its accounts use.
 */
export type RecordScope = 'root' | 'case' | 'account' | 'shared';

/**
 * Where the rows are kept in the database (lib/db/database.ts).
 * - 'table': a Dexie table of their own, named `table`, indexed by caseId (and by
 *   accountId for the kinds of an account);
 * - 'checklist': inside their account's Checklist record (table `checklists`, one
 *   record per account holding all its steps), not in a table of their own.
 */
export type RecordStorage = 'table' | 'checklist';

/** A field of a record that holds the id (or ids) of other records. */
export interface RecordReference {
  /** The field; a dot reaches into an object (links.contactIds). */
  field: string;
  /** The key of the kind it points at. */
  to: string;
  /** A list of ids. */
  many?: boolean;
  /** May be absent (an export drops it when the record it names stays out of the bundle). */
  optional?: boolean;
}

interface RecordKindEntry {
  /** Its key in case.json (an array of rows, except for the case itself). */
  key: string;
  /** Its Dexie table. */
  table: string;
  storage: RecordStorage;
  scope: RecordScope;
  schema: z.ZodObject;
  /** For people: one record ("the contact c-1"), several ("Some contacts in this bundle..."). */
  label: { one: string; many: string };
  references: readonly RecordReference[];
  /** Its rows list files (EvidenceFile: blobId, ...) kept in the table `blobs`. */
  files: boolean;
  /**
   * Its fields a stranger must not read: with the vault lock on they are stored
   * encrypted (lib/vault). What stays readable: ids and the references the database
   * indexes (caseId, accountId, providerId), and the kinds, states and dates the
   * badge counts with while the vault is locked. For steps ('checklist' storage):
   * the fields of each step. A secret field is never indexed.
   */
  secret: readonly string[];
  /** Added after bundles were first written (format 1): a bundle without this key holds none (an empty list). */
  laterInBundles?: true;
}

export const recordKinds = [
  {
    key: 'case',
    table: 'cases',
    storage: 'table',
    scope: 'root',
    schema: EstateCase,
    label: { one: 'case', many: 'cases' },
    references: [],
    files: false,
    secret: ['deceasedName', 'dateOfDeath', 'survivorName', 'userName', 'userAddress', 'userPhone', 'userEmail'],
  },
  {
    key: 'accounts',
    table: 'accounts',
    storage: 'table',
    scope: 'case',
    schema: Account,
    label: { one: 'account', many: 'accounts' },
    references: [],
    files: false,
    secret: ['accountNumber', 'serviceAddress', 'serviceState', 'nameOnAccount', 'notes', 'resolutionSought'],
  },
  {
    key: 'tasks',
    table: 'checklists',
    storage: 'checklist',
    scope: 'account',
    schema: Task,
    label: { one: 'task', many: 'tasks' },
    references: [
      { field: 'accountId', to: 'accounts' },
      { field: 'promiseId', to: 'promises', optional: true },
      { field: 'links.contactIds', to: 'contacts', many: true },
      { field: 'links.documentSentIds', to: 'documentsSent', many: true },
      { field: 'links.evidenceIds', to: 'evidence', many: true },
    ],
    files: false,
    secret: ['title', 'detail', 'note'],
  },
  {
    key: 'devices',
    table: 'devices',
    storage: 'table',
    scope: 'account',
    schema: Device,
    label: { one: 'device', many: 'devices' },
    references: [{ field: 'accountId', to: 'accounts' }],
    files: false,
    secret: ['label', 'serial', 'receipt', 'note'],
  },
  {
    key: 'documentsSent',
    table: 'documentsSent',
    storage: 'table',
    scope: 'account',
    schema: DocumentSent,
    label: { one: 'document sent', many: 'documents sent' },
    references: [{ field: 'accountId', to: 'accounts' }],
    files: false,
    secret: ['documentLabel', 'recipient', 'address', 'tracking', 'acknowledgment', 'note'],
  },
  {
    key: 'contacts',
    table: 'contacts',
    storage: 'table',
    scope: 'account',
    schema: Contact,
    label: { one: 'contact', many: 'contacts' },
    references: [{ field: 'accountId', to: 'accounts' }],
    files: false,
    secret: ['department', 'representative', 'referenceNumber', 'summary'],
  },
  {
    key: 'promises',
    table: 'promises',
    storage: 'table',
    scope: 'account',
    schema: PromiseMade,
    label: { one: 'promise', many: 'promises' },
    references: [
      { field: 'accountId', to: 'accounts' },
      { field: 'contactId', to: 'contacts' },
    ],
    files: false,
    secret: ['what'],
  },
  {
    key: 'escalations',
    table: 'escalations',
    storage: 'table',
    scope: 'account',
    schema: Escalation,
    label: { one: 'escalation', many: 'escalations' },
    references: [{ field: 'accountId', to: 'accounts' }],
    files: false,
    // Readable with the lock on: the level, rung and dates the badge counts with.
    secret: ['to', 'referenceNumber', 'note'],
    laterInBundles: true,
  },
  {
    key: 'evidence',
    table: 'evidence',
    storage: 'table',
    scope: 'account',
    schema: Evidence,
    label: { one: 'evidence', many: 'pieces of evidence' },
    references: [
      { field: 'accountId', to: 'accounts', optional: true },
      { field: 'taskId', to: 'tasks', optional: true },
      { field: 'deviceId', to: 'devices', optional: true },
      { field: 'contactId', to: 'contacts', optional: true },
      { field: 'documentSentId', to: 'documentsSent', optional: true },
      // A blacked-out copy's original: a copy still goes when its original stays out.
      { field: 'redaction.of', to: 'evidence', optional: true },
    ],
    files: true,
    secret: ['title', 'url', 'pageText', 'referenceNumbers', 'files'],
  },
  {
    key: 'userProviders',
    table: 'userProviders',
    storage: 'table',
    scope: 'shared',
    schema: UserProvider,
    label: { one: 'provider', many: 'providers' },
    references: [],
    files: false,
    secret: [],
  },
] as const satisfies readonly RecordKindEntry[];

export type RecordKind = (typeof recordKinds)[number];
export type RecordKey = RecordKind['key'];
export type RecordKindOf<K extends RecordKey> = Extract<RecordKind, { key: K }>;
/** A row of a kind, as its schema gives it. */
export type RowOf<K extends RecordKey> = z.infer<RecordKindOf<K>['schema']>;

/** The kinds whose rows belong to a case (caseId): all but the case itself and the shared ones. */
export type CaseRecordKind = Extract<RecordKind, { scope: 'case' | 'account' }>;
export type CaseRecordKey = CaseRecordKind['key'];
/** The kinds whose rows go with an account (accountId). */
export type AccountRecordKind = Extract<RecordKind, { scope: 'account' }>;
export type AccountRecordKey = AccountRecordKind['key'];

export const caseRecordKinds = recordKinds.filter((k): k is CaseRecordKind => k.scope === 'case' || k.scope === 'account');
export const accountRecordKinds = recordKinds.filter((k): k is AccountRecordKind => k.scope === 'account');

export function recordKind<K extends RecordKey>(key: K): RecordKindOf<K> {
  return recordKinds.find((k) => k.key === key) as RecordKindOf<K>;
}

type Row = Record<string, unknown>;

const valueAt = (row: Row, path: readonly string[]): unknown => path.reduce<unknown>((at, field) => (at as Row | undefined)?.[field], row);

/** A copy of the row with the value at the path replaced (the objects on the way copied, the rest shared). */
function withValueAt<T>(row: T, path: readonly string[], value: unknown): T {
  const [field, ...rest] = path as [string, ...string[]];
  const copy = { ...(row as Row) };
  copy[field] = rest.length ? withValueAt(copy[field] as Row, rest, value) : value;
  return copy as T;
}

/** The ids a row names in one of its references: none, one or several. */
export function referencedIds(row: object, ref: RecordReference): string[] {
  const value = valueAt(row as Row, ref.field.split('.'));
  if (ref.many) return (value as string[] | undefined) ?? [];
  return value === undefined ? [] : [value as string];
}

/**
 * The row without its references to records that `exists` does not know: ids
 * dropped from lists, optional ids removed. A required id stays (the import
 * refuses it). The same row when nothing was dropped.
 */
export function withoutMissingReferences<T extends object>(
  row: T,
  kind: { references: readonly RecordReference[] },
  exists: (to: string, id: string) => boolean,
): T {
  let out = row;
  for (const ref of kind.references) {
    const ids = referencedIds(out, ref);
    const kept = ids.filter((id) => exists(ref.to, id));
    if (kept.length === ids.length) continue;
    if (ref.many) out = withValueAt(out, ref.field.split('.'), kept);
    else if (ref.optional) out = withValueAt(out, ref.field.split('.'), undefined);
  }
  return out;
}
