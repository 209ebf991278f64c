import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, DEFAULT_TITLE, globalBadge, providerBadge } from '../../lib/badge';

describe('badge text', () => {
  it('names the provider and its open count', () => {
    expect(providerBadge('Xfinity', { open: 3, overdue: 0 })).toEqual({
      text: '3',
      title: 'Xfinity — 3 to do',
      color: BADGE_COLORS.provider,
    });
    expect(providerBadge('Xfinity', { open: 2, overdue: 1 })).toEqual({
      text: '2',
      title: 'Xfinity — 2 to do, 1 overdue',
      color: BADGE_COLORS.overdue,
    });
    expect(providerBadge('AT&T', { open: 0, overdue: 0 })).toEqual({
      text: '',
      title: 'AT&T — nothing to do',
      color: BADGE_COLORS.provider,
    });
  });
  it('shows no badge at zero elsewhere', () => {
    expect(globalBadge({ open: 0, overdue: 0 }).text).toBe('');
    expect(globalBadge({ open: 0, overdue: 0 }).title).toBe(DEFAULT_TITLE);
    expect(globalBadge({ open: 4, overdue: 1 }).color).toBe(BADGE_COLORS.overdue);
  });
  it('says how many things need attention, in another colour than a provider tab', () => {
    expect(globalBadge({ open: 1, overdue: 1 })).toEqual({
      text: '1',
      title: `${DEFAULT_TITLE} — 1 needs attention, 1 overdue`,
      color: BADGE_COLORS.overdue,
    });
    expect(globalBadge({ open: 2, overdue: 0 })).toEqual({
      text: '2',
      title: `${DEFAULT_TITLE} — 2 need attention`,
      color: BADGE_COLORS.attention,
    });
    expect(BADGE_COLORS.attention).not.toBe(BADGE_COLORS.provider);
  });
});
