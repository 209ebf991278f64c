/**
 * What needs attention, and when: pure functions over the model. The clock is
 * always passed in ("today" as a local calendar day), so the rules can be tested
 * at any instant, in any time zone.
 */

import type { AttentionWhat, Counts } from '../badge';
import { shownTitle } from '../checklist/stepWords';
import { byText } from '../dates';
import { addDays as addDaysUncached, deviceDeadline, isOutstanding } from '../derived/states';
import { t } from '../i18n';
import { documentKindLabels } from '../labels';
import type { Account, Contact, Device, DocumentSent, Escalation, PromiseMade, Task } from '../model';
import type { ProviderSummary } from '../providers/summary';

export type ReminderKind = 'task_due' | 'promise_broken' | 'device_return' | 'document_unacknowledged' | 'follow_up' | 'escalation_answer';

/** Something with a date that will (or does) need the user's attention. */
export interface DatedItem {
  /** Stable across recomputations and exports: `kind:recordId`. */
  key: string;
  kind: ReminderKind;
  accountId: string;
  /** What it is about, in the user's words where there are any. */
  subject: string;
  /** The deadline, a calendar day (what a calendar shows). */
  due: string;
  /** First day it needs attention (for a device: 3 days before its window ends). */
  from: string;
  /** The latest change to the records it comes from (drives the calendar SEQUENCE). */
  updatedAt: string;
  /**
   * A device out with no known return date: it needs attention from the day it was
   * listed until it is back, but has no deadline (never overdue, not in the calendar).
   */
  undated?: true;
  /** For a document: the day it was sent (what "no acknowledgment since" counts from). */
  since?: string;
  /** For a device: what kind it is, for the badge's tooltip ("a cable modem not returned"). */
  device?: Device['kind'];
}

/** The id of the record an item is about (the last part of its key: `follow_up:device:<id>`). */
export function recordIdOf(key: string): string {
  return key.slice(key.lastIndexOf(':') + 1);
}

export interface AttentionItem extends DatedItem {
  /** Past its deadline: the badge turns red. */
  overdue: boolean;
}

export interface ReminderInput {
  accounts: readonly Pick<Account, 'id' | 'providerId' | 'disconnectDate' | 'updatedAt'>[];
  tasks: readonly Pick<Task, 'id' | 'accountId' | 'state' | 'dueDate' | 'title' | 'stepKey' | 'promiseId' | 'updatedAt'>[];
  promises: readonly Pick<PromiseMade, 'id' | 'accountId' | 'what' | 'dueDate' | 'resolution' | 'resolvedOn' | 'updatedAt'>[];
  devices: readonly Pick<
    Device,
    'id' | 'accountId' | 'kind' | 'label' | 'state' | 'returnBy' | 'followUpDate' | 'createdAt' | 'updatedAt'
  >[];
  documentsSent: readonly Pick<
    DocumentSent,
    'id' | 'accountId' | 'document' | 'documentLabel' | 'recipient' | 'sentOn' | 'acknowledgedOn' | 'followUpDate' | 'updatedAt'
  >[];
  contacts: readonly Pick<Contact, 'id' | 'accountId' | 'at' | 'department' | 'representative' | 'followUpDate' | 'updatedAt'>[];
  escalations: readonly Pick<Escalation, 'id' | 'accountId' | 'to' | 'followUpDate' | 'answeredOn' | 'updatedAt'>[];
}

export interface ReminderOptions {
  /** Days after sending a document without acknowledgment before it needs a chase. */
  ackDays: number;
  /** When ackDays was last set (it moves the chase dates). */
  ackDaysSetAt?: string;
  /** The registry entry of a provider (its equipment return window), if known. */
  providerOf: (providerId: string) => Pick<ProviderSummary, 'equipment'> | undefined;
}

export const DEFAULT_ACK_DAYS = 14;
/** A device needs attention this many days before its return window ends. */
export const DEVICE_WARNING_DAYS = 3;

/** Results of addDays: a case has few distinct dates, and Date is slow (see tests/bench/badge.bench.ts). */
const dayCache = new Map<string, string>();

/** lib/derived's calendar arithmetic, memoized: the badge runs it thousands of times. */
export function addDays(isoDay: string, days: number): string {
  const cacheKey = `${isoDay}|${days}`;
  let out = dayCache.get(cacheKey);
  if (out === undefined) {
    out = addDaysUncached(isoDay, days);
    if (dayCache.size > 50_000) dayCache.clear();
    dayCache.set(cacheKey, out);
  }
  return out;
}

/** The instant a local calendar day starts (01:00 where DST skips midnight). */
export function startOfLocalDay(isoDay: string): Date {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

const isOpen = (state: Task['state']) => state === 'todo' || state === 'waiting';

/**
 * Every dated item of a case, past and future: the calendar exports them all,
 * and what needs attention today is the subset whose `from` has come.
 */
export function datedItems(input: ReminderInput, options: ReminderOptions): DatedItem[] {
  const out: DatedItem[] = [];
  const accountById = new Map(input.accounts.map((a) => [a.id, a]));
  const later = (a: string, b?: string) => (b && b > a ? b : a);

  for (const t of input.tasks) {
    if (!t.dueDate || !isOpen(t.state)) continue;
    out.push({
      key: `task_due:${t.id}`,
      kind: 'task_due',
      accountId: t.accountId,
      subject: shownTitle(t),
      due: t.dueDate,
      from: t.dueDate,
      updatedAt: t.updatedAt,
    });
  }
  for (const p of input.promises) {
    if (p.resolution === 'kept') continue;
    // Broken the day after its date (as lib/derived promiseStatus says), or as soon as the user says it was not kept.
    const dayAfter = addDays(p.dueDate, 1);
    const said = p.resolution === 'not_kept' ? (p.resolvedOn ?? p.dueDate) : undefined;
    out.push({
      key: `promise_broken:${p.id}`,
      kind: 'promise_broken',
      accountId: p.accountId,
      subject: p.what,
      due: p.dueDate,
      from: said !== undefined && said < dayAfter ? said : dayAfter,
      updatedAt: p.updatedAt,
    });
  }
  for (const d of input.devices) {
    if (d.followUpDate) {
      out.push({
        key: `follow_up:device:${d.id}`,
        kind: 'follow_up',
        accountId: d.accountId,
        subject: d.label,
        due: d.followUpDate,
        from: d.followUpDate,
        updatedAt: d.updatedAt,
      });
    }
    if (!isOutstanding(d)) continue;
    const account = accountById.get(d.accountId);
    const { returnBy: end, basis } = deviceDeadline(d, account, account && options.providerOf(account.providerId), '');
    if (!end) {
      // No window known (none published, or no disconnect date yet), whatever the account's
      // intent: the forgotten modem still needs attention until it is back.
      const listed = d.createdAt.slice(0, 10);
      out.push({
        key: `device_return:${d.id}`,
        kind: 'device_return',
        accountId: d.accountId,
        subject: d.label,
        due: listed,
        from: listed,
        updatedAt: d.updatedAt,
        undated: true,
        device: d.kind,
      });
      continue;
    }
    const updatedAt = basis === 'return_window' && account ? later(d.updatedAt, account.updatedAt) : d.updatedAt;
    out.push({
      key: `device_return:${d.id}`,
      kind: 'device_return',
      accountId: d.accountId,
      subject: d.label,
      due: end,
      from: addDays(end, -DEVICE_WARNING_DAYS),
      updatedAt,
      device: d.kind,
    });
  }
  for (const s of input.documentsSent) {
    const subject = t('panel.reminderDocumentSent', {
      document: s.documentLabel || documentKindLabels[s.document] || t('panel.reminderDocument'),
      recipient: s.recipient,
    });
    if (s.followUpDate) {
      // The user's own date replaces the default chase date.
      out.push({
        key: `follow_up:document:${s.id}`,
        kind: 'follow_up',
        accountId: s.accountId,
        subject,
        due: s.followUpDate,
        from: s.followUpDate,
        updatedAt: s.updatedAt,
      });
    } else if (!s.acknowledgedOn) {
      const due = addDays(s.sentOn, options.ackDays);
      out.push({
        key: `document_unacknowledged:${s.id}`,
        kind: 'document_unacknowledged',
        accountId: s.accountId,
        subject,
        due,
        from: due,
        updatedAt: later(s.updatedAt, options.ackDaysSetAt),
        since: s.sentOn,
      });
    }
  }
  for (const c of input.contacts) {
    if (!c.followUpDate) continue;
    const who = [c.department, c.representative].filter(Boolean).join(', ');
    out.push({
      key: `follow_up:contact:${c.id}`,
      kind: 'follow_up',
      accountId: c.accountId,
      subject: who ? t('panel.reminderContactWith', { who }) : t('panel.reminderContact'),
      due: c.followUpDate,
      from: c.followUpDate,
      updatedAt: c.updatedAt,
    });
  }
  for (const e of input.escalations) {
    // Like a promise: their answer is due on the follow-up day; counted until the user says it came.
    if (!e.followUpDate || e.answeredOn) continue;
    out.push({
      key: `escalation_answer:${e.id}`,
      kind: 'escalation_answer',
      accountId: e.accountId,
      subject: t('panel.reminderAnswerFrom', { to: e.to }),
      due: e.followUpDate,
      from: e.followUpDate,
      updatedAt: e.updatedAt,
    });
  }
  return out;
}

/**
 * What goes in the calendar: every dated item, except a promise whose open
 * follow-up task already stands for it on the same day (one event, not two).
 */
export function calendarItems(dated: readonly DatedItem[], input: Pick<ReminderInput, 'tasks'>): DatedItem[] {
  const followedUp = new Set(
    input.tasks.filter((t) => t.promiseId && t.dueDate && isOpen(t.state)).map((t) => `promise_broken:${t.promiseId}`),
  );
  return dated.filter((d) => !d.undated && !followedUp.has(d.key));
}

/** What needs attention on `today` (a local calendar day, see lib/dates.ts localDate). */
export function attentionItems(dated: readonly DatedItem[], today: string, input: Pick<ReminderInput, 'tasks'>): AttentionItem[] {
  const due = dated.filter((d) => d.from <= today);
  // A promise's follow-up task and the broken promise are one concern: count the promise.
  const broken = new Set(due.filter((d) => d.kind === 'promise_broken').map((d) => d.key.slice('promise_broken:'.length)));
  const followUpOfBroken = new Set(input.tasks.filter((t) => t.promiseId && broken.has(t.promiseId)).map((t) => `task_due:${t.id}`));
  const items: AttentionItem[] = [];
  for (const d of due) {
    if (!followUpOfBroken.has(d.key)) items.push({ ...d, overdue: !d.undated && (d.kind === 'promise_broken' || d.due < today) });
  }
  return items.sort(byUrgency);
}

/** 0: overdue (a broken promise is); 1: due now, with a date; 2: no date (a device out with no known return date). */
const urgencyRank = (item: AttentionItem) => (item.overdue ? 0 : item.undated ? 2 : 1);

/**
 * Most urgent first: what is overdue (the longest overdue first), then what is due now
 * (the nearest date first), then what has no date at all; the home, the Reminders view
 * and the notifications share this order.
 */
export function byUrgency(a: AttentionItem, b: AttentionItem): number {
  return urgencyRank(a) - urgencyRank(b) || byText(a.due, b.due) || byText(a.key, b.key);
}

export interface Summary {
  /** Across the case: items needing attention. */
  total: Counts;
  /** Per provider: the items needing attention on its accounts (the same meaning as the total). */
  byProvider: Map<string, Counts>;
}

/** What one item is, for the badge's tooltip: { noun: 'cable_modem', state: 'notReturned' } ("a cable modem not returned"). */
export function attentionPhrase(item: AttentionItem, today: string): AttentionWhat {
  const when = item.due === today ? 'dueToday' : 'overdue';
  switch (item.kind) {
    case 'task_due':
      return { noun: 'step', state: when };
    case 'promise_broken':
      return { noun: 'promise', state: 'notKept' };
    case 'device_return':
      return { noun: item.device ?? 'other', state: item.overdue ? 'pastReturnDate' : 'notReturned' };
    case 'document_unacknowledged':
      return { noun: 'document', state: 'noAcknowledgment' };
    case 'follow_up':
      return { noun: 'followUp', state: when };
    case 'escalation_answer':
      return { noun: 'escalation', state: item.overdue ? 'noAnswer' : 'answerDueToday' };
  }
}

export function summarize(items: readonly AttentionItem[], input: Pick<ReminderInput, 'accounts'>, today: string): Summary {
  const providerOf = new Map(input.accounts.map((a) => [a.id, a.providerId]));
  const byProvider = new Map<string, Counts>();
  const total: Counts = { open: 0, overdue: 0, what: [] };
  for (const item of items) {
    const what = attentionPhrase(item, today);
    const providerId = providerOf.get(item.accountId);
    const counts = [total];
    if (providerId) {
      let c = byProvider.get(providerId);
      if (!c) {
        c = { open: 0, overdue: 0, what: [] };
        byProvider.set(providerId, c);
      }
      counts.push(c);
    }
    for (const c of counts) {
      c.open += 1;
      if (item.overdue) c.overdue += 1;
      (c.what as AttentionWhat[]).push(what);
    }
  }
  return { total, byProvider };
}

/**
 * The next instant at which the answer changes: a local midnight when something
 * becomes due or overdue. The background sets an alarm for it.
 */
export function nextChange(dated: readonly DatedItem[], today: string): Date | undefined {
  let becomesDue: string | undefined; // earliest `from` after today
  let lastDueDay: string | undefined; // earliest deadline from today on: overdue the day after
  for (const d of dated) {
    if (d.undated) continue;
    if (d.from > today && (becomesDue === undefined || d.from < becomesDue)) becomesDue = d.from;
    if (d.due >= today && (lastDueDay === undefined || d.due < lastDueDay)) lastDueDay = d.due;
  }
  const overdueFrom = lastDueDay === undefined ? undefined : addDays(lastDueDay, 1);
  const next = becomesDue === undefined || (overdueFrom !== undefined && overdueFrom < becomesDue) ? overdueFrom : becomesDue;
  return next ? startOfLocalDay(next) : undefined;
}

/** One call for callers: dated items, what needs attention today, the counts, the next change. */
export function reminders(input: ReminderInput, options: ReminderOptions, today: string) {
  const dated = datedItems(input, options);
  const items = attentionItems(dated, today, input);
  return { dated, calendar: calendarItems(dated, input), items, summary: summarize(items, input, today), next: nextChange(dated, today) };
}
