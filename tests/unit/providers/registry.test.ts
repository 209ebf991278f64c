import { describe, expect, it } from 'vitest';
import { builtInMatcher, matchPatternsFor, type ProviderInput, ProviderMatcher, registry, validateRegistry } from '../../../lib/providers';
import { builtInProviders } from '../../../lib/providers/data';

describe('registry data', () => {
  it('validates, with every fact citing a listed source', () => {
    expect(registry.length).toBe(builtInProviders.length);
    for (const p of registry) {
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      for (const s of p.sources) expect(s.checked, `${p.id} ${s.id}`).toMatch(/^20\d\d-\d\d-\d\d$/);
    }
  });

  it('refuses a fact without a listed source', () => {
    const bad: ProviderInput = { ...builtInProviders[0]!, notes: [{ text: 'A fee of $1', source: 'nowhere' }] };
    expect(() => validateRegistry([bad])).toThrow(/unknown source "nowhere"/);
  });

  it('refuses a domain that is not registrable', () => {
    const bad: ProviderInput = { ...builtInProviders[0]!, domains: ['customer.xfinity.com'] };
    expect(() => validateRegistry([bad])).toThrow(/not a registrable domain/);
  });
});

// Table-driven: every provider's own test URLs resolve to it, with the page kind it declares.
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
