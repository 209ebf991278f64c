import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, DEFAULT_TITLE, describeAttention, globalBadge, providerBadge } from '../../lib/badge';

const followUpToday = { noun: 'follow-up', rest: 'due today' };
const modemOut = { noun: 'cable modem', rest: 'not returned' };

describe('one meaning for the badge: what needs attention', () => {
  it('on a provider tab: the count of what needs attention there, and the tooltip says what', () => {
    expect(providerBadge('Xfinity', { open: 2, overdue: 0, what: [followUpToday, modemOut] })).toEqual({
      text: '2',
      title: 'Xfinity: 2 things need attention: a follow-up due today, a cable modem not returned',
      color: BADGE_COLORS.attention,
    });
    expect(providerBadge('Xfinity', { open: 1, overdue: 1, what: [{ noun: 'promise', rest: 'not kept' }] })).toEqual({
      text: '1',
      title: 'Xfinity: 1 thing needs attention: a promise not kept',
      color: BADGE_COLORS.overdue,
    });
    expect(providerBadge('AT&T', { open: 0, overdue: 0 })).toEqual({
      text: '',
      title: 'AT&T: nothing needs attention',
      color: BADGE_COLORS.attention,
    });
  });

  it('elsewhere: the same count and words for the whole estate, no badge at zero', () => {
    expect(globalBadge({ open: 0, overdue: 0 })).toEqual({ text: '', title: DEFAULT_TITLE, color: BADGE_COLORS.attention });
    expect(globalBadge({ open: 2, overdue: 0, what: [followUpToday, modemOut] })).toEqual({
      text: '2',
      title: `${DEFAULT_TITLE}: 2 things need attention: a follow-up due today, a cable modem not returned`,
      color: BADGE_COLORS.attention,
    });
    expect(globalBadge({ open: 4, overdue: 1 }).color).toBe(BADGE_COLORS.overdue);
    expect(globalBadge({ open: 4, overdue: 1 }).title).toBe(`${DEFAULT_TITLE}: 4 things need attention`);
  });

  it('groups like things, with plurals a person would write', () => {
    expect(
      describeAttention([
        modemOut,
        { noun: 'TV box', rest: 'not returned' },
        { noun: 'TV box', rest: 'not returned' },
        modemOut,
        { noun: 'router or gateway', rest: 'not returned' },
        { noun: 'router or gateway', rest: 'not returned' },
        { noun: 'overdue thing', rest: 'x' },
      ]),
    ).toBe('2 cable modems not returned, 2 TV boxes not returned, 2 routers or gateways not returned, an overdue thing x');
  });
});
