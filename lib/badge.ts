/** What the toolbar button says: pure, so the background only applies it. */

export interface BadgeState {
  text: string;
  title: string;
  color: string;
}

export const DEFAULT_TITLE = 'Estate Accounts Helper';
/** Red: something is overdue. Grey-green: something needs attention. The same meaning on every tab. */
export const BADGE_COLORS = { overdue: '#C62828', attention: '#5D6D3E' } as const;

/** One thing that needs attention, in words: a `noun` ("cable modem") and the `rest` ("not returned"). */
export interface AttentionWhat {
  noun: string;
  rest: string;
}

/** What needs attention: how many things, how many overdue, and what they are. */
export interface Counts {
  open: number;
  overdue: number;
  what?: readonly AttentionWhat[];
}

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');
const plural = (noun: string) =>
  noun
    .split(' or ')
    .map((w) => (/(x|s|ch|sh)$/.test(w) ? `${w}es` : `${w}s`))
    .join(' or ');

/** "a follow-up due today, 2 cable modems not returned": like things together, in their first order. */
export function describeAttention(what: readonly AttentionWhat[]): string {
  const groups = new Map<string, { what: AttentionWhat; n: number }>();
  for (const w of what) {
    const key = `${w.noun}|${w.rest}`;
    const g = groups.get(key);
    if (g) g.n += 1;
    else groups.set(key, { what: w, n: 1 });
  }
  return [...groups.values()]
    .map(({ what: w, n }) => (n === 1 ? `${article(w.noun)} ${w.noun} ${w.rest}` : `${n} ${plural(w.noun)} ${w.rest}`))
    .join(', ');
}

function summary({ open, what }: Counts): string {
  const head = `${open} ${open === 1 ? 'thing needs' : 'things need'} attention`;
  return what?.length ? `${head}: ${describeAttention(what)}` : head;
}

/** Badge for a tab showing a recognized provider: what needs attention on that provider's accounts. */
export function providerBadge(providerName: string, counts: Counts): BadgeState {
  return {
    text: counts.open > 0 ? String(counts.open) : '',
    title: `${providerName}: ${counts.open > 0 ? summary(counts) : 'nothing needs attention'}`,
    color: counts.overdue > 0 ? BADGE_COLORS.overdue : BADGE_COLORS.attention,
  };
}

/** Badge everywhere else: what needs attention across the active estate. */
export function globalBadge(counts: Counts): BadgeState {
  return {
    text: counts.open > 0 ? String(counts.open) : '',
    title: counts.open > 0 ? `${DEFAULT_TITLE}: ${summary(counts)}` : DEFAULT_TITLE,
    color: counts.overdue > 0 ? BADGE_COLORS.overdue : BADGE_COLORS.attention,
  };
}
