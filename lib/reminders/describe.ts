/**
 * The plain words of an item that needs attention, as the home, Reminders and the
 * notifications say it. Apart from notify.ts (its log's schema is zod) so that the
 * panel's first screen can say them without loading zod.
 */
import { formatDate } from '../dates';
import { t } from '../i18n';
import type { AttentionItem, ReminderKind } from './attention';

const headlines: Record<ReminderKind, (item: AttentionItem) => string> = {
  task_due: (i) => (i.overdue ? t('background.overdueSince', { date: formatDate(i.due) }) : t('background.dueToday')),
  promise_broken: (i) => t('background.promiseNotKept', { date: formatDate(i.due) }),
  device_return: (i) =>
    i.undated
      ? t('background.notReturnedYet')
      : i.overdue
        ? t('background.returnWindowEnded', { date: formatDate(i.due) })
        : t('background.returnBy', { date: formatDate(i.due) }),
  // Counted from the day it was sent, not from the day the chase became due.
  document_unacknowledged: (i) => t('background.noAcknowledgmentSince', { date: formatDate(i.since ?? i.due) }),
  follow_up: (i) => (i.overdue ? t('background.followUpWasDue', { date: formatDate(i.due) }) : t('background.followUpToday')),
  escalation_answer: (i) => (i.overdue ? t('background.noAnswerYet', { date: formatDate(i.due) }) : t('background.answerExpectedToday')),
};

/** What a notification says in place of its subject while the records are locked. */
export function lockedMessage(): string {
  return t('background.lockedNotification');
}

/**
 * Plain words for an item: "Xfinity: Return by Apr 2, 2026" / "Cable modem". With the
 * vault locked the subject is not readable (nor shown): the message says how to see it.
 */
export function describeItem(item: AttentionItem, providerName: string, locked = false): { title: string; message: string } {
  return {
    title: t('background.itemTitle', { name: providerName, headline: headlines[item.kind](item) }),
    message: locked ? lockedMessage() : item.subject,
  };
}
