/**
 * Reads what the reminder rules need from the database and applies them. The
 * background calls this on every wake-up: nothing is kept between calls.
 */
import type { Counts } from '../badge';
import { localDate } from '../dates';
import { providerById } from '../providers';
import { type ReminderInput, reminders } from '../reminders';
import { db } from './index';
import { activeCase } from './reads';
import { type ReminderSettings, readReminderSettings } from './reminderSettings';
import { stepsOfCase } from './steps';

export type ReminderSnapshot = ReturnType<typeof reminders> & { settings: ReminderSettings; caseId?: string; today: string };

/** Everything of one case the rules look at (open tasks only). */
export async function reminderInput(caseId: string): Promise<ReminderInput> {
  const d = db();
  return d.transaction('r', [d.accounts, d.checklists, d.promises, d.devices, d.documentsSent, d.contacts], async () => {
    const [accounts, steps, promises, devices, documentsSent, contacts] = await Promise.all([
      d.accounts.where('caseId').equals(caseId).toArray(),
      stepsOfCase(caseId),
      d.promises.where('caseId').equals(caseId).toArray(),
      d.devices.where('caseId').equals(caseId).toArray(),
      d.documentsSent.where('caseId').equals(caseId).toArray(),
      d.contacts.where('caseId').equals(caseId).toArray(),
    ]);
    const tasks = steps.filter((t) => t.state === 'todo' || t.state === 'waiting');
    return { accounts, tasks, promises, devices, documentsSent, contacts };
  });
}

const empty: ReminderInput = { accounts: [], tasks: [], promises: [], devices: [], documentsSent: [], contacts: [] };

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

/** Open items (open tasks plus other attention items) and overdue ones, per provider. */
export async function countsByProvider(now = new Date()): Promise<Map<string, Counts>> {
  return (await reminderSnapshot(now)).summary.byProvider;
}
