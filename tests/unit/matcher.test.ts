import { describe, expect, it } from 'vitest';
import { builtInMatcher, siteOf } from '../../lib/providers';

describe('real provider URLs', () => {
  it.each([
    ['https://customer.xfinity.com/#/billing', 'xfinity'],
    ['https://www.xfinity.com/support/articles/account-holder-passed-away', 'xfinity'],
    ['https://login.xfinity.com/login?r=comcast.net', 'xfinity'],
    ['http://xfinity.com/', 'xfinity'],
    ['https://XFINITY.COM:443/Support', 'xfinity'],
    ['https://customer.xfinity.com:8443/path', 'xfinity'],
    ['https://www.comcast.com/', 'xfinity'],
    ['https://connect.xfinity.com./appsuite', 'xfinity'],
    ['https://www.att.com/acctmgmt/billing', 'att'],
    ['https://signin.att.com/dynamic/iamLRR/LrrController?IAM_OP=login', 'att'],
    ['https://currently.att.yahoo.com/', null],
    ['https://www.t-mobile.com/support/account/cancel-service', 't-mobile'],
    ['https://account.t-mobile.com/signin/v2/', 't-mobile'],
  ])('%s -> %s', (url, id) => {
    expect(builtInMatcher.match(url)?.provider.id ?? null).toBe(id);
  });
});

// Lookalikes, tricks and non-web addresses: none of these may ever be taken for a provider.
const neverProviders = [
  'https://xfinity.com.account-check.net/login',
  'https://xfinity.com.verify-account.net/',
  'https://customer.xfinity.com.evil.io/#/billing',
  'https://xfinity-billing.com/',
  'https://my-xfinity.com/',
  'https://xfinityy.com/',
  'https://xfiniity.com/',
  'https://xfinity.co/',
  'https://xfinity.net/',
  'https://comcast-support.net/',
  'https://att-billing.com/',
  'https://www.att.com-secure.info/',
  'https://attt.com/',
  'https://verizon-support.co/',
  'https://t-mobile-payments.com/',
  'https://tmobile.com.login.example.org/',
  'https://www.xn--xfinty-j8a.com/', // xfinïty punycode
  'https://xn--xfnity-3ve.com/', // Cyrillic i homograph
  'https://xn--ttt-0na.com/',
  'https://xn--80ak6aa92e.com/', // Cyrillic "apple" homograph
  'https://192.168.1.1/xfinity',
  'https://[2001:db8::1]/att',
  'http://127.0.0.1:8080/customer.xfinity.com',
  'http://localhost/xfinity.com',
  'http://localhost:3000/att',
  'file:///home/me/xfinity.com/bill.html',
  'chrome://settings/?search=xfinity',
  'chrome-extension://abcdefghijklmnop/xfinity.com',
  'data:text/html,<title>xfinity.com</title>',
  'javascript:alert("xfinity.com")',
  'about:blank#xfinity.com',
  'ftp://ftp.xfinity.com/',
  'https://www.google.com/search?q=xfinity+account+holder+passed+away',
  'https://www.bing.com/search?q=customer.xfinity.com',
  'https://duckduckgo.com/?q=att.com+deceased',
  'https://en.wikipedia.org/wiki/Comcast',
  'https://www.reddit.com/r/Comcast_Xfinity/',
  'https://xfinity.com@evil.example.com/',
  'https://customer.xfinity.com:pass@evil.example.com/',
  'https://evil.example.com/?next=https://customer.xfinity.com/',
  'https://evil.example.com/#customer.xfinity.com',
  'https://xfinity.github.io/',
  'https://att.blogspot.com/',
  'not a url',
  '',
  'https://',
  'https://xfinity/',
  'https://com/',
];

describe('lookalikes and non-web addresses', () => {
  it('has a corpus of at least 30 cases', () => expect(neverProviders.length).toBeGreaterThanOrEqual(30));
  it.each(neverProviders)('%s is no provider', (url) => {
    expect(builtInMatcher.match(url)).toBeNull();
  });
});

describe('siteOf', () => {
  it('keeps the registrable domain and drops anything not a public http(s) site', () => {
    expect(siteOf('https://a.b.customer.xfinity.com/x?y#z')).toEqual({ hostname: 'a.b.customer.xfinity.com', domain: 'xfinity.com', path: '/x?y#z' });
    expect(siteOf('https://foo.co.uk/')?.domain).toBe('foo.co.uk');
    expect(siteOf('https://co.uk/')).toBeNull();
  });
});
