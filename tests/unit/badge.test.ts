import { afterEach, describe, expect, it } from 'vitest';
import { type AttentionWhat, BADGE_COLORS, defaultTitle, describeAttention, globalBadge, providerBadge } from '../../lib/badge';
import { useLanguage } from '../../lib/i18n';

const followUpToday: AttentionWhat = { noun: 'followUp', state: 'dueToday' };
const modemOut: AttentionWhat = { noun: 'cable_modem', state: 'notReturned' };
const DEFAULT_TITLE = 'Estate Accounts Helper';

describe('one meaning for the badge: what needs attention', () => {
  it('on a provider tab: the count of what needs attention there, and the tooltip says what', () => {
    expect(providerBadge('Xfinity', { open: 2, overdue: 0, what: [followUpToday, modemOut] })).toEqual({
      text: '2',
      title: 'Xfinity: 2 things need attention: a follow-up due today, a cable modem not returned',
      color: BADGE_COLORS.attention,
    });
    expect(providerBadge('Xfinity', { open: 1, overdue: 1, what: [{ noun: 'promise', state: 'notKept' }] })).toEqual({
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
    expect(defaultTitle()).toBe(DEFAULT_TITLE);
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
    const tvBox: AttentionWhat = { noun: 'tv_box', state: 'notReturned' };
    const router: AttentionWhat = { noun: 'router', state: 'notReturned' };
    expect(describeAttention([modemOut, tvBox, tvBox, modemOut, router, router, { noun: 'escalation', state: 'noAnswer' }])).toBe(
      '2 cable modems not returned, 2 TV boxes not returned, 2 routers or gateways not returned, an escalation with no answer',
    );
  });
});

describe('the badge in Spanish', () => {
  afterEach(() => useLanguage('en'));

  it('says the same things in plain Spanish, with its own plurals and the name in Spanish', async () => {
    await useLanguage('es');
    expect(providerBadge('Xfinity', { open: 2, overdue: 0, what: [followUpToday, modemOut] }).title).toBe(
      'Xfinity: 2 asuntos pendientes: un seguimiento para hoy, un módem de cable sin devolver',
    );
    expect(providerBadge('Xfinity', { open: 1, overdue: 1, what: [{ noun: 'step', state: 'overdue' }] }).title).toBe(
      'Xfinity: 1 asunto pendiente: un paso fuera de plazo',
    );
    expect(providerBadge('AT&T', { open: 0, overdue: 0 }).title).toBe('AT&T: nada pendiente');
    expect(globalBadge({ open: 0, overdue: 0 }).title).toBe('Ayuda con las cuentas de un ser querido');
    expect(describeAttention([modemOut, modemOut, modemOut])).toBe('3 módems de cable sin devolver');
  });
});
