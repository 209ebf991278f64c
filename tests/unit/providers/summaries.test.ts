import { describe, expect, it } from 'vitest';
import { providerIndex } from '../../../lib/providers/builtInIndex';
import { buildMatcher, builtInMatcher, registry } from '../../../lib/providers/registry';
import { buildSummaryMatcher, summaryMatcher } from '../../../lib/providers/summaries';
import { summaryOf } from '../../../lib/providers/summary';

describe('the providers’ summaries (what the panel’s first screen loads)', () => {
  it('match every test URL of the registry exactly as the whole entries do, with the same page kind', () => {
    const urls = registry.flatMap((p) => p.testUrls.map((u) => u.url));
    expect(urls.length).toBeGreaterThan(100);
    for (const url of [...urls, 'https://xfinity.com.account-check.net/', 'http://xfinity.com/', 'https://example.com/']) {
      const whole = builtInMatcher.match(url);
      const summary = summaryMatcher.match(url);
      expect(summary?.provider.id, url).toBe(whole?.provider.id);
      expect(summary?.pageKind, url).toBe(whole?.pageKind);
    }
  });

  it('keep the name, kinds of service and the equipment figures the dashboard counts by, without facts or sources', () => {
    expect(providerIndex.map((p) => p.id)).toEqual(registry.map((p) => p.id));
    const xfinity = registry.find((p) => p.id === 'xfinity')!;
    const summary = summaryOf(xfinity);
    expect(summary).toMatchObject({ id: 'xfinity', name: xfinity.name, categories: xfinity.categories });
    expect(summary.equipment?.fees).toEqual(xfinity.equipment?.fees.map((f) => ({ device: f.device, upToUsd: f.upToUsd })));
    expect(summary.equipment?.returnWindowDays?.days).toBe(xfinity.equipment?.returnWindowDays?.days);
    expect(JSON.stringify(summary)).not.toMatch(/"quote"|"sources"|"guidance"/);
    expect(summaryMatcher.byCategory().map((c) => c.providers.map((p) => p.id))).toEqual(
      builtInMatcher.byCategory().map((c) => c.providers.map((p) => p.id)),
    );
  });

  it('recognize the user’s own sites as the whole registry does', () => {
    const coop = {
      id: 'user-mycoop-com',
      name: 'My Co-op Electric',
      category: 'electric' as const,
      domain: 'mycoop.com',
      createdAt: '2026-11-22T10:00:00.000Z',
    };
    expect(buildSummaryMatcher([coop]).match('https://pay.mycoop.com/bill')?.provider.name).toBe('My Co-op Electric');
    expect(buildSummaryMatcher([coop]).match('https://pay.mycoop.com/bill')?.pageKind).toBe(
      buildMatcher([coop]).match('https://pay.mycoop.com/bill')?.pageKind,
    );
  });
});
