/** The user's reminder preferences, kept in the settings table and validated on the way in and out. */
import { z } from 'zod';
import { DEFAULT_ESCALATE_DAYS } from '../escalation/triggers';
import { t } from '../i18n';
import { isoDateTime, nowIso } from '../model';
import { DEFAULT_ACK_DAYS } from '../reminders/attention';
import { db } from './database';

// The messages are functions: zod asks for them when a value is refused, in the language of that moment.
const days = z
  .number({ error: () => t('settings.daysNumber') })
  .int({ error: () => t('settings.daysWhole') })
  .min(1, { error: () => t('settings.daysAtLeast', { count: 1 }) })
  .max(365, { error: () => t('settings.daysAtMost', { count: 365 }) });

export const ReminderSettings = z.object({
  notifications: z.boolean(),
  ackDays: days,
  /** Days a step is overdue (or a document past its follow-up) before the account suggests the next rung of the escalation ladder. */
  escalateDays: days,
  /** When they last changed: moving the acknowledgment days moves calendar events, so their SEQUENCE must grow. */
  updatedAt: isoDateTime.optional(),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

export const defaultReminderSettings: ReminderSettings = {
  notifications: true,
  ackDays: DEFAULT_ACK_DAYS,
  escalateDays: DEFAULT_ESCALATE_DAYS,
};
const KEY = 'reminders';

export async function readReminderSettings(): Promise<ReminderSettings> {
  const stored = ReminderSettings.partial().safeParse((await db().settings.get(KEY))?.value);
  return { ...defaultReminderSettings, ...(stored.success ? stored.data : {}) };
}

/** Saves a change; refuses (throws the zod error) and stores nothing when it is not valid. */
export async function saveReminderSettings(change: Partial<ReminderSettings>, now = new Date()): Promise<ReminderSettings> {
  // Read and write in one transaction: two quick changes (days, then the checkbox) must not
  // each start from the same old settings and undo one another.
  const d = db();
  return d.transaction('rw', d.settings, async () => {
    const next = ReminderSettings.parse({ ...(await readReminderSettings()), ...change, updatedAt: nowIso(now) });
    await d.settings.put({ key: KEY, value: next });
    return next;
  });
}
