import { describe, expect, it } from 'vitest';
import { followUpFor, ladderFor, levelReached, nextRung, type Rung } from '../../../lib/escalation/ladder';
import type { Category, Escalation } from '../../../lib/model';
import { providerById } from '../../../lib/providers';
import { authorities, authorityById } from '../../../lib/providers/regulators';
import { testAuthorities } from './fixtures';

const xfinity = providerById('xfinity')!;
const ladder = (category: Category | undefined, state?: string, authorities = testAuthorities) =>
  ladderFor({ provider: xfinity, providerName: 'Xfinity', category, state, authorities });
const ids = (rungs: Rung[]) => rungs.map((r) => r.id);
/** The ladder from the registry's own regulators (not the test entries). */
const registryLadder = (category: Category, state?: string) =>
  ladderFor({ provider: xfinity, providerName: 'Xfinity', category, state }).rungs;
const levels = (rungs: Rung[]) => [...new Set(rungs.map((r) => r.level))];

describe('the ladder of an account', () => {
  it('climbs from a supervisor to the provider in writing, a regulator, then the BBB', () => {
    const { rungs } = ladder('wireless');
    expect(levels(rungs)).toEqual(['supervisor', 'provider_written', 'regulator', 'public']);
    expect(rungs[0]).toMatchObject({ title: 'Ask for a supervisor and a ticket number', to: 'a supervisor at Xfinity' });
    expect(rungs.at(-1)).toMatchObject({ id: 'bbb', level: 'public', to: 'Better Business Bureau' });
  });

  it('sends wireless to the FCC, with its page, phone, notes and 30-day deadline, each with its source', () => {
    const fcc = ladder('wireless').rungs.find((r) => r.id === 'fcc')!;
    expect(fcc.level).toBe('regulator');
    expect(fcc.when).toBeUndefined();
    expect(fcc.answer).toMatchObject({ kind: 'sourced', days: 30, businessDays: false });
    if (fcc.answer.kind !== 'sourced') throw new Error('sourced');
    expect(fcc.answer.fact.source?.url).toBe('https://consumercomplaints.fcc.gov/hc/en-us/articles/205082880');
    expect(fcc.answer.fact.quote).toContain('30 days');
    expect(fcc.channels.map((c) => [c.text, c.href])).toEqual([
      ['Complaint page', 'https://consumercomplaints.fcc.gov/hc/en-us'],
      ['Phone: 1-888-225-5322', undefined],
    ]);
    expect(fcc.channels.every((c) => c.source?.checked === '2026-11-30')).toBe(true);
    expect(fcc.facts.map((f) => f.text)).toEqual(['Leave out Social Security numbers and dates of birth.']);
    expect(fcc.missing).toBeUndefined();
  });

  it('gives cable and internet the FCC and, for cable TV billing, asks the state before naming whose office takes it', () => {
    const { rungs } = ladder('cable_internet');
    const regulators = rungs.filter((r) => r.level === 'regulator');
    expect(ids(regulators)).toEqual(['fcc', 'franchise', 'cfpb']);
    const franchise = regulators[1]!;
    expect(franchise).toMatchObject({ when: 'For cable TV billing', needsState: true, answer: { kind: 'unknown' }, channels: [] });
    expect(franchise.missing).toBe(
      'In some states a state office takes cable TV complaints instead. Choose the state of the service address to see which office it is.',
    );
  });

  it('sends cable TV billing in a state without a cable office to the city or county’s office named on the bill, quoting the FCC', () => {
    for (const state of ['TX', 'PA', 'OH', 'IL', 'FL']) {
      const franchise = registryLadder('cable_internet', state).find((r) => r.level === 'regulator' && r.id !== 'fcc' && r.id !== 'cfpb')!;
      expect(franchise, state).toMatchObject({
        id: 'franchise',
        title: 'Complain to your city or county’s cable office',
        to: 'Your city or county’s cable office, named on the bill',
        channels: [],
        answer: { kind: 'unknown' },
      });
      expect(franchise.needsState, state).toBeFalsy();
      expect(franchise.missing, state).toMatch(
        /does not know that office’s phone or address: look on the front or back of your cable bill/,
      );
    }
    const facts = registryLadder('cable_internet', 'TX').find((r) => r.id === 'franchise')!.facts;
    const onTheBill = facts.find((f) => /front or back of your cable bill/.test(f.text))!;
    expect(onTheBill.quote).toContain('The name of the franchising authority may be on the front or back of your cable bill.');
    expect(onTheBill.source).toMatchObject({
      url: 'https://www.fcc.gov/guides/cable-television-where-file-complaints-regarding-cable-service',
      quality: 'first-party',
      checked: '2026-11-30',
    });
    expect(facts.every((f) => f.source?.url.startsWith('https://www.fcc.gov/') && f.quote.length >= 8)).toBe(true);
  });

  it('sends cable TV billing to the state’s own cable office where it has one, with its phone and source', () => {
    const nj = registryLadder('cable_internet', 'NJ').find((r) => r.id === 'cable-nj')!;
    expect(nj).toMatchObject({
      level: 'regulator',
      when: 'For cable TV billing',
      title: 'Complain to the BPU about cable TV',
      to: 'New Jersey Board of Public Utilities, Office of Cable Television and Telecommunications',
      missing: undefined,
    });
    expect(nj.needsState).toBeFalsy();
    expect(nj.takes).toContain(
      'In New Jersey, a state office takes cable TV complaints: the New Jersey Board of Public Utilities, Office of Cable Television and Telecommunications. Tell them',
    );
    const phone = nj.channels.find((c) => c.text.includes('1-800-624-0331'))!;
    expect(phone.quote).toContain('1-800-624-0331');
    expect(phone.source?.url).toBe('https://www.nj.gov/bpu/about/divisions/cable/');
    // The state's electric complaints still go to its commission, not to the cable office.
    expect(registryLadder('electric', 'NJ').find((r) => r.level === 'regulator')!.id).toBe('puc-nj');
  });

  it('gives New York’s cable office the company’s 10 days to answer in writing, from the state rule', () => {
    const ny = registryLadder('cable_internet', 'ny').find((r) => r.id === 'cable-ny')!;
    expect(ny.answer).toMatchObject({ kind: 'sourced', days: 10, businessDays: false });
    if (ny.answer.kind !== 'sourced') throw new Error('sourced');
    expect(ny.answer.fact.quote).toContain('Within 10 days');
    expect(followUpFor(ny, '2026-03-02', 14)).toEqual({ date: '2026-03-12', basis: 'deadline' });
  });

  it('names a state cable office for every state that has one in the data, and only for cable', () => {
    for (const office of authorities.filter((a) => a.kind === 'franchise_authority')) {
      const rungs = registryLadder('cable_internet', office.state);
      expect(ids(rungs), office.id).toContain(office.id);
      expect(ids(rungs), office.id).not.toContain('franchise');
      for (const category of ['wireless', 'electric', 'landline', 'satellite_tv', 'streaming'] as const)
        expect(ids(registryLadder(category, office.state)), `${office.id} ${category}`).not.toContain(office.id);
    }
  });

  it('sends electric in California to the CPUC, from its data', () => {
    const puc = ladder('electric', 'CA').rungs.find((r) => r.level === 'regulator')!;
    expect(puc).toMatchObject({ id: 'puc-ca', to: 'California Public Utilities Commission', title: 'Complain to the CPUC' });
    expect(puc.channels[0]?.href).toBe('https://www.cpuc.ca.gov/consumer-support/file-a-complaint');
    expect(puc.answer).toEqual({ kind: 'unknown' });
    expect(puc.missing).toBeUndefined();
    expect(puc.needsState).toBeFalsy();
  });

  it('uses the registry’s data by default: the FCC’s 30 days and the CPUC, each with its source', () => {
    const registry = (category: Category, state?: string) =>
      ladderFor({ provider: undefined, providerName: 'PG&E', category, state }).rungs.filter((r) => r.level === 'regulator');
    const fcc = registry('wireless')[0]!;
    expect(fcc).toMatchObject({ id: 'fcc', to: 'Federal Communications Commission', answer: { kind: 'sourced', days: 30 } });
    expect(fcc.channels[0]).toMatchObject({ text: 'Complaint page', href: authorityById('fcc')!.complaintPage!.url });
    expect(fcc.channels.every((c) => c.source?.checked && c.quote)).toBe(true);
    const cpuc = registry('electric', 'CA')[0]!;
    expect(cpuc).toMatchObject({ id: 'puc-ca', to: 'California Public Utilities Commission', missing: undefined });
    expect(cpuc.channels.map((c) => c.text)).toContain(
      'Phone, Consumer Affairs Branch (CAB): 1-800-649-7570, Monday to Friday, 8:30 a.m. to 4:30 p.m.',
    );
    // Every state and DC has a commission in the data: a state is never left without one.
    for (const state of ['NY', 'TX', 'DC', 'OH']) expect(registry('gas', state)[0]!.id).toBe(`puc-${state.toLowerCase()}`);
  });

  it('asks for the state when the service address does not say it', () => {
    const puc = ladder('gas').rungs.find((r) => r.level === 'regulator')!;
    expect(puc).toMatchObject({ id: 'puc', needsState: true });
    expect(puc.missing).toMatch(/Choose the state/);
  });

  it('says it has no details for a state whose commission is not in the data, and never makes one up', () => {
    const puc = ladder('water', 'OH').rungs.find((r) => r.level === 'regulator')!;
    expect(puc).toMatchObject({ id: 'puc-oh', to: 'The public utility commission of Ohio', channels: [], answer: { kind: 'unknown' } });
    expect(puc.missing).toBe('This guide has no details yet for Ohio’s commission.');
  });

  it('warns when the state commission’s pages do not say they cover the service', () => {
    const puc = ladder('water', 'CA').rungs.find((r) => r.level === 'regulator')!;
    expect(puc.id).toBe('puc-ca');
    expect(puc.missing).toBe('The pages of CPUC read for this guide do not say it handles water service. Ask it before you file.');
  });

  it('gives a landline the state commission for local service and the FCC for long distance', () => {
    const regulators = ladder('landline', 'CA').rungs.filter((r) => r.level === 'regulator');
    expect(regulators.map((r) => [r.id, r.when])).toEqual([
      ['puc-ca', 'For local phone service'],
      ['fcc', 'For long-distance calls'],
      ['cfpb', 'If a debt collector now asks for payment of this bill'],
    ]);
  });

  it('has no regulator for streaming, and says so; the BBB stays', () => {
    const { rungs, note } = ladder('streaming');
    expect(ids(rungs)).toEqual(['supervisor', 'provider-written', 'cfpb', 'bbb']);
    expect(note).toBe(
      'This guide knows no government office that takes complaints about streaming subscriptions; the Better Business Bureau is the public place left.',
    );
  });

  it('offers the CFPB only for a debt collector, and says when its data is missing', () => {
    const cfpb = ladder('electric', 'CA').rungs.find((r) => r.id === 'cfpb')!;
    expect(cfpb.when).toBe('If a debt collector now asks for payment of this bill');
    expect(cfpb.missing).toBe('The CFPB’s complaint page and deadlines are not in this guide yet.');
    expect(cfpb.answer).toEqual({ kind: 'unknown' });
  });

  it('says the FCC’s page and deadline are not known when the data has no FCC entry', () => {
    const fcc = ladder('wireless', undefined, []).rungs.find((r) => r.id === 'fcc')!;
    expect(fcc).toMatchObject({
      answer: { kind: 'unknown' },
      channels: [],
      missing: 'The FCC’s complaint page and deadlines are not in this guide yet.',
    });
  });

  it('names the provider’s written channel only where the registry has one, with its source', () => {
    const written = ladder('wireless').rungs[1]!;
    expect(written.channels).toEqual([]);
    expect(written.missing).toMatch(/knows no written complaint or executive address for Xfinity/);
    const withChannel = ladderFor({
      provider: {
        name: 'Acme',
        escalation: {
          regulators: [],
          channels: [{ kind: 'web_form', value: 'https://acme.example/exec', source: 's', quote: 'Contact our executive office' }],
        },
        sources: [{ id: 's', url: 'https://acme.example/help/exec', checked: '2026-11-30', quality: 'first-party' }],
      },
      providerName: 'Acme',
      category: 'wireless',
      authorities: testAuthorities,
    }).rungs[1]!;
    expect(withChannel.missing).toBeUndefined();
    expect(withChannel.channels).toEqual([
      {
        text: 'Online form',
        href: 'https://acme.example/exec',
        quote: 'Contact our executive office',
        source: expect.objectContaining({ url: 'https://acme.example/help/exec' }),
      },
    ]);
  });

  it('says the kind of service is not known when the provider has no category', () => {
    const { rungs, note } = ladder(undefined);
    expect(ids(rungs)).toEqual(['supervisor', 'provider-written', 'cfpb', 'bbb']);
    expect(note).toMatch(/does not know what kind of service/);
  });
});

describe('the next rung', () => {
  const e = (level: Escalation['level']) => ({ level });
  const rungs = ladder('cable_internet').rungs;

  it('is the supervisor before anything was done, then the first rung above the highest level reached', () => {
    expect(nextRung(rungs, [])?.id).toBe('supervisor');
    expect(nextRung(rungs, [e('supervisor')])?.id).toBe('provider-written');
    expect(nextRung(rungs, [e('supervisor'), e('provider_written')])?.id).toBe('fcc');
    // The FCC was gone to straight away: the supervisor is not suggested again.
    expect(nextRung(rungs, [e('regulator')])?.id).toBe('bbb');
    expect(nextRung(rungs, [e('public'), e('supervisor')])).toBeUndefined();
    expect(levelReached([e('supervisor'), e('regulator'), e('provider_written')])).toBe('regulator');
  });

  it('is never the CFPB, which is for a debt collector only: streaming goes from the provider to the BBB', () => {
    const streaming = ladder('streaming').rungs;
    expect(nextRung(streaming, [e('provider_written')])?.id).toBe('bbb');
  });

  it('is the state commission first for a landline (local service), not the FCC', () => {
    expect(nextRung(ladder('landline', 'CA').rungs, [e('provider_written')])?.id).toBe('puc-ca');
  });
});

describe('the follow-up of a rung climbed', () => {
  const [supervisor, , fcc] = ladder('wireless').rungs;

  it('is the regulator’s deadline when its source gives one: the FCC, 30 days', () => {
    expect(followUpFor(fcc!, '2026-11-03', 14)).toEqual({ date: '2026-12-03', basis: 'deadline' });
  });

  it('counts business days when the source says so', () => {
    const rung = {
      answer: {
        kind: 'sourced' as const,
        days: 5,
        businessDays: true,
        fact: { text: '5 business days', quote: 'within five business days' },
      },
    };
    // Friday 2026-11-27 + 5 business days: Mon-Fri of the next week.
    expect(followUpFor(rung, '2026-11-27', 14)).toEqual({ date: '2026-12-04', basis: 'deadline' });
  });

  it('is the reminder setting when no deadline is known: a day to check back, not a deadline', () => {
    expect(followUpFor(supervisor!, '2026-11-03', 14)).toEqual({ date: '2026-11-17', basis: 'reminder' });
    expect(followUpFor(supervisor!, '2026-11-03', 7)).toEqual({ date: '2026-11-10', basis: 'reminder' });
  });
});
