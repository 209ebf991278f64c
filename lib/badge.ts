/** What the toolbar button says: pure, so the background only applies it. */
import { type MessageKey, t } from './i18n';
import type { DeviceKind } from './model/vocabulary';

export interface BadgeState {
  text: string;
  title: string;
  color: string;
}

/** The extension's name, as the toolbar button's tooltip says it when nothing needs attention. */
export function defaultTitle(): string {
  return t('common.appName');
}
/** Red: something is overdue. Grey-green: something needs attention. The same meaning on every tab. */
export const BADGE_COLORS = { overdue: '#C62828', attention: '#5D6D3E' } as const;

/** What a thing needing attention is: a step, a promise…, or a device of a kind. */
export type AttentionNoun = 'step' | 'promise' | 'document' | 'followUp' | 'escalation' | DeviceKind;
/** What is the matter with it. */
export type AttentionState =
  | 'dueToday'
  | 'overdue'
  | 'notKept'
  | 'notReturned'
  | 'pastReturnDate'
  | 'noAcknowledgment'
  | 'noAnswer'
  | 'answerDueToday';

/** One thing that needs attention: a `noun` (a cable modem) and its `state` (not returned). */
export interface AttentionWhat {
  noun: AttentionNoun;
  state: AttentionState;
}

/** What needs attention: how many things, how many overdue, and what they are. */
export interface Counts {
  open: number;
  overdue: number;
  what?: readonly AttentionWhat[];
}

const nounKeys: Record<AttentionNoun, MessageKey> = {
  step: 'background.nounStep',
  promise: 'background.nounPromise',
  document: 'background.nounDocument',
  followUp: 'background.nounFollowUp',
  escalation: 'background.nounEscalation',
  cable_modem: 'background.nounCableModem',
  tv_box: 'background.nounTvBox',
  dvr: 'background.nounDvr',
  router: 'background.nounRouter',
  phone: 'background.nounPhone',
  remote: 'background.nounRemote',
  satellite_receiver: 'background.nounSatelliteReceiver',
  other: 'background.nounOtherDevice',
};

const stateKeys: Record<AttentionState, MessageKey> = {
  dueToday: 'background.stateDueToday',
  overdue: 'background.stateOverdue',
  notKept: 'background.stateNotKept',
  notReturned: 'background.stateNotReturned',
  pastReturnDate: 'background.statePastReturnDate',
  noAcknowledgment: 'background.stateNoAcknowledgment',
  noAnswer: 'background.stateNoAnswer',
  answerDueToday: 'background.stateAnswerDueToday',
};

/** "a follow-up due today, 2 cable modems not returned": like things together, in their first order. */
export function describeAttention(what: readonly AttentionWhat[]): string {
  const groups = new Map<string, { what: AttentionWhat; n: number }>();
  for (const w of what) {
    const key = `${w.noun}|${w.state}`;
    const g = groups.get(key);
    if (g) g.n += 1;
    else groups.set(key, { what: w, n: 1 });
  }
  return [...groups.values()]
    .map(({ what: w, n }) => t(stateKeys[w.state], { what: t(nounKeys[w.noun], { count: n }) }))
    .join(t('background.listSeparator'));
}

function summary({ open, what }: Counts): string {
  const head = t('background.attentionCount', { count: open });
  return what?.length ? t('background.attentionDetails', { summary: head, details: describeAttention(what) }) : head;
}

/** Badge for a tab showing a recognized provider: what needs attention on that provider's accounts. */
export function providerBadge(providerName: string, counts: Counts): BadgeState {
  return {
    text: counts.open > 0 ? String(counts.open) : '',
    title: t('background.badgeTitle', {
      name: providerName,
      summary: counts.open > 0 ? summary(counts) : t('background.nothingNeedsAttention'),
    }),
    color: counts.overdue > 0 ? BADGE_COLORS.overdue : BADGE_COLORS.attention,
  };
}

/** Badge everywhere else: what needs attention across the active estate. */
export function globalBadge(counts: Counts): BadgeState {
  return {
    text: counts.open > 0 ? String(counts.open) : '',
    title: counts.open > 0 ? t('background.badgeTitle', { name: defaultTitle(), summary: summary(counts) }) : defaultTitle(),
    color: counts.overdue > 0 ? BADGE_COLORS.overdue : BADGE_COLORS.attention,
  };
}
