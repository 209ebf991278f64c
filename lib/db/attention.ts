/**
 * What the badge counts with, kept up to date by the writes themselves. Two rows per
 * account in the table `attention`:
 * - its facts (`facts:<account id>`): for each record of the account that can need
 *   attention or tick a step, only the fields the reminder rules read (kinds, states,
 *   dates, ids). What the writes maintain;
 * - its summary (`<account id>`, indexed by case): of those, the records that have a
 *   date the reminders follow, with their steps' derived state already applied (a step
 *   a record ticked is not there). What the badge reads.
 * The badge reads a case's summaries instead of every step, contact and document of the
 * case (10,000 steps: 500 ms on the 2-core bench machine, see tests/bench/badge.bench.ts)
 * and runs the same pure rules over them (lib/reminders/attention.ts) with today's date,
 * the acknowledgment days and the registry's return windows, so due dates still move
 * with the clock and the settings.
 *
 * Nothing personal is kept here: no names, titles, notes or numbers, only whether a
 * contact or a saved page holds a reference number (what ticks "Get a confirmation
 * number"). So the rows stay outside the vault's encryption and the badge counts the
 * same with the vault lock on.
 *
 * The rows are maintained by a Dexie middleware, in the same IndexedDB transaction as
 * the write that changes them: every write of a kept table, from any page, through any
 * repository, undo or import, updates them or fails with them. It sits above the vault
 * layer, so it sees the records as written, before their secrets are sealed.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { byAccount, type CaseFacts, factsByAccount, progressTasks } from '../derived/progress';
import { datedItems, type ReminderInput, type ReminderOptions, recordIdOf } from '../reminders/attention';
import { SEALED_FIELD } from '../vault/seal';

export const ATTENTION_TABLE = 'attention';

type Row = Record<string, unknown>;

/** One record as the badge needs it: `table` and `id` say which; the other fields are the record's own. */
export type AttentionEntry = Row & { table: string; id: string; accountId?: string };

/** The facts of one account (or, for records of no account, of the case: `case:<caseId>`): `facts:<that id>`. */
export interface FactsRow {
  id: string;
  /** Its case (not under the name `caseId`: only summaries are indexed by case). */
  ofCase: string;
  /** By `<table>:<record id>`. */
  entries: Record<string, AttentionEntry>;
}

/** The summary of one account: the records the reminder rules find a date in, as they read them. */
export interface AttentionRow {
  /** The account's id (or `case:<caseId>`). */
  id: string;
  /** Indexed: the badge reads a case's rows. */
  caseId: string;
  /** The records (a ReminderInput) as JSON: one string is read and copied far faster than thousands of small objects. */
  input: string;
  /**
   * The bytes of the files of its proof (the Proof tab shows the case's total). Missing
   * where a size is not known: a row from before version 6, or built from proof sealed
   * by the lock (its files' list sealed away); the total is then counted from the proof.
   */
  proofBytes?: number;
}

/** A row of the table: facts (no index field), or a summary. */
export type AttentionTableRow = (FactsRow & { kind: 'facts' }) | (AttentionRow & { kind?: undefined });
const FACTS = 'facts:';

/** What the badge (or the Proof tab's total) needs of a secret field, kept instead of the field: a yes/no, a size. */
interface Flag {
  field: string;
  flag: string;
  /** What is kept; of a field not known (sealed away, nothing known before), `value(undefined)`: undefined is not kept. */
  value: (field: unknown) => boolean | number | undefined;
}

interface Kept {
  /** The fields kept: none of them secret (lib/model/records.ts). */
  fields: readonly string[];
  flags?: readonly Flag[];
  /** For a checklist: its steps are the records (only those with a due date can need attention). */
  nested?: { field: 'steps'; keep: (step: Row) => boolean };
}

/** The tables whose rows the badge counts with, and what of them is kept. */
const kept: Readonly<Record<string, Kept>> = {
  accounts: { fields: ['id', 'providerId', 'disconnectDate'] },
  checklists: {
    fields: ['id', 'accountId', 'state', 'dueDate', 'promiseId', 'stepKey', 'proofUndone'],
    nested: { field: 'steps', keep: (step) => typeof step.dueDate === 'string' },
  },
  promises: { fields: ['id', 'accountId', 'dueDate', 'resolution', 'resolvedOn'] },
  devices: { fields: ['id', 'accountId', 'kind', 'state', 'returnedOn', 'returnBy', 'followUpDate', 'createdAt'] },
  documentsSent: { fields: ['id', 'accountId', 'document', 'sentOn', 'acknowledgedOn', 'followUpDate'] },
  contacts: {
    fields: ['id', 'accountId', 'at', 'channel', 'followUpDate'],
    flags: [{ field: 'referenceNumber', flag: 'hasReference', value: (v) => typeof v === 'string' && v.length > 0 }],
  },
  escalations: { fields: ['id', 'accountId', 'followUpDate', 'answeredOn'] },
  evidence: {
    fields: ['id', 'accountId', 'capturedAt'],
    flags: [
      { field: 'referenceNumbers', flag: 'hasReference', value: (v) => Array.isArray(v) && v.length > 0 },
      // The bytes of its files (a size, never a name): the Proof tab's total without reading every piece of proof.
      {
        field: 'files',
        flag: 'bytes',
        value: (v) => (Array.isArray(v) ? v.reduce((n: number, f: { size?: unknown }) => n + Number(f.size ?? 0), 0) : undefined),
      },
    ],
  },
};

/** The tables the attention rows follow. */
export const keptTables: readonly string[] = Object.keys(kept);

/** The attention row a record of `table` goes in: its account's, else its case's. */
function bucketOf(table: string, row: Row): string {
  const accountId = table === 'accounts' || table === 'checklists' ? row.id : row.accountId;
  return typeof accountId === 'string' ? accountId : `case:${String(row.caseId)}`;
}

const entryKey = (table: string, id: unknown) => `${table}:${String(id)}`;

/** The keys of the entries a stored row stands for. */
function keysOf(table: string, row: Row): string[] {
  const spec = kept[table]!;
  if (!spec.nested) return [entryKey(table, row.id)];
  return ((row[spec.nested.field] as Row[] | undefined) ?? []).map((step) => entryKey(table, step.id));
}

/**
 * The entries of one row, by key. A secret field sealed away (a row read while locked
 * and written back) says nothing new about its flag: `previous` keeps the flag known before.
 */
export function entriesOf(table: string, row: Row, previous: (key: string) => AttentionEntry | undefined = () => undefined) {
  const spec = kept[table]!;
  const units = spec.nested ? ((row[spec.nested.field] as Row[] | undefined) ?? []).filter(spec.nested.keep) : [row];
  const sealed = Object.hasOwn(row, SEALED_FIELD);
  const out: Array<[string, AttentionEntry]> = [];
  for (const unit of units) {
    const entry: AttentionEntry = { table, id: String(unit.id) };
    for (const field of spec.fields) if (unit[field] !== undefined) entry[field] = unit[field];
    if (spec.nested) entry.accountId = String(row.id);
    const key = entryKey(table, unit.id);
    for (const { field, flag, value } of spec.flags ?? []) {
      const kept = Object.hasOwn(unit, field) || !sealed ? value(unit[field]) : (previous(key)?.[flag] ?? value(undefined));
      if (kept !== undefined) entry[flag] = kept;
    }
    out.push([key, entry]);
  }
  return out;
}

/** The facts rows of these stored rows, by table. */
function factsRows(tables: Readonly<Record<string, readonly Row[]>>): FactsRow[] {
  const rows = new Map<string, FactsRow>();
  for (const [table, list] of Object.entries(tables)) {
    if (!kept[table]) continue;
    for (const row of list) {
      const id = bucketOf(table, row);
      let bucket = rows.get(id);
      if (!bucket) {
        bucket = { id, ofCase: String(row.caseId), entries: {} };
        rows.set(id, bucket);
      }
      for (const [key, entry] of entriesOf(table, row)) bucket.entries[key] = entry;
    }
  }
  return [...rows.values()].filter((r) => Object.keys(r.entries).length > 0);
}

/** Both rows of each account, as stored (the migration's build, and the check of the kept ones). */
export function attentionRows(tables: Readonly<Record<string, readonly Row[]>>): AttentionTableRow[] {
  return factsRows(tables).flatMap((facts) => stored(facts));
}

/** The facts row and the summary row of an account, as stored. */
function stored(facts: FactsRow): AttentionTableRow[] {
  return [
    { kind: 'facts', ...facts, id: `${FACTS}${facts.id}` },
    // In the order of their keys: the same records give the same row, however they were written.
    {
      id: facts.id,
      caseId: facts.ofCase,
      proofBytes: proofBytesOf(Object.values(facts.entries)),
      input: JSON.stringify(
        summaryOf(
          Object.keys(facts.entries)
            .sort()
            .map((key) => facts.entries[key]!),
        ),
      ),
    },
  ];
}

/** The bytes of the proof among these entries, if every size is known. */
function proofBytesOf(entries: readonly AttentionEntry[]): number | undefined {
  let bytes = 0;
  for (const entry of entries) {
    if (entry.table !== 'evidence') continue;
    if (typeof entry.bytes !== 'number') return undefined;
    bytes += entry.bytes;
  }
  return bytes;
}

// Keeping them up to date ------------------------------------------------------------

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * The rows a write replaces or deletes, as stored (sealed or not): read straight from
 * IndexedDB in the write's transaction, so no lock or key is needed to know them.
 */
async function storedRows(trans: DBCoreTransaction, table: string, req: DBCoreMutateRequest): Promise<Row[]> {
  const store = (trans as unknown as IDBTransaction).objectStore(table);
  if (req.type === 'deleteRange') {
    const { lower, upper, lowerOpen, upperOpen } = req.range;
    const all = (await request(store.getAll())) as Row[];
    const cmp = (a: unknown, b: unknown) => indexedDB.cmp(a, b);
    return all.filter((row) => {
      const key = row.id;
      if (lower !== undefined && lower !== null && (lowerOpen ? cmp(key, lower) <= 0 : cmp(key, lower) < 0)) return false;
      if (upper !== undefined && upper !== null && (upperOpen ? cmp(key, upper) >= 0 : cmp(key, upper) > 0)) return false;
      return true;
    });
  }
  const keys = req.type === 'delete' ? req.keys : req.values.map((v) => (v as Row).id);
  const rows = await Promise.all(keys.map((key) => request(store.get(key as IDBValidKey))));
  return rows.filter((row): row is Row => !!row);
}

async function applyChange(
  attention: DBCoreTable,
  trans: DBCoreTransaction,
  table: string,
  before: readonly Row[],
  after: readonly Row[],
): Promise<void> {
  const buckets = new Set([...before, ...after].map((row) => bucketOf(table, row)));
  if (buckets.size === 0) return;
  // (Each account's facts row is changed, and its summary made anew from it.)
  const ids = [...buckets];
  const loaded = (await attention.getMany({ trans, keys: ids.map((id) => `${FACTS}${id}`) })) as Array<FactsRow | undefined>;
  const rows = new Map(ids.map((id, i) => [id, loaded[i] && { ...loaded[i]!, id }]));
  const previous = new Map<string, AttentionEntry>();
  for (const row of before) {
    const bucket = rows.get(bucketOf(table, row));
    for (const key of keysOf(table, row)) {
      const entry = bucket?.entries[key];
      if (entry) previous.set(key, entry);
      if (bucket) delete bucket.entries[key];
    }
  }
  for (const row of after) {
    const id = bucketOf(table, row);
    let bucket = rows.get(id);
    if (!bucket) {
      bucket = { id, ofCase: String(row.caseId), entries: {} };
      rows.set(id, bucket);
    }
    bucket.ofCase = String(row.caseId);
    for (const [key, entry] of entriesOf(table, row, (k) => previous.get(k))) bucket.entries[key] = entry;
  }
  const keep = [...rows.values()].filter((r): r is FactsRow => !!r && Object.keys(r.entries).length > 0);
  const drop = [...rows].filter(([, r]) => !r || Object.keys(r.entries).length === 0).flatMap(([id]) => [id, `${FACTS}${id}`]);
  if (keep.length) await attention.mutate({ type: 'put', trans, values: keep.flatMap(stored) });
  if (drop.length) await attention.mutate({ type: 'delete', trans, keys: drop });
}

function keepingTable(down: DBCore, table: DBCoreTable): DBCoreTable {
  const name = table.name;
  return {
    ...table,
    async mutate(req): Promise<DBCoreMutateResponse> {
      // A schema upgrade's own writes: the upgrade that adds the attention rows builds them afterwards.
      if ((req.trans as unknown as IDBTransaction).mode === 'versionchange') return table.mutate(req);
      const before = await storedRows(req.trans, name, req);
      const res = await table.mutate(req);
      const failed = new Set(Object.keys(res.failures ?? {}).map(Number));
      const written = req.type === 'add' || req.type === 'put' ? (req.values as Row[]).filter((_, i) => !failed.has(i)) : [];
      // A row that failed to be written keeps its entries.
      const writtenIds = new Set(written.map((row) => row.id));
      const replaced = req.type === 'add' || req.type === 'put' ? before.filter((row) => writtenIds.has(row.id)) : before;
      await applyChange(down.table(ATTENTION_TABLE), req.trans, name, replaced, written);
      return res;
    },
  };
}

/**
 * The middleware: each read-write transaction over a kept table also takes the
 * attention table, and each write of a kept table updates its attention rows there.
 */
export const attentionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'attention',
  // Above the vault layer (-10): the records as written, before sealing. Below Dexie's own.
  level: -5,
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.some((s) => kept[s]) && !stores.includes(ATTENTION_TABLE) ? [...stores, ATTENTION_TABLE] : stores,
        mode,
        options,
      ),
    table: (name) => (kept[name] ? keepingTable(down, down.table(name)) : down.table(name)),
  }),
};

/** Builds every attention row from the stored records, read straight from IndexedDB (the migration). */
export async function buildAttention(trans: IDBTransaction): Promise<AttentionTableRow[]> {
  const lists = await Promise.all(keptTables.map((t) => request(trans.objectStore(t).getAll()) as Promise<Row[]>));
  return attentionRows(Object.fromEntries(keptTables.map((t, i) => [t, lists[i]!])));
}

// Reading them -------------------------------------------------------------------------

/**
 * What the reminder rules need, from facts entries: the records with the fields the
 * rules read, the steps with their derived state (ticked by a record or not), open
 * steps only. Words (titles, names) are not here: the badge counts, and says what kinds
 * of thing need attention, never what they are called.
 */
function inputOfEntries(entries: readonly AttentionEntry[]): ReminderInput {
  const of = new Map<string, AttentionEntry[]>(keptTables.map((t) => [t, []]));
  for (const entry of entries) of.get(entry.table)?.push(entry);
  // The entries hold the fields the rules read (typed by the rules' own inputs); words are left empty.
  const list = <T>(table: string) => of.get(table) as unknown as T[];
  // Whether a number is held is what ticks a confirmation; the number itself is not kept (a mark stands for it).
  const facts = factsByAccount({
    contacts: list<CaseFacts['contacts'][number] & { hasReference?: boolean }>('contacts').map((c) =>
      c.hasReference ? { ...c, referenceNumber: '#' } : c,
    ),
    documents: list('documentsSent'),
    devices: list('devices'),
    evidence: list<NonNullable<CaseFacts['evidence']>[number] & { hasReference?: boolean }>('evidence').map((e) => ({
      ...e,
      referenceNumbers: e.hasReference ? ['#'] : [],
    })),
  });
  const steps = list<ReminderInput['tasks'][number] & { accountId: string; stepKey?: string; proofUndone?: string }>('checklists');
  const tasks = [...byAccount(steps)].flatMap(([accountId, own]) => progressTasks(own, facts(accountId)));
  const strip = <T extends Row>(rows: readonly T[]): Row[] => rows.map(({ table: _t, hasReference: _h, ...rest }) => rest);
  return {
    accounts: strip(list<Row>('accounts')),
    tasks: strip(tasks.filter((t) => t.state === 'todo' || t.state === 'waiting') as unknown as Row[]).map(
      ({ storedState: _s, because: _b, ...t }) => ({
        ...t,
        title: '',
      }),
    ),
    promises: strip(list<Row>('promises')).map((p) => ({ ...p, what: '' })),
    devices: strip(list<Row>('devices')).map((d) => ({ ...d, label: '' })),
    documentsSent: strip(list<Row>('documentsSent')).map((d) => ({ ...d, recipient: '' })),
    contacts: strip(list<Row>('contacts')),
    escalations: strip(list<Row>('escalations')).map((e) => ({ ...e, to: '' })),
  } as unknown as ReminderInput;
}

/** Options that do not change which records have a date (only the dates themselves). */
const anyOptions: ReminderOptions = { ackDays: 1, providerOf: () => undefined };

/**
 * An account's summary: of its records, those the rules find a dated item in (whatever
 * the day, the acknowledgment days or the registry say: those only move the dates),
 * with the fields the rules read. The rules run again on them when the badge counts.
 */
export function summaryOf(entries: readonly AttentionEntry[]): ReminderInput {
  const input = inputOfEntries(entries);
  const dated = new Set(datedItems(input, anyOptions).map((d) => recordIdOf(d.key)));
  const withDate = <T extends { id: string }>(rows: readonly T[]) => rows.filter((r) => dated.has(r.id));
  return {
    accounts: input.accounts,
    tasks: withDate(input.tasks),
    promises: withDate(input.promises),
    devices: withDate(input.devices),
    documentsSent: withDate(input.documentsSent),
    contacts: withDate(input.contacts),
    escalations: withDate(input.escalations),
  };
}
