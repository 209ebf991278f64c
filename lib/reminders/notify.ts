/**
 * Which reminders to show as system notifications, decided from a small log kept
 * in chrome.storage.local (never in the worker's memory, which can vanish at any
 * moment). Pure: the background reads the log, asks, shows, writes the log back.
 */
import { z } from 'zod';
import { t } from '../i18n';
import { isoDate } from '../model';
import { type AttentionItem, addDays } from './attention';

export const NotifyLog = z.object({
  /** Item key → the local day it was last shown. */
  notified: z.record(z.string(), isoDate),
  /** Item key → the first local day it may be shown again. */
  snoozed: z.record(z.string(), isoDate),
});
export type NotifyLog = z.infer<typeof NotifyLog>;
export const emptyLog = (): NotifyLog => ({ notified: {}, snoozed: {} });

/** Reads a stored log; anything damaged starts afresh rather than blocking reminders. */
export function parseLog(raw: unknown): NotifyLog {
  const parsed = NotifyLog.safeParse(raw);
  return parsed.success ? parsed.data : emptyLog();
}

/** At most one notification a day per item, and none while it is snoozed. */
export function toNotify(items: readonly AttentionItem[], log: NotifyLog, today: string): AttentionItem[] {
  return items.filter((i) => log.notified[i.key] !== today && !((log.snoozed[i.key] ?? '') > today));
}

/** Records what was shown, and forgets items that no longer need attention. */
export function recordNotified(log: NotifyLog, shown: readonly AttentionItem[], live: readonly AttentionItem[], today: string): NotifyLog {
  const keep = new Set(live.map((i) => i.key));
  const notified = Object.fromEntries(Object.entries(log.notified).filter(([k]) => keep.has(k)));
  for (const i of shown) notified[i.key] = today;
  const snoozed = Object.fromEntries(Object.entries(log.snoozed).filter(([k, until]) => keep.has(k) && until > today));
  return { notified, snoozed };
}

export function snooze(log: NotifyLog, key: string, today: string, days: number): NotifyLog {
  return { ...log, snoozed: { ...log.snoozed, [key]: addDays(today, days) } };
}

/** The notification's buttons: put the reminder off for a day or a week. */
export const SNOOZE_CHOICES: readonly { title: () => string; days: number }[] = [
  { title: () => t('background.remindTomorrow'), days: 1 },
  { title: () => t('background.remindInAWeek'), days: 7 },
];

export { describeItem, lockedMessage } from './describe';

/** A notification id carries the account and item, so a click knows where to go. */
export function notificationId(item: Pick<AttentionItem, 'accountId' | 'key'>): string {
  return `reminder|${item.accountId}|${item.key}`;
}

export function parseNotificationId(id: string): { accountId: string; key: string } | undefined {
  const [prefix, accountId, key] = id.split('|');
  return prefix === 'reminder' && accountId && key ? { accountId, key } : undefined;
}
