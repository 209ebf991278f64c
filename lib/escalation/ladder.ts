/**
 * The escalation ladder of one account: who to turn to next when the provider does
 * not do what it should, in the order that usually works. Pure: the provider's
 * registry entry, the account's category and state, and the regulators' data
 * (lib/providers/regulators) in, the rungs out.
 *
 * 1. a supervisor on the phone, with a ticket number;
 * 2. the provider's written or executive channel (where the registry knows one);
 * 3. the regulator with authority over the service: the FCC for wireless, long
 *    distance, internet and TV; for cable TV billing, the state's cable office where
 *    the state has one, else the city or county's franchising authority named on the bill; the state's public utility commission for local phone service,
 *    electric, gas and water; the CFPB once a debt collector is involved;
 * 4. the BBB, a last public resort.
 *
 * Each rung says what it usually takes and how long the other side has to answer:
 * from the regulator's data with its source, or "not known". Nothing is invented:
 * where there is no data the rung says so.
 */

import { addDays } from '../derived/states';
import { t } from '../i18n';
import { channelKindLabels } from '../labels';
import type { Category, Escalation, EscalationLevel } from '../model';
import { escalationLevels } from '../model';
import type { Authority, SourcedRule } from '../providers/regulatorSchema';
import { localFranchisingRule, authorities as registryAuthorities } from '../providers/regulators';
import type { Channel, Provider, Source } from '../providers/schema';
import { stateName } from './address';

/** A fact shown with where it comes from: the passage it rests on and its source (link, date checked). */
export interface SourcedFact {
  text: string;
  quote: string;
  source?: Source;
}

/** A way to reach the body: a page, a phone number, an address; links open in a new tab. */
export interface RungChannel extends SourcedFact {
  /** An https address to open, when the channel is a page. */
  href?: string;
}

export type RungAnswer =
  /** The regulator's (or the provider's) own deadline, with its source. */
  | { kind: 'sourced'; days: number; businessDays: boolean; fact: SourcedFact }
  /** Nobody has to answer by a set day (or no source says so). */
  | { kind: 'unknown' };

export interface Rung {
  /** "supervisor", "provider-written", a regulator's id ("fcc", "puc-ca"), or "puc", "franchise", "fcc"... when there is no data. */
  id: string;
  level: EscalationLevel;
  /** What to do, in a few words: "Ask for a supervisor and a ticket number". */
  title: string;
  /** Who it goes to, for the record of it: "a supervisor at Xfinity", "Federal Communications Commission". */
  to: string;
  /** When this rung applies, if not always: "For cable TV billing". */
  when?: string;
  /** A rung off the main way up (the CFPB, once a debt collector is involved): never suggested as the next one. */
  aside?: boolean;
  /** What it usually takes, in plain words. */
  takes: string;
  answer: RungAnswer;
  channels: RungChannel[];
  /** What the body says about itself: what comes first, what to include or leave out. */
  facts: SourcedFact[];
  /** What this guide does not know here, said plainly. */
  missing?: string;
  /** The regulator depends on the state, and the state is not known: ask the user to choose it. */
  needsState?: boolean;
}

export interface LadderInput {
  provider: Pick<Provider, 'name' | 'escalation' | 'sources'> | undefined;
  providerName: string;
  /** The kind of service (the provider's first category); undefined when not known. */
  category: Category | undefined;
  /** The service address's state (two letters), if known. */
  state?: string;
  /** The regulators' data; the registry's by default. */
  authorities?: readonly Authority[];
  /** The FCC's rule for cable TV where the state has no cable office of its own; the registry's by default. */
  localFranchising?: SourcedRule;
}

/** The kind of service in words ("cable TV and internet"), in the language shown. */
const serviceWords = (category: Category) => t(`escalation.service_${category}`);

function citeFrom(sources: readonly Source[], item: { source: string; quote: string }, text: string): SourcedFact {
  return { text, quote: item.quote, source: sources.find((s) => s.id === item.source) };
}

function channelsOf(sources: readonly Source[], channels: readonly Channel[]): RungChannel[] {
  return channels.map((c) => {
    const href = c.kind === 'web_form' && /^https:\/\//.test(c.value) ? c.value : undefined;
    // A page is its link (its words: the label, or "Online form"); anything else is said in full.
    const text = href
      ? (c.label ?? channelKindLabels[c.kind])
      : `${channelKindLabels[c.kind]}${c.label ? `, ${c.label}` : ''}: ${c.value}${c.hours ? `, ${c.hours}` : ''}`;
    return { ...citeFrom(sources, c, text), href };
  });
}

/** A regulator's rung from its data: complaint page, phone numbers, deadline, what it says about itself. */
function authorityRung(a: Authority, base: Pick<Rung, 'id' | 'level' | 'title' | 'takes' | 'when'>, category: Category | undefined): Rung {
  const page = a.complaintPage;
  const covers = category !== undefined && a.covers.some((c) => c.category === category);
  return {
    ...base,
    id: a.id,
    to: a.name,
    answer: a.answerDays
      ? {
          kind: 'sourced',
          days: a.answerDays.days,
          businessDays: a.answerDays.businessDays,
          fact: citeFrom(
            a.sources,
            a.answerDays,
            t(a.answerDays.businessDays ? 'escalation.answerBusinessDays' : 'escalation.answerDays', { count: a.answerDays.days }),
          ),
        }
      : { kind: 'unknown' },
    channels: [
      ...(page ? [{ ...citeFrom(a.sources, page, t('escalation.complaintPage')), href: page.url }] : []),
      ...channelsOf(a.sources, a.channels),
    ],
    facts: [...a.notes, ...a.excludes].map((f) => citeFrom(a.sources, f, f.text)),
    missing: covers || !category ? undefined : t('escalation.notCovered', { name: a.shortName ?? a.name, service: serviceWords(category) }),
  };
}

const fccBase = () => ({
  level: 'regulator' as const,
  title: t('escalation.fccTitle'),
  takes: t('escalation.fccTakes'),
});

function fccRung(input: LadderInput, all: readonly Authority[], when?: string): Rung {
  const fcc = all.find((a) => a.kind === 'FCC');
  if (fcc) return authorityRung(fcc, { id: fcc.id, ...fccBase(), when }, input.category);
  return {
    id: 'fcc',
    ...fccBase(),
    when,
    to: t('escalation.fccName'),
    answer: { kind: 'unknown' },
    channels: [],
    facts: [],
    missing: t('escalation.fccMissing'),
  };
}

function pucRung(input: LadderInput, all: readonly Authority[], when?: string): Rung {
  const base = {
    level: 'regulator' as const,
    when,
    takes: t('escalation.pucTakes'),
  };
  if (!input.state) {
    return {
      id: 'puc',
      ...base,
      title: t('escalation.pucTitleNoState'),
      to: t('escalation.pucToNoState'),
      answer: { kind: 'unknown' },
      channels: [],
      facts: [],
      needsState: true,
      missing: t('escalation.pucMissingNoState'),
    };
  }
  const state = input.state.toUpperCase();
  const named = stateName(state) ?? state;
  const puc = all.find((a) => a.kind === 'state_PUC' && a.state === state);
  if (puc)
    return authorityRung(
      puc,
      { id: puc.id, ...base, title: t('escalation.pucTitleNamed', { name: puc.shortName ?? puc.name }) },
      input.category,
    );
  return {
    id: `puc-${state.toLowerCase()}`,
    ...base,
    title: t('escalation.pucTitleState', { state: named }),
    to: t('escalation.pucToState', { state: named }),
    answer: { kind: 'unknown' },
    channels: [],
    facts: [],
    missing: t('escalation.pucMissingState', { state: named }),
  };
}

/**
 * Cable TV billing: the state's own cable office where the state has one (New Jersey,
 * New York, Massachusetts...), else the city or county's office named on the bill, as
 * the FCC says (its words quoted). Which of the two depends on the service address's
 * state: asked when unknown.
 */
function franchiseRung(input: LadderInput, all: readonly Authority[]): Rung {
  const base = { level: 'regulator' as const, when: t('escalation.franchiseWhen') };
  const state = input.state?.toUpperCase();
  const office = state ? all.find((a) => a.kind === 'franchise_authority' && a.state === state) : undefined;
  if (office && state)
    return authorityRung(
      office,
      {
        id: office.id,
        ...base,
        title: t('escalation.franchiseTitleNamed', { name: office.shortName ?? office.name }),
        takes: t('escalation.franchiseTakesState', { state: stateName(state) ?? state, name: office.name }),
      },
      input.category,
    );
  const rule = input.localFranchising ?? localFranchisingRule;
  return {
    id: 'franchise',
    ...base,
    title: t('escalation.franchiseTitle'),
    to: t('escalation.franchiseTo'),
    takes: t('escalation.franchiseTakes'),
    answer: { kind: 'unknown' },
    channels: [],
    facts: rule.facts.map((f) => citeFrom(rule.sources, f, f.text)),
    missing: state ? t('escalation.franchiseMissing') : t('escalation.franchiseMissingNoState'),
    needsState: !state,
  };
}

function cfpbRung(all: readonly Authority[], category: Category | undefined): Rung {
  const base = {
    id: 'cfpb',
    level: 'regulator' as const,
    title: t('escalation.cfpbTitle'),
    when: t('escalation.cfpbWhen'),
    aside: true,
    takes: t('escalation.cfpbTakes'),
  };
  const cfpb = all.find((a) => a.kind === 'CFPB');
  if (cfpb) return { ...authorityRung(cfpb, base, category), missing: undefined };
  return {
    ...base,
    to: t('escalation.cfpbName'),
    answer: { kind: 'unknown' },
    channels: [],
    facts: [],
    missing: t('escalation.cfpbMissing'),
  };
}

function bbbRung(all: readonly Authority[], category: Category | undefined): Rung {
  const base = {
    id: 'bbb',
    level: 'public' as const,
    title: t('escalation.bbbTitle'),
    takes: t('escalation.bbbTakes'),
  };
  const bbb = all.find((a) => a.kind === 'BBB');
  // The BBB takes complaints about any business: no category to check.
  if (bbb) return { ...authorityRung(bbb, base, category), missing: undefined };
  return {
    ...base,
    to: t('escalation.bbbName'),
    answer: { kind: 'unknown' },
    channels: [],
    facts: [],
    missing: t('escalation.bbbMissing'),
  };
}

/** The regulator rungs for a kind of service. */
function regulatorRungs(input: LadderInput & { category: Category }, all: readonly Authority[]): Rung[] {
  switch (input.category) {
    case 'wireless':
    case 'satellite_tv':
      return [fccRung(input, all)];
    case 'cable_internet':
      return [fccRung(input, all, t('escalation.whenInternetTv')), franchiseRung(input, all)];
    case 'landline':
      return [pucRung(input, all, t('escalation.whenLocalPhone')), fccRung(input, all, t('escalation.whenLongDistance'))];
    case 'electric':
    case 'gas':
    case 'water':
      return [pucRung(input, all)];
    case 'streaming':
      return [];
  }
}

export interface Ladder {
  /** Lowest rung first. */
  rungs: Rung[];
  /** Said plainly when no regulator has authority over this kind of service. */
  note?: string;
}

/** The whole ladder of an account. */
export function ladderFor(input: LadderInput): Ladder {
  const all = input.authorities ?? registryAuthorities;
  const name = input.providerName;
  const known = input.provider?.escalation.channels ?? [];
  const { category } = input;
  const regulators = category ? regulatorRungs({ ...input, category }, all) : [];
  const rungs: Rung[] = [
    {
      id: 'supervisor',
      level: 'supervisor',
      title: t('escalation.supervisorTitle'),
      to: t('escalation.supervisorTo', { name }),
      takes: t('escalation.supervisorTakes'),
      answer: { kind: 'unknown' },
      channels: [],
      facts: [],
    },
    {
      id: 'provider-written',
      level: 'provider_written',
      title: t('escalation.writtenTitle', { name }),
      to: t('escalation.writtenTo', { name }),
      takes: t('escalation.writtenTakes'),
      answer: { kind: 'unknown' },
      channels: channelsOf(input.provider?.sources ?? [], known),
      facts: [],
      missing: known.length === 0 ? t('escalation.writtenMissing', { name }) : undefined,
    },
    ...regulators,
    cfpbRung(all, category),
    bbbRung(all, category),
  ];
  const note = !category
    ? t('escalation.noteNoCategory')
    : regulators.length === 0
      ? t('escalation.noteNoRegulator', { service: serviceWords(category) })
      : undefined;
  return { rungs, note };
}

const levelIndex = (level: EscalationLevel) => escalationLevels.indexOf(level);

/** The highest level reached so far, or undefined before the first escalation. */
export function levelReached(escalations: readonly Pick<Escalation, 'level'>[]): EscalationLevel | undefined {
  let best = -1;
  for (const e of escalations) best = Math.max(best, levelIndex(e.level));
  return best < 0 ? undefined : escalationLevels[best];
}

/** The rung to suggest next: the first of the lowest level above the highest reached (never one aside). */
export function nextRung(ladder: readonly Rung[], escalations: readonly Pick<Escalation, 'level'>[]): Rung | undefined {
  const reached = levelReached(escalations);
  const floor = reached === undefined ? -1 : levelIndex(reached);
  let next: Rung | undefined;
  for (const rung of ladder) {
    if (rung.aside || levelIndex(rung.level) <= floor) continue;
    if (!next || levelIndex(rung.level) < levelIndex(next.level)) next = rung;
  }
  return next;
}

/** Weekdays after a day: Monday to Friday count, public holidays are not known here. */
function addBusinessDays(day: string, days: number): string {
  let out = day;
  let left = days;
  while (left > 0) {
    out = addDays(out, 1);
    const weekday = new Date(`${out}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return out;
}

export interface FollowUp {
  date: string;
  /** deadline: the other side's own deadline, from its source; reminder: the user's reminder setting (no deadline known). */
  basis: 'deadline' | 'reminder';
}

/** When to expect the answer of a rung climbed on `on`: its sourced deadline, else `fallbackDays` later to check back. */
export function followUpFor(rung: Pick<Rung, 'answer'>, on: string, fallbackDays: number): FollowUp {
  if (rung.answer.kind === 'sourced') {
    const { days, businessDays } = rung.answer;
    return { date: businessDays ? addBusinessDays(on, days) : addDays(on, days), basis: 'deadline' };
  }
  return { date: addDays(on, fallbackDays), basis: 'reminder' };
}
