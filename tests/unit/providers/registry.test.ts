import { describe, expect, it } from 'vitest';
import {
  builtInMatcher,
  citedFacts,
  matchPatternsFor,
  type ProviderInput,
  ProviderMatcher,
  providerById,
  registry,
  sourceOf,
} from '../../../lib/providers';
import { builtInProviders } from '../../../lib/providers/data';
import { validateRegistry } from '../../../lib/providers/validate';

describe('registry data', () => {
  it('validates, with every fact citing a listed source', () => {
    expect(registry.length).toBe(builtInProviders.length);
    for (const p of registry) {
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      for (const s of p.sources) expect(s.checked, `${p.id} ${s.id}`).toMatch(/^20\d\d-\d\d-\d\d$/);
    }
  });

  it('refuses a fact without a listed source', () => {
    const bad: ProviderInput = {
      ...builtInProviders[0]!,
      notes: [{ text: 'A fee of $1', source: 'nowhere', quote: 'A fee of $1 applies.' }],
    };
    expect(() => validateRegistry([bad])).toThrow(/unknown source "nowhere"/);
  });

  it('refuses a domain that is not registrable', () => {
    const bad: ProviderInput = { ...builtInProviders[0]!, domains: ['customer.xfinity.com'] };
    expect(() => validateRegistry([bad])).toThrow(/not a registrable domain/);
  });
});

describe('what the registry knows, said plainly', () => {
  it('every provider states its bereavement status, with the date of the last search', () => {
    for (const p of registry) {
      expect(p.bereavement?.status, p.id).toBeDefined();
      if (p.bereavement?.status !== 'not researched') expect(p.bereavement?.searched, p.id).toMatch(/^20\d\d-\d\d-\d\d$/);
    }
  });

  it('every fact carries a quote and cites a listed source', () => {
    for (const p of registry) {
      for (const f of citedFacts(p)) {
        expect(f.quote.length, `${p.id} ${f.where}`).toBeGreaterThanOrEqual(8);
        expect(sourceOf(p, f.source), `${p.id} ${f.where}`).toBeDefined();
      }
    }
  });

  it('general customer-service numbers are contact lines, never bereavement lines (audit: 11 providers)', () => {
    const audited = [
      'frontier',
      'mediacom',
      'wow',
      'google-fiber',
      'sce',
      'fpl',
      'dominion-energy',
      'georgia-power',
      'xcel-energy',
      'socalgas',
      'american-water',
    ];
    for (const id of audited) {
      const p = providerById(id)!;
      expect(p.bereavement?.channels ?? [], id).toEqual([]);
      expect(p.contact.length, id).toBeGreaterThan(0);
    }
    // AT&T's name-change line is general too.
    expect(providerById('att')!.bereavement?.channels.map((c) => c.value)).not.toContain('800.331.0500');
    expect(providerById('att')!.contact.map((c) => c.value)).toContain('800.331.0500');
  });

  it('every test URL is marked as seen in a source or as a constructed shape', () => {
    const all = registry.flatMap((p) => p.testUrls);
    expect(all.every((t) => t.origin === 'seen' || t.origin === 'constructed')).toBe(true);
    expect(all.filter((t) => t.origin === 'seen').length).toBeGreaterThan(50);
  });
});

// Table-driven: every provider's own test URLs resolve to it, with the page kind it declares.
describe('test URLs cover every provider', () => {
  it.each(registry.map((p) => [p.id, p] as const))('%s has test URLs on each of its domains and hosts', (_id, provider) => {
    expect(provider.testUrls.length).toBeGreaterThan(0);
    const hostnames = provider.testUrls.map((t) => new URL(t.url).hostname);
    for (const site of [...provider.domains, ...provider.hosts]) {
      expect(
        hostnames.some((h) => h === site || h.endsWith(`.${site}`)),
        `${provider.id}: no test URL on ${site}`,
      ).toBe(true);
    }
  });
});

describe.each(registry.map((p) => [p.id, p] as const))('test URLs of %s', (_id, provider) => {
  it.each(provider.testUrls.map((t) => [t.url, t.kind] as const))('%s is %s', (url, kind) => {
    const match = builtInMatcher.match(url);
    expect(match?.provider.id).toBe(provider.id);
    expect(match?.pageKind).toBe(kind);
  });
});

describe('manifest match patterns', () => {
  it('cover each domain and its subdomains, nothing broader', () => {
    const patterns = matchPatternsFor(registry);
    expect(patterns).toContain('https://*.xfinity.com/*');
    expect(patterns.some((p) => p.includes('<all_urls>') || p === '*://*/*')).toBe(false);
  });
});

describe('deterministic resolution', () => {
  it('picks the same entry for a shared domain whatever the order', () => {
    const a = { ...builtInProviders[0]!, id: 'aaa', domains: ['shared.com'], hosts: [] };
    const b = { ...builtInProviders[0]!, id: 'bbb', domains: ['shared.com'], hosts: [] };
    const one = new ProviderMatcher(validateRegistry([a, b]));
    const two = new ProviderMatcher(validateRegistry([b, a]));
    expect(one.match('https://shared.com/x')?.provider.id).toBe('aaa');
    expect(two.match('https://shared.com/x')?.provider.id).toBe('aaa');
  });

  it('prefers a specific host on a shared domain, and higher priority', () => {
    const whole = { ...builtInProviders[0]!, id: 'whole', domains: ['shared.com'], hosts: [] };
    const part = { ...builtInProviders[0]!, id: 'part', domains: [], hosts: ['fiber.shared.com'] };
    const m = new ProviderMatcher(validateRegistry([whole, part]));
    expect(m.match('https://fiber.shared.com/account')?.provider.id).toBe('part');
    expect(m.match('https://x.fiber.shared.com/')?.provider.id).toBe('part');
    expect(m.match('https://www.shared.com/')?.provider.id).toBe('whole');
    const high = { ...whole, id: 'zzz', priority: 5 };
    expect(new ProviderMatcher(validateRegistry([whole, high])).match('https://shared.com')?.provider.id).toBe('zzz');
  });
});

describe('the registry as the extension ships it', () => {
  it('survives JSON unchanged (the build ships it as JSON, validated at build time)', () => {
    expect(JSON.parse(JSON.stringify(registry))).toStrictEqual(registry);
  });
});
