/**
 * Reads what the reminder rules need from the database and applies them. The
 * background calls this on every wake-up: nothing is kept between calls.
 */
import type { Counts } from '../badge';
import { localDate } from '../dates';
import { providerById } from '../providers';
import { attentionItems, datedItems, nextChange, type ReminderInput, reminders, summarize } from '../reminders/attention';
import { type AttentionRow, inputOfSummaries } from './attention';
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
 * The same counts as reminderSnapshot's, from the case's attention rows (one per
 * account, kept by the writes: lib/db/attention.ts) instead of all of its records.
 */
export async function badgeSnapshot(now = new Date()): Promise<BadgeSnapshot> {
  const [estateCase, settings] = await Promise.all([activeCase(), readReminderSettings()]);
  const rows = estateCase ? ((await db().attention.where('caseId').equals(estateCase.id).toArray()) as AttentionRow[]) : [];
  const today = localDate(now);
  // The rules of reminders(), without the calendar's list (the badge has no use for it).
  const input = inputOfSummaries(rows);
  const dated = datedItems(input, { ackDays: settings.ackDays, providerOf: providerById });
  const summary = summarize(attentionItems(dated, today, input), input, today);
  return { summary, next: nextChange(dated, today), caseId: estateCase?.id, today };
}

/** Open items (open tasks plus other attention items) and overdue ones, per provider. */
export async function countsByProvider(now = new Date()): Promise<Map<string, Counts>> {
  return (await badgeSnapshot(now)).summary.byProvider;
}
