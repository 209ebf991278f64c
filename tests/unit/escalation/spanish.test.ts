/**
 * The ladder in Spanish: looked up when shown (the same call gives English again after
 * the panel goes back), rungs and reasons in Spanish, plural forms by Spanish rules,
 * and what the regulators' sources say kept in English.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ladderFor } from '../../../lib/escalation/ladder';
import { triggerSentence } from '../../../lib/escalation/offer';
import { useLanguage } from '../../../lib/i18n';
import { providerById } from '../../../lib/providers';
import { testAuthorities } from './fixtures';

const xfinity = providerById('xfinity')!;
const ladder = () => ladderFor({ provider: xfinity, providerName: 'Xfinity', category: 'wireless', authorities: testAuthorities });

afterEach(() => useLanguage('en'));

describe('the ladder in Spanish', () => {
  it('names each rung and what it takes in Spanish; the regulator’s own words stay English', async () => {
    await useLanguage('es');
    const { rungs } = ladder();
    expect(rungs[0]).toMatchObject({ title: 'Pedir hablar con un supervisor y un número de caso', to: 'un supervisor de Xfinity' });
    const fcc = rungs.find((r) => r.id === 'fcc')!;
    expect(fcc.title).toBe('Presentar una queja ante la FCC');
    expect(fcc.answer.kind === 'sourced' && fcc.answer.fact.text).toBe('30 días');
    expect(fcc.answer.kind === 'sourced' && fcc.answer.fact.quote).toContain('30 days');
    expect(fcc.channels[0]?.text).toBe('Página de quejas');
    expect(fcc.facts.map((f) => f.text)).toEqual(['Leave out Social Security numbers and dates of birth.']);
    expect(rungs.at(-1)?.title).toBe('Presentar una queja ante el Better Business Bureau');
  });

  it('is looked up when shown: English again once the panel speaks English', async () => {
    await useLanguage('es');
    expect(ladder().rungs[0]?.title).toBe('Pedir hablar con un supervisor y un número de caso');
    await useLanguage('en');
    expect(ladder().rungs[0]?.title).toBe('Ask for a supervisor and a ticket number');
  });

  it('says why it is offered in Spanish, with Spanish plural forms', async () => {
    await useLanguage('es');
    const step = (days: number) =>
      triggerSentence(
        { kind: 'step_overdue', since: '2026-03-01', days, step: { id: 's', title: 'Devolver el módem', dueDate: '2026-03-01' } },
        'Xfinity',
      );
    expect(step(1)).toBe('“Devolver el módem” lleva 1 día de retraso.');
    expect(step(15)).toBe('“Devolver el módem” lleva 15 días de retraso.');
    expect(
      triggerSentence(
        { kind: 'promise_broken', since: '2026-03-03', promise: { id: 'p', what: 'Refund the deposit', dueDate: '2026-03-03' } },
        'Xfinity',
      ),
    ).toMatch(/^Xfinity no cumplió lo que prometió para el 3 mar\.? 2026: “Refund the deposit”\.$/);
  });
});
