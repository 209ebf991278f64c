/**
 * When to offer the escalation ladder: not before something has gone wrong. A pure
 * function of an account's records and today's date (the clock is passed in), so it
 * can be tested on any day:
 * - a promise is broken (its date passed without the user saying it was kept, or the
 *   user said it was not);
 * - a step has been overdue for `escalateDays` days (a reminder setting);
 * - a document sent has had no acknowledgment for `escalateDays` days after its
 *   follow-up day (the user's date, or `ackDays` after it went out);
 * - the user logged a contact where they said they have no record of it.
 * A trigger lasts until its cause is settled: the promise kept, the step done, the
 * document acknowledged, a later contact that resolved it.
 */
import { byText } from '../dates';
import { addDays, daysUnacknowledged, promiseStatus } from '../derived/states';
import type { Contact, DocumentSent, PromiseMade, Task } from '../model';

/** Days late before the ladder is offered, unless the user chose otherwise. */
export const DEFAULT_ESCALATE_DAYS = 14;

export type Trigger =
  | { kind: 'promise_broken'; since: string; promise: Pick<PromiseMade, 'id' | 'what' | 'dueDate'> }
  | { kind: 'step_overdue'; since: string; days: number; step: Pick<Task, 'id' | 'title' | 'dueDate'> }
  | {
      kind: 'document_unacknowledged';
      since: string;
      days: number;
      document: Pick<DocumentSent, 'id' | 'document' | 'documentLabel' | 'sentOn'>;
    }
  | { kind: 'no_record'; since: string; contact: Pick<Contact, 'id' | 'at' | 'department' | 'representative'> };

export interface TriggerRecords {
  tasks: readonly Pick<Task, 'id' | 'title' | 'state' | 'dueDate' | 'promiseId'>[];
  promises: readonly Pick<PromiseMade, 'id' | 'what' | 'dueDate' | 'resolution' | 'resolvedOn'>[];
  documents: readonly Pick<DocumentSent, 'id' | 'document' | 'documentLabel' | 'sentOn' | 'acknowledgedOn' | 'followUpDate'>[];
  contacts: readonly Pick<Contact, 'id' | 'at' | 'outcome' | 'department' | 'representative'>[];
}

export interface TriggerOptions {
  escalateDays: number;
  ackDays: number;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** What makes the ladder worth offering today, the oldest first; empty when nothing does. */
export function escalationTriggers(records: TriggerRecords, today: string, options: TriggerOptions): Trigger[] {
  const out: Trigger[] = [];
  for (const promise of records.promises) {
    if (promiseStatus(promise, today) !== 'broken') continue;
    const since =
      promise.resolution === 'not_kept' && promise.resolvedOn && promise.resolvedOn < promise.dueDate
        ? promise.resolvedOn
        : promise.dueDate;
    out.push({ kind: 'promise_broken', since, promise });
  }
  for (const step of records.tasks) {
    // A promise's follow-up step is the promise itself: counted once, as the promise.
    if (step.promiseId || !step.dueDate || (step.state !== 'todo' && step.state !== 'waiting')) continue;
    const days = daysBetween(step.dueDate, today);
    if (days >= options.escalateDays) out.push({ kind: 'step_overdue', since: step.dueDate, days, step });
  }
  for (const document of records.documents) {
    const waiting = daysUnacknowledged(document, today);
    if (waiting === null) continue;
    const followUp = document.followUpDate ?? addDays(document.sentOn, options.ackDays);
    if (daysBetween(followUp, today) >= options.escalateDays)
      out.push({ kind: 'document_unacknowledged', since: document.sentOn, days: waiting, document });
  }
  const contacts = [...records.contacts].sort((a, b) => byText(a.at, b.at));
  contacts.forEach((contact, i) => {
    if (contact.outcome !== 'no_record') return;
    if (contacts.slice(i + 1).some((later) => later.outcome === 'resolved')) return;
    out.push({ kind: 'no_record', since: contact.at.slice(0, 10), contact });
  });
  return out.sort((a, b) => byText(a.since, b.since));
}
