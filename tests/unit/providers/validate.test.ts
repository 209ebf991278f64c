/** The build refuses an entry that breaks the registry's honesty rules, naming each problem. */
import { describe, expect, it } from 'vitest';
import type { ProviderInput } from '../../../lib/providers';
import { builtInProviders } from '../../../lib/providers/data';
import { problemsOf, validateRegistry } from '../../../lib/providers/validate';

const base: ProviderInput = {
  id: 'acme',
  name: 'Acme Cable',
  categories: ['cable_internet'],
  domains: ['acme.example'],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [{ text: 'Refunds take six weeks.', source: 'acme-faq', quote: 'Refunds arrive in about six weeks.' }],
  sources: [{ id: 'acme-faq', url: 'https://acme.example/support/faq', checked: '2026-11-30', quality: 'first-party' }],
};
const entry = (over: Partial<ProviderInput>): ProviderInput => ({ ...base, ...over });
const check = (e: ProviderInput) => () => validateRegistry([e]);

describe('the build refuses an unsourced fact', () => {
  it('accepts a fact with a listed source and a quote', () => {
    expect(validateRegistry([base])).toHaveLength(1);
  });

  it('refuses a fact without a quote', () => {
    const bad = entry({ notes: [{ text: 'A fee of $1', source: 'acme-faq' } as never] });
    expect(check(bad)).toThrow(/notes\.0\.quote: every fact needs a quote of its source/);
  });

  it('refuses a quote too short to be the passage that supports the fact', () => {
    expect(check(entry({ notes: [{ text: 'A fee of $1', source: 'acme-faq', quote: 'fee' }] }))).toThrow(/quote must be the passage/);
  });

  it('refuses a fact whose source is not listed', () => {
    const bad = entry({ notes: [{ text: 'A fee of $1', source: 'nowhere', quote: 'There is a fee of $1.' }] });
    expect(check(bad)).toThrow(/notes\[0\] cites unknown source "nowhere"/);
  });

  it('refuses a quote-less channel, document, device, fee and regulator alike', () => {
    const noQuote = { source: 'acme-faq' } as never;
    for (const bad of [
      entry({ contact: [{ kind: 'phone', value: '1-800-000-0000', ...(noQuote as object) } as never] }),
      entry({ equipment: { kinds: [{ kind: 'router', source: 'acme-faq' } as never] } }),
      entry({ equipment: { fees: [{ device: 'router', upToUsd: 10, source: 'acme-faq' } as never] } }),
      entry({ escalation: { regulators: [{ regulator: 'FCC', source: 'acme-faq' } as never] } }),
      entry({ guidance: { cancel: [{ text: 'Call us.', source: 'acme-faq' } as never] } }),
    ]) {
      expect(check(bad)).toThrow(/every fact needs a quote/);
    }
  });

  it('refuses a bare homepage as the source of a specific claim', () => {
    const bad = entry({ sources: [{ id: 'acme-faq', url: 'https://acme.example/', checked: '2026-11-30', quality: 'first-party' }] });
    expect(check(bad)).toThrow(/cites a bare homepage \(https:\/\/acme\.example\/\) for a specific claim/);
  });

  it('refuses a source that no fact cites', () => {
    const bad = entry({
      sources: [...(base.sources ?? []), { id: 'unused', url: 'https://acme.example/x', checked: '2026-11-30', quality: 'first-party' }],
    });
    expect(check(bad)).toThrow(/source "unused" is cited by no fact/);
  });

  it('refuses a page dated after the day it was checked', () => {
    const bad = entry({ sources: [{ ...base.sources![0]!, published: '2027-01' }] });
    expect(check(bad)).toThrow(/was published \(2027-01\) after it was checked \(2026-11-30\)/);
  });

  it('refuses a second-hand fee or return window: they drive reminders', () => {
    const bad = entry({
      equipment: { returnWindowDays: { days: 30, source: 'guide', quote: 'Return equipment within 30 days.' } },
      sources: [...(base.sources ?? []), { id: 'guide', url: 'https://guide.example/acme', checked: '2026-11-30', quality: 'second-hand' }],
    });
    expect(check(bad)).toThrow(/must cite a first-party source, not "guide"/);
  });
});

describe('the bereavement status says plainly what is known', () => {
  it('is required of a built-in entry', () => {
    expect(check(entry({ bereavement: undefined }))).toThrow(/says nothing of its bereavement process/);
  });

  it('needs the date of the last search unless nothing was researched', () => {
    expect(check(entry({ bereavement: { status: 'none found' } }))).toThrow(/needs the date of the last search/);
    expect(check(entry({ bereavement: { status: 'not researched', searched: '2026-11-30' } }))).toThrow(/cannot have a search date/);
    expect(validateRegistry([entry({ bereavement: { status: 'not researched' } })])).toHaveLength(1);
  });

  it('"none found" cannot carry bereavement facts', () => {
    const bad = entry({
      bereavement: {
        status: 'none found',
        searched: '2026-11-30',
        channels: [{ kind: 'phone', value: '1-800-000-0000', source: 'acme-faq', quote: 'Call 1-800-000-0000 for billing.' }],
      },
    });
    expect(check(bad)).toThrow(/"none found" cannot have bereavement facts \(bereavement\.channels\[0\]\)/);
  });

  it('"verified first-party" needs the provider’s own page, cited by a bereavement fact', () => {
    const page = { id: 'acme-death', url: 'https://acme.example/support/deceased', checked: '2026-11-30', quality: 'first-party' as const };
    const fact = { text: 'Use the form.', source: 'acme-death', quote: 'If the account holder has died, use this form.' };
    expect(
      check(
        entry({
          bereavement: { status: 'verified first-party', searched: '2026-11-30', notes: [fact] },
          sources: [...base.sources!, page],
        }),
      ),
    ).toThrow(/needs bereavement\.url to be a listed first-party source/);
    const guide = { ...page, quality: 'second-hand' as const };
    expect(
      check(
        entry({
          bereavement: { status: 'verified first-party', searched: '2026-11-30', url: page.url, notes: [fact] },
          sources: [...base.sources!, guide],
        }),
      ),
    ).toThrow(/needs bereavement\.url to be a listed first-party source/);
    expect(
      validateRegistry([
        entry({
          bereavement: { status: 'verified first-party', searched: '2026-11-30', url: page.url, notes: [fact] },
          sources: [...base.sources!, page],
        }),
      ]),
    ).toHaveLength(1);
  });

  it('"second-hand only" needs at least one sourced bereavement fact, and no page of the provider’s own', () => {
    expect(check(entry({ bereavement: { status: 'second-hand only', searched: '2026-11-30' } }))).toThrow(
      /needs at least one sourced bereavement fact/,
    );
  });
});

describe('renamed providers', () => {
  it('list the old domains among their own, with a source and quote or neither', () => {
    expect(check(entry({ formerly: [{ name: 'Old Cable', domains: ['oldcable.example'] }] }))).toThrow(
      /former domain "oldcable\.example" of Old Cable is not in domains/,
    );
    expect(check(entry({ formerly: [{ name: 'Old Cable', source: 'acme-faq' }] }))).toThrow(/needs both a source and a quote, or neither/);
  });
});

describe('every built-in entry keeps every rule', () => {
  it.each(builtInProviders.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    expect(problemsOf(validateRegistry([p])[0]!)).toEqual([]);
  });

  it('reports every problem at once, not only the first', () => {
    const bad = entry({ bereavement: undefined, domains: [] });
    expect(check(bad)).toThrow(/no domains or hosts[\s\S]*says nothing of its bereavement process/);
  });
});
