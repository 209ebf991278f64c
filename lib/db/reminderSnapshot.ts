/**
 * Reads what the reminder rules need from the database and applies them. The
 * background calls this on every wake-up: nothing is kept between calls.
 */
import type { Counts } from '../badge';
import { localDate } from '../dates';
import { summaryById } from '../providers/summaries';
import {
  type AttentionItem,
  attentionItems,
  calendarItems,
  type DatedItem,
  datedItems,
  nextChange,
  type ReminderInput,
  recordIdOf,
  type reminders,
  summarize,
} from '../reminders/attention';
import type { AttentionRow } from './attention';
import { activeCase } from './caseReads';
import { db } from './database';
import { progressOfCase } from './progressReads';
import { rowsOfCase } from './records';
import { type ReminderSettings, readReminderSettings } from './reminderSettings';

export type ReminderSnapshot = ReturnType<typeof reminders> & { settings: ReminderSettings; caseId?: string; today: string };

const empty: ReminderInput = { accounts: [], tasks: [], promises: [], devices: [], documentsSent: [], contacts: [], escalations: [] };

/**
 * Everything of one case the rules look at: the kinds of record ReminderInput names
 * (open tasks only, open as the derived progress says: a step a record ticked is not due).
 */
export async function reminderInput(caseId: string): Promise<ReminderInput> {
  const rows = await rowsOfCase(caseId, Object.keys(empty) as Array<keyof ReminderInput>);
  const tasks = await progressOfCase(rows.tasks, { contacts: rows.contacts, documents: rows.documentsSent, devices: rows.devices });
  return { ...rows, tasks: tasks.filter((t) => t.state === 'todo' || t.state === 'waiting') };
}

/**
 * What needs attention in the active case at `now` (in the local time zone), with each
 * item's words: the counts from the case's attention rows (reminderCounts), the words
 * from the records the items name (withWords).
 */
export async function reminderSnapshot(now = new Date()): Promise<ReminderSnapshot> {
  const counted = await reminderCounts(now);
  const worded = new Map((await withWords(counted.dated, counted.settings)).map((item) => [item.key, item]));
  const word = <T extends DatedItem>(items: readonly T[]): T[] => items.map((item) => ({ ...item, ...wordsOf(worded.get(item.key)) }));
  return { ...counted, dated: word(counted.dated), items: word(counted.items), calendar: word(counted.calendar) };
}

const wordsOf = (item: DatedItem | undefined) => (item ? { subject: item.subject, updatedAt: item.updatedAt } : {});

/**
 * What needs attention in the active case at `now`, as reminderSnapshot says it but
 * without the items' words (their subjects are empty, their updatedAt unknown): read
 * from the case's attention rows (one per account, kept by the writes:
 * lib/db/attention.ts) instead of all of its records. A screen then reads the words of
 * the items it shows (withWords): Reminders, 50 at a time.
 */
export async function reminderCounts(now = new Date()): Promise<ReminderSnapshot> {
  const [estateCase, settings] = await Promise.all([activeCase(), readReminderSettings()]);
  const rows = estateCase ? ((await db().attention.where('caseId').equals(estateCase.id).toArray()) as AttentionRow[]) : [];
  const today = localDate(now);
  const { dated, tasks, accounts } = datedOfSummaries(rows, settings.ackDays);
  const items = attentionItems(dated, today, { tasks });
  return {
    dated,
    calendar: calendarItems(dated, { tasks }),
    items,
    summary: summarize(items, { accounts }, today),
    next: nextChange(dated, today),
    settings,
    caseId: estateCase?.id,
    today,
  };
}

/** What needs attention, counted, with the words of the first `limit` items only (the home lists five). */
export async function firstAttention(limit: number, now = new Date()): Promise<{ items: AttentionItem[]; shown: AttentionItem[] }> {
  const counted = await reminderCounts(now);
  return { items: counted.items, shown: await withWords(counted.items.slice(0, limit), counted.settings) };
}

/** The table of the record an item is about, by the start of its key (lib/reminders/attention.ts datedItems). */
const tableOfKey: ReadonlyArray<[string, Exclude<keyof ReminderInput, 'accounts'>]> = [
  ['task_due:', 'tasks'],
  ['promise_broken:', 'promises'],
  ['device_return:', 'devices'],
  ['follow_up:device:', 'devices'],
  ['follow_up:document:', 'documentsSent'],
  ['document_unacknowledged:', 'documentsSent'],
  ['follow_up:contact:', 'contacts'],
  ['escalation_answer:', 'escalations'],
];

/**
 * The items with their words (subject) and the latest change of their records
 * (updatedAt, which the calendar follows), read from only the records they name and
 * their accounts: the rules run again over those records, so the words are the ones
 * the full read gives. An item whose record is gone meanwhile keeps its empty words.
 */
export async function withWords<T extends DatedItem>(
  items: readonly T[],
  settings: Pick<ReminderSettings, 'ackDays' | 'updatedAt'>,
): Promise<T[]> {
  if (items.length === 0) return [];
  const named = new Map<string, Set<string>>();
  for (const item of items) {
    const table = tableOfKey.find(([prefix]) => item.key.startsWith(prefix))?.[1];
    if (!table) continue;
    const ids = named.get(table) ?? new Set<string>();
    ids.add(table === 'tasks' ? item.accountId : recordIdOf(item.key));
    named.set(table, ids);
  }
  const d = db();
  const read = async <R>(table: keyof ReminderInput): Promise<R[]> =>
    ((await d.table(table).bulkGet([...(named.get(table) ?? [])])) as (R | undefined)[]).filter((r): r is R => !!r);
  const taskIds = new Set(items.filter((i) => i.key.startsWith('task_due:')).map((i) => recordIdOf(i.key)));
  const tables = [d.accounts, d.checklists, d.promises, d.devices, d.documentsSent, d.contacts, d.escalations];
  const [accounts, steps, promises, devices, documentsSent, contacts, escalations] = await d.transaction('r', tables, () =>
    Promise.all([
      d.accounts.bulkGet([...new Set(items.map((i) => i.accountId))]).then((rows) => rows.filter((r) => !!r)),
      // A step is in its account's checklist.
      d.checklists
        .bulkGet([...(named.get('tasks') ?? [])])
        .then((lists) => lists.flatMap((c) => c?.steps.filter((step) => taskIds.has(step.id)) ?? [])),
      read<ReminderInput['promises'][number]>('promises'),
      read<ReminderInput['devices'][number]>('devices'),
      read<ReminderInput['documentsSent'][number]>('documentsSent'),
      read<ReminderInput['contacts'][number]>('contacts'),
      read<ReminderInput['escalations'][number]>('escalations'),
    ]),
  );
  const input: ReminderInput = {
    accounts,
    // The attention rows found these steps open (their state derived from the records that tick steps); only their words are wanted here.
    tasks: steps.map((step) => ({ ...step, state: 'todo' as const })),
    promises,
    devices,
    documentsSent,
    contacts,
    escalations,
  };
  const words = new Map(
    datedItems(input, { ackDays: settings.ackDays, ackDaysSetAt: settings.updatedAt, providerOf: summaryById }).map((item) => [
      item.key,
      item,
    ]),
  );
  return items.map((item) => ({ ...item, ...wordsOf(words.get(item.key)) }));
}

/** What the badge shows: the counts and the next moment they change, without the items' words. */
export type BadgeSnapshot = Pick<ReminderSnapshot, 'summary' | 'next' | 'caseId' | 'today'>;

/**
 * Each account's summary as last read, with its dated items: parsed and dated again
 * only when its row (or the acknowledgment days) changed. A write changes the rows of
 * the accounts it touches; the others are taken as they were. Kept as long as the
 * worker lives; a row gone (another case, an account deleted) is dropped.
 */
const lastRead = new Map<string, { text: string; ackDays: number; input: ReminderInput; dated: DatedItem[] }>();

function datedOfSummaries(rows: readonly AttentionRow[], ackDays: number) {
  const ids = new Set(rows.map((row) => row.id));
  for (const id of lastRead.keys()) if (!ids.has(id)) lastRead.delete(id);
  const dated: DatedItem[] = [];
  const tasks: ReminderInput['tasks'][number][] = [];
  const accounts: ReminderInput['accounts'][number][] = [];
  for (const row of rows) {
    let read = lastRead.get(row.id);
    if (read?.text !== row.input || read.ackDays !== ackDays) {
      const input = JSON.parse(row.input) as ReminderInput;
      read = { text: row.input, ackDays, input, dated: datedItems(input, { ackDays, providerOf: summaryById }) };
      lastRead.set(row.id, read);
    }
    dated.push(...read.dated);
    tasks.push(...read.input.tasks);
    accounts.push(...read.input.accounts);
  }
  return { dated, tasks, accounts };
}

/**
 * The same counts as reminderSnapshot's, from the case's attention rows (one per
 * account, kept by the writes: lib/db/attention.ts) instead of all of its records.
 * The rules of reminders(), without the calendar's list (the badge has no use for it).
 */
export async function badgeSnapshot(now = new Date()): Promise<BadgeSnapshot> {
  const { summary, next, caseId, today } = await reminderCounts(now);
  return { summary, next, caseId, today };
}

/** Open items (open tasks plus other attention items) and overdue ones, per provider. */
export async function countsByProvider(now = new Date()): Promise<Map<string, Counts>> {
  return (await badgeSnapshot(now)).summary.byProvider;
}
