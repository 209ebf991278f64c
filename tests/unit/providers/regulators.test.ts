/**
 * The regulators' data: the build refuses an entry that breaks the honesty rules (each
 * rule has a test that fails when the rule is removed), and authoritiesFor picks the
 * body that has authority over the kind of service, in the service address's state.
 */
import { describe, expect, it } from 'vitest';
import { categories } from '../../../lib/model/vocabulary';
import { cableTable } from '../../../lib/providers/coverage';
import type { AuthorityInput } from '../../../lib/providers/regulatorSchema';
import {
  authorities,
  authoritiesFor,
  authorityById,
  cableOfficeOf,
  commissionOf,
  localFranchisingRule,
} from '../../../lib/providers/regulators';
import { validateRegulators, validateRule } from '../../../lib/providers/validateRegulators';

const base: AuthorityInput = {
  id: 'puc-zz',
  kind: 'state_PUC',
  name: 'Example Utilities Commission',
  state: 'ZZ',
  named: { source: 'zz-complaints', quote: 'The Example Utilities Commission takes complaints.' },
  covers: [{ category: 'electric', source: 'zz-complaints', quote: 'We regulate electric utilities in Example.' }],
  complaintPage: { url: 'https://puc.example/complaints', source: 'zz-complaints', quote: 'File a complaint using our online form.' },
  channels: [{ kind: 'phone', value: '1-800-000-0000', source: 'zz-complaints', quote: 'Call us at 1-800-000-0000.' }],
  notes: [{ text: 'Contact the utility first.', source: 'zz-complaints', quote: 'Please contact your utility first.' }],
  sources: [{ id: 'zz-complaints', url: 'https://puc.example/complaints', checked: '2026-11-30', quality: 'first-party' }],
};
const entry = (over: Partial<AuthorityInput>): AuthorityInput => ({ ...base, ...over });
const check =
  (...entries: AuthorityInput[]) =>
  () =>
    validateRegulators(entries);

/** The 50 states and the District of Columbia. */
const stateCodes = (
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND ' +
  'OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'
).split(' ');

describe('the rules for regulator entries', () => {
  it('accepts an entry whose every fact cites a listed source with a quote', () => {
    expect(validateRegulators([base])).toHaveLength(1);
  });

  it('refuses a fact without a quote', () => {
    const bad = entry({ notes: [{ text: 'Contact the utility first.', source: 'zz-complaints' } as never] });
    expect(check(bad)).toThrow(/notes\.0\.quote: every fact needs a quote of its source/);
  });

  it('refuses a phone number, a coverage claim or a deadline without a quote alike', () => {
    const noQuote = { source: 'zz-complaints' } as never;
    for (const bad of [
      entry({ channels: [{ kind: 'phone', value: '1-800-000-0000', ...(noQuote as object) } as never] }),
      entry({ covers: [{ category: 'gas', ...(noQuote as object) } as never] }),
      entry({ answerDays: { days: 30, ...(noQuote as object) } as never }),
      entry({ named: noQuote }),
    ]) {
      expect(check(bad)).toThrow(/every fact needs a quote/);
    }
  });

  it('refuses a fact whose source is not listed', () => {
    const bad = entry({ notes: [{ text: 'Contact the utility first.', source: 'nowhere', quote: 'Please contact your utility first.' }] });
    expect(check(bad)).toThrow(/puc-zz: fact at notes\[0\] cites unknown source "nowhere"/);
  });

  it('refuses a name read in no listed source', () => {
    const bad = entry({ named: { source: 'nowhere', quote: 'The Example Utilities Commission takes complaints.' } });
    expect(check(bad)).toThrow(/fact at named cites unknown source "nowhere"/);
  });

  it('refuses a source that no fact cites', () => {
    const bad = entry({
      sources: [...base.sources, { id: 'zz-unused', url: 'https://puc.example/about', checked: '2026-11-30', quality: 'first-party' }],
    });
    expect(check(bad)).toThrow(/source "zz-unused" is cited by no fact/);
  });

  it('refuses a bare homepage as the source of a fact', () => {
    const bad = entry({ sources: [{ id: 'zz-complaints', url: 'https://puc.example/', checked: '2026-11-30', quality: 'first-party' }] });
    expect(check(bad)).toThrow(/cites a bare homepage \(https:\/\/puc\.example\/\)/);
  });

  it('refuses a state commission without its state', () => {
    const { state: _, ...stateless } = base;
    expect(check(stateless)).toThrow(/puc-zz: a state_PUC entry needs its state/);
  });

  it('refuses two entries with the same id', () => {
    expect(check(base, { ...base })).toThrow(/Duplicate regulator id puc-zz/);
  });

  it('refuses a complaint page that is not https', () => {
    const bad = entry({
      complaintPage: { url: 'http://puc.example/complaints', source: 'zz-complaints', quote: 'File a complaint using our online form.' },
    });
    expect(check(bad)).toThrow(/complaintPage\.url/);
  });

  it('refuses a source checked before it was captured', () => {
    const bad = entry({ sources: [{ ...base.sources[0], captured: '2027-01-01' } as never] });
    expect(check(bad)).toThrow(/captured after it was checked/);
  });
});

describe('the built-in regulators', () => {
  it('validate (the module would not load otherwise) and have unique ids', () => {
    expect(new Set(authorities.map((a) => a.id)).size).toBe(authorities.length);
  });

  it('hold one commission for every state and the District of Columbia, and none other', () => {
    const commissions = authorities.filter((a) => a.kind === 'state_PUC');
    expect(commissions.map((a) => a.state).sort()).toEqual([...stateCodes].sort());
    for (const code of stateCodes) expect(commissionOf(code)?.state, code).toBe(code);
  });

  it('give every complaint page as https', () => {
    for (const a of authorities) if (a.complaintPage) expect(new URL(a.complaintPage.url).protocol, a.id).toBe('https:');
  });

  it('quote a source for every name, phone number, coverage claim and deadline', () => {
    for (const a of authorities) {
      const ids = new Set(a.sources.map((s) => s.id));
      expect(ids.has(a.named.source), a.id).toBe(true);
      for (const c of [...a.channels, ...a.covers, ...(a.answerDays ? [a.answerDays] : [])]) {
        expect(ids.has(c.source), a.id).toBe(true);
        expect(c.quote.length, a.id).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it('quote every phone number as it is given: its digits are in the passage quoted', () => {
    const digits = (text: string) => text.replace(/\D/g, '');
    for (const a of authorities) {
      for (const c of a.channels.filter((x) => x.kind === 'phone' || x.kind === 'tty')) {
        const number = digits(c.value).replace(/^1(?=\d{10}$)/, '');
        expect(number.length, `${a.id} ${c.value}`).toBeGreaterThanOrEqual(10);
        expect(digits(c.quote), `${a.id} ${c.value}`).toContain(number);
      }
    }
  });

  it('the FCC: an answer in writing within 30 days, its phone, and no SSN or date of birth in the complaint', () => {
    const fcc = authorityById('fcc');
    expect(fcc?.answerDays?.days).toBe(30);
    expect(fcc?.channels.find((c) => c.kind === 'phone')?.value).toBe('1-888-225-5322');
    expect(fcc?.complaintPage?.url).toBe('https://consumercomplaints.fcc.gov/hc/en-us');
    expect(fcc?.notes.some((n) => /Social Security number, date of birth/.test(n.text))).toBe(true);
  });

  it('the CFPB answers in 15 days and the BBB asks the business to answer in 14', () => {
    expect(authorityById('cfpb')?.answerDays?.days).toBe(15);
    expect(authorityById('bbb')?.answerDays?.days).toBe(14);
    expect(authorityById('bbb')?.notes.some((n) => /publish/.test(n.text))).toBe(true);
  });
});

describe('authoritiesFor', () => {
  const ids = (category: Parameters<typeof authoritiesFor>[0], state?: string) => authoritiesFor(category, state).map((a) => a.id);

  it('picks the state commission first for electric, gas, water and landline, where the commission covers it', () => {
    expect(ids('electric', 'CA')[0]).toBe('puc-ca');
    expect(ids('gas', 'NY')[0]).toBe('puc-ny');
    expect(ids('water', 'TX')[0]).toBe('puc-tx');
    expect(ids('landline', 'PA')[0]).toBe('puc-pa');
    for (const a of authorities.filter((x) => x.kind === 'state_PUC')) {
      for (const c of a.covers) expect(ids(c.category, a.state)[0], `${a.state} ${c.category}`).toBe(a.id);
    }
  });

  it('takes the state code in any case and with spaces', () => {
    expect(ids('electric', ' ca ')[0]).toBe('puc-ca');
  });

  it('picks the FCC, not a state commission, for wireless, internet and TV (and the state’s cable office before it for cable)', () => {
    for (const state of stateCodes) {
      for (const category of ['wireless', 'cable_internet', 'satellite_tv'] as const) {
        const found = authoritiesFor(category, state);
        const office = category === 'cable_internet' ? cableOfficeOf(state) : undefined;
        expect(found.map((a) => a.id).slice(0, office ? 2 : 1), `${state} ${category}`).toEqual(office ? [office.id, 'fcc'] : ['fcc']);
        expect(
          found.some((a) => a.kind === 'state_PUC'),
          `${state} ${category}`,
        ).toBe(false);
      }
    }
  });

  it('never returns another state’s commission', () => {
    for (const state of stateCodes) {
      for (const category of categories) {
        for (const a of authoritiesFor(category, state)) if (a.state) expect(a.state, `${state} ${category}`).toBe(state);
      }
    }
  });

  it('without a state, returns only the national bodies', () => {
    expect(authoritiesFor('electric').every((a) => a.state === undefined)).toBe(true);
    expect(ids('landline')).toContain('fcc');
  });

  it('leaves out a commission that says it does not cover the service (Wisconsin and landlines)', () => {
    expect(ids('landline', 'WI')).not.toContain('puc-wi');
    expect(ids('electric', 'WI')[0]).toBe('puc-wi');
  });
});

describe('the state cable offices and the FCC’s rule for the rest', () => {
  const offices = authorities.filter((a) => a.kind === 'franchise_authority');

  it('are one per state, each for cable, with a phone, email or complaint page quoted from its source', () => {
    expect(offices.map((a) => a.state)).toEqual(['CA', 'CT', 'HI', 'MA', 'NJ', 'NY', 'RI', 'VT']);
    for (const a of offices) {
      expect(cableOfficeOf(a.state!)?.id, a.id).toBe(a.id);
      expect(
        a.covers.map((c) => c.category),
        a.id,
      ).toEqual(['cable_internet']);
      expect(a.complaintPage !== undefined || a.channels.length > 0, a.id).toBe(true);
    }
    expect(cableOfficeOf(' nj ')?.id).toBe('cable-nj');
    for (const state of ['TX', 'PA', 'FL', 'OH']) expect(cableOfficeOf(state), state).toBeUndefined();
  });

  it('refuse a state cable office without its state', () => {
    const bad = entry({ id: 'cable-xx', kind: 'franchise_authority', state: undefined });
    expect(check(bad)).toThrow(/franchise_authority entry needs its state/);
  });

  it('the FCC’s rule: the franchising authority named on the bill, every fact quoted from the FCC’s own pages', () => {
    expect(localFranchisingRule.facts.map((f) => f.text)).toContain(
      'Its name may be on the front or back of your cable bill; if not, ask the cable company or your town or city hall.',
    );
    for (const s of localFranchisingRule.sources) expect(s).toMatchObject({ quality: 'first-party', checked: '2026-11-30' });
  });

  it('a rule citing a source it does not list, or listing one it never cites, is refused', () => {
    const source = { id: 's', url: 'https://www.fcc.gov/guides/x', checked: '2026-11-30', quality: 'first-party' as const };
    expect(() =>
      validateRule({ id: 'r', facts: [{ text: 'A fact', source: 'other', quote: 'a passage of the page' }], sources: [source] }),
    ).toThrow(/cites unknown source "other"[\s\S]*source "s" is cited by no fact/);
    expect(() => validateRule({ id: 'r', facts: [], sources: [source] })).toThrow(/breaks its rules/);
    expect(validateRule({ id: 'r', facts: [{ text: 'A fact', source: 's', quote: 'a passage of the page' }], sources: [source] }).id).toBe(
      'r',
    );
  });
});

describe('cableTable (the README’s third coverage table)', () => {
  it('has one row per state cable office, by state, and says where everyone else goes', () => {
    const table = cableTable(authorities);
    expect(table).toMatch(/^Cable TV billing: 8 states where a state office takes cable TV complaints/);
    expect(table).toContain("the city or county's cable office named on the bill");
    expect(table).toContain('| NY | New York State Public Service Commission | not known | yes | 10 days | 1/2 |');
    const rows = table.split('\n').filter((l) => /^\| [A-Z]{2} \|/.test(l));
    expect(rows.map((r) => r.slice(2, 4))).toEqual(['CA', 'CT', 'HI', 'MA', 'NJ', 'NY', 'RI', 'VT']);
  });
});
