/**
 * Reads what the reminder rules need from the database and applies them. The
 * background calls this on every wake-up: nothing is kept between calls.
 */
import type { Counts } from '../badge';
import { localDate } from '../dates';
import { providerById } from '../providers';
import { attentionItems, type DatedItem, datedItems, nextChange, type ReminderInput, reminders, summarize } from '../reminders/attention';
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

/** What needs attention in the active case at `now` (in the local time zone). */
export async function reminderSnapshot(now = new Date()): Promise<ReminderSnapshot> {
  const [estateCase, settings] = await Promise.all([activeCase(), readReminderSettings()]);
  const input = estateCase ? await reminderInput(estateCase.id) : empty;
  const today = localDate(now);
  return {
    ...reminders(input, { ackDays: settings.ackDays, ackDaysSetAt: settings.updatedAt, providerOf: providerById }, today),
    settings,
    caseId: estateCase?.id,
    today,
  };
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
      read = { text: row.input, ackDays, input, dated: datedItems(input, { ackDays, providerOf: providerById }) };
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
  const [estateCase, settings] = await Promise.all([activeCase(), readReminderSettings()]);
  const rows = estateCase ? ((await db().attention.where('caseId').equals(estateCase.id).toArray()) as AttentionRow[]) : [];
  const today = localDate(now);
  const { dated, tasks, accounts } = datedOfSummaries(rows, settings.ackDays);
  const summary = summarize(attentionItems(dated, today, { tasks }), { accounts }, today);
  return { summary, next: nextChange(dated, today), caseId: estateCase?.id, today };
}

/** Open items (open tasks plus other attention items) and overdue ones, per provider. */
export async function countsByProvider(now = new Date()): Promise<Map<string, Counts>> {
  return (await badgeSnapshot(now)).summary.byProvider;
}
