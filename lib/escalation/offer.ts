/**
 * What the account shows about escalating, derived from its records and today's
 * date: the triggers that make the ladder worth offering, said in plain words, the
 * ladder for its service and state, the rungs already climbed and the one to try
 * next, and an answer still awaited.
 */
import { byText, formatDate, formatDateTime } from '../dates';
import { t } from '../i18n';
import { documentKindLabels } from '../labels';
import type { Account, Category, Escalation } from '../model';
import type { Authority } from '../providers/regulatorSchema';
import type { Provider } from '../providers/schema';
import { stateOfAddress } from './address';
import { type Ladder, ladderFor, nextRung, type Rung } from './ladder';
import { escalationTriggers, type Trigger, type TriggerOptions, type TriggerRecords } from './triggers';

/** One trigger as the account says it: "Xfinity did not do what they promised by Nov 3: “Refund the deposit”." */
export function triggerSentence(trigger: Trigger, providerName: string): string {
  switch (trigger.kind) {
    case 'promise_broken':
      return t('escalation.triggerPromiseBroken', {
        provider: providerName,
        date: formatDate(trigger.promise.dueDate),
        what: trigger.promise.what,
      });
    case 'step_overdue':
      return t('escalation.triggerStepOverdue', { step: trigger.step.title, count: trigger.days });
    case 'document_unacknowledged': {
      const what = trigger.document.documentLabel || documentKindLabels[trigger.document.document];
      return t('escalation.triggerUnacknowledged', {
        provider: providerName,
        what: what.toLowerCase(),
        date: formatDate(trigger.document.sentOn),
        count: trigger.days,
      });
    }
    case 'no_record':
      return t('escalation.triggerNoRecord', { when: formatDateTime(trigger.contact.at), provider: providerName });
  }
}

export interface OfferInput {
  account: Pick<Account, 'serviceAddress' | 'serviceState'>;
  provider: Pick<Provider, 'name' | 'escalation' | 'sources'> | undefined;
  providerName: string;
  category: Category | undefined;
  records: TriggerRecords & { escalations: readonly Escalation[] };
  today: string;
  options: TriggerOptions;
  authorities?: readonly Authority[];
}

export interface EscalationView {
  /** Why the ladder is offered today; empty: it is not (only what was climbed is shown). */
  triggers: Trigger[];
  /** A trigger in words: asked for those shown only (an account at the limits has thousands). */
  sentence: (trigger: Trigger) => string;
  ladder: Ladder;
  /** The state the ladder was built for: from the service address, else the user's choice; undefined when neither says. */
  state?: string;
  /** Where the state came from. */
  stateFrom?: 'address' | 'chosen';
  next?: Rung;
  /** The escalations recorded, the latest first. */
  climbed: Escalation[];
  /** The latest escalation still awaiting its answer, if any. */
  awaiting?: Escalation;
}

/** Everything the account's escalation section shows. */
export function escalationView(input: OfferInput): EscalationView {
  const fromAddress = stateOfAddress(input.account.serviceAddress);
  const state = fromAddress ?? input.account.serviceState;
  const triggers = escalationTriggers(input.records, input.today, input.options);
  const ladder = ladderFor({
    provider: input.provider,
    providerName: input.providerName,
    category: input.category,
    state,
    authorities: input.authorities,
  });
  const climbed = [...input.records.escalations].sort((a, b) => byText(b.on, a.on) || byText(b.createdAt, a.createdAt));
  return {
    triggers,
    sentence: (trigger) => triggerSentence(trigger, input.providerName),
    ladder,
    state,
    stateFrom: fromAddress ? 'address' : state ? 'chosen' : undefined,
    next: nextRung(ladder.rungs, climbed),
    climbed,
    awaiting: climbed.find((e) => e.followUpDate && !e.answeredOn),
  };
}
