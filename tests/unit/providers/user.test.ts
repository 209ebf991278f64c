import { describe, expect, it } from 'vitest';
import type { UserProvider } from '../../../lib/model';
import { builtInMatcher } from '../../../lib/providers';
import { buildMatcher } from '../../../lib/providers/registry';
import { domainOfAddress, newUserProvider, providerIdOf } from '../../../lib/providers/track';
import { originPatternOf, providerOfUser, trackedSitesPlan } from '../../../lib/providers/user';

const coop: UserProvider = {
  id: 'user-mycoop-com',
  name: 'My Co-op Electric',
  category: 'electric',
  domain: 'mycoop.com',
  createdAt: '2026-11-22T10:00:00.000Z',
};

describe('user providers in the matcher', () => {
  const matcher = buildMatcher([coop]);

  it('recognizes a tracked site, its subdomains and any page kind', () => {
    expect(matcher.match('https://mycoop.com/')?.provider.id).toBe('user-mycoop-com');
    expect(matcher.match('https://pay.mycoop.com:8080/billing')?.provider).toMatchObject({
      id: 'user-mycoop-com',
      name: 'My Co-op Electric',
      categories: ['electric'],
    });
    expect(matcher.match('https://www.mycoop.com/stop-service')?.pageKind).toBe('cancel');
    // Its plain http pages are not its own (a network attacker can write them).
    expect(matcher.match('http://pay.mycoop.com:8080/billing')).toBeNull();
    expect(providerIdOf('http://mycoop.com/', [coop])).toBeUndefined();
    expect(matcher.provider('user-mycoop-com')?.name).toBe('My Co-op Electric');
  });

  it('still recognizes the built-in registry', () => {
    expect(matcher.match('https://customer.xfinity.com/')?.provider.id).toBe('xfinity');
    expect(matcher.provider('xfinity')?.name).toBe('Xfinity');
  });

  it('never matches lookalikes of a tracked site', () => {
    for (const url of [
      'https://mycoop.com.evil.net/',
      'https://mycoop.co/',
      'https://notmycoop.com/',
      'https://evil.net/?u=mycoop.com',
      'https://mycoop.com@evil.net/',
    ]) {
      expect(matcher.match(url), url).toBeNull();
    }
  });

  it('lets a built-in entry win on a domain both claim', () => {
    const clash: UserProvider = { ...coop, id: 'user-xfinity-com', name: 'My cable', domain: 'xfinity.com' };
    expect(buildMatcher([clash]).match('https://xfinity.com/')?.provider.id).toBe('xfinity');
  });

  it('makes a provider with the category playbook and no invented facts', () => {
    const p = providerOfUser(coop);
    expect(p).toMatchObject({ categories: ['electric'], domains: ['mycoop.com'], guidance: {}, sources: [] });
    expect(p.bereavement).toBeUndefined();
  });
});

describe('domainOfAddress', () => {
  it.each([
    ['mycoop.com', 'mycoop.com'],
    ['  www.MyCoop.com/pay?x=1 ', 'mycoop.com'],
    ['https://billing.mycoop.co.uk/login', 'mycoop.co.uk'],
    ['http://mycoop.com:8080', 'mycoop.com'],
    ['my coop', null],
    ['localhost', null],
    ['192.168.1.1', null],
    ['javascript:alert(1)', null],
    ['', null],
    ['co.uk', null],
  ])('%s -> %s', (typed, domain) => expect(domainOfAddress(typed)).toBe(domain));

  it('asks for the domain and its subdomains only', () => {
    expect(originPatternOf('mycoop.com')).toBe('https://*.mycoop.com/*');
  });
});

describe('newUserProvider', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  it('makes a row from the form', () => {
    const r = newUserProvider(
      { address: 'https://www.mycoop.com/account', name: ' My Co-op Electric ', category: 'electric' },
      builtInMatcher,
      now,
    );
    expect(r).toEqual({ ok: true, row: { ...coop, createdAt: now.toISOString() } });
  });

  it('refuses a site already recognized, naming the provider', () => {
    const r = newUserProvider({ address: 'customer.xfinity.com', name: 'Cable', category: 'cable_internet' }, builtInMatcher, now);
    expect(r).toEqual({ ok: false, errors: { address: 'xfinity.com is already recognized as Xfinity.' } });
    const again = newUserProvider({ address: 'mycoop.com', name: 'Again', category: 'electric' }, buildMatcher([coop]), now);
    expect(again.ok).toBe(false);
  });

  it('explains each missing or wrong field', () => {
    const r = newUserProvider({ address: 'not a site', name: '  ', category: 'electric' }, builtInMatcher, now);
    expect(r.ok).toBe(false);
    expect(!r.ok && Object.keys(r.errors).sort()).toEqual(['address', 'name']);
  });
});

describe('providerIdOf', () => {
  it('names a built-in provider by the registry first', () => {
    expect(providerIdOf('https://www.xfinity.com/support', [coop])).toBe('xfinity');
  });

  it('then a tracked site, by registrable domain (subdomains too)', () => {
    expect(providerIdOf('https://mycoop.com/', [coop])).toBe('user-mycoop-com');
    expect(providerIdOf('https://pay.mycoop.com/billing', [coop])).toBe('user-mycoop-com');
  });

  it('names nothing for other sites, lookalikes and non-web addresses', () => {
    expect(providerIdOf('https://example.org/', [coop])).toBeUndefined();
    expect(providerIdOf('https://mycoop.com.evil.net/', [coop])).toBeUndefined();
    expect(providerIdOf('chrome://extensions', [coop])).toBeUndefined();
    expect(providerIdOf('not a url', [])).toBeUndefined();
    expect(providerIdOf('https://mycoop.com/', [])).toBeUndefined();
  });

  it('lets a built-in entry win on a domain a tracked row also claims', () => {
    const clash = { id: 'user-xfinity-com', domain: 'xfinity.com' };
    expect(providerIdOf('https://www.xfinity.com/', [clash])).toBe('xfinity');
  });
});

describe('trackedSitesPlan', () => {
  const gas = { id: 'user-citygas-net', domain: 'citygas.net' };

  it('registers each granted site that has no script yet, on the site and its subdomains', () => {
    expect(trackedSitesPlan([coop, gas], [])).toEqual({
      unregister: [],
      register: [
        { id: 'user-mycoop-com', pattern: 'https://*.mycoop.com/*' },
        { id: 'user-citygas-net', pattern: 'https://*.citygas.net/*' },
      ],
    });
  });

  it('changes nothing when the scripts already match (idempotent)', () => {
    expect(trackedSitesPlan([coop, gas], ['user-mycoop-com', 'user-citygas-net'])).toEqual({ unregister: [], register: [] });
  });

  it('unregisters tracked-site scripts no longer granted or tracked, and leaves other scripts alone', () => {
    expect(trackedSitesPlan([gas], ['user-mycoop-com', 'user-citygas-net', 'something-else'])).toEqual({
      unregister: ['user-mycoop-com'],
      register: [],
    });
    expect(trackedSitesPlan([], ['user-mycoop-com', 'other'])).toEqual({ unregister: ['user-mycoop-com'], register: [] });
  });

  it('replaces a script registered for other pages (an older version ran on http too)', () => {
    const matches = new Map([
      ['user-mycoop-com', ['*://*.mycoop.com/*']],
      ['user-citygas-net', ['https://*.citygas.net/*']],
    ]);
    expect(trackedSitesPlan([coop, gas], ['user-mycoop-com', 'user-citygas-net'], matches)).toEqual({
      unregister: ['user-mycoop-com'],
      register: [{ id: 'user-mycoop-com', pattern: 'https://*.mycoop.com/*' }],
    });
  });

  it('registers and unregisters in one plan', () => {
    expect(trackedSitesPlan([gas], ['user-mycoop-com'])).toEqual({
      unregister: ['user-mycoop-com'],
      register: [{ id: 'user-citygas-net', pattern: 'https://*.citygas.net/*' }],
    });
  });
});
