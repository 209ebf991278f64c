/** What the toolbar button says: pure, so the background only applies it. */

export interface BadgeState {
  text: string;
  title: string;
  color: string;
}

export const DEFAULT_TITLE = 'Estate Accounts Helper';
/** Red: something is overdue. Blue: things to do on this provider's page. Grey-green otherwise. */
export const BADGE_COLORS = { overdue: '#C62828', provider: '#1565C0', attention: '#5D6D3E' } as const;

export interface Counts {
  open: number;
  overdue: number;
}

function describe({ open, overdue }: Counts): string {
  if (open === 0) return 'nothing to do';
  return overdue > 0 ? `${open} to do, ${overdue} overdue` : `${open} to do`;
}

/** Badge for a tab showing a recognized provider. */
export function providerBadge(providerName: string, counts: Counts): BadgeState {
  return {
    text: counts.open > 0 ? String(counts.open) : '',
    title: `${providerName} — ${describe(counts)}`,
    color: counts.overdue > 0 ? BADGE_COLORS.overdue : BADGE_COLORS.provider,
  };
}

/** Badge everywhere else: what needs attention across the active case (`open` = items needing attention). */
export function globalBadge(counts: Counts): BadgeState {
  const { open, overdue } = counts;
  const what = `${open} ${open === 1 ? 'needs' : 'need'} attention${overdue > 0 ? `, ${overdue} overdue` : ''}`;
  return {
    text: open > 0 ? String(open) : '',
    title: open > 0 ? `${DEFAULT_TITLE} — ${what}` : DEFAULT_TITLE,
    color: counts.overdue > 0 ? BADGE_COLORS.overdue : BADGE_COLORS.attention,
  };
}
