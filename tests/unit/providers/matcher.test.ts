import { describe, expect, it, vi } from 'vitest';
import { builtInMatcher, matchPatternsFor, registry } from '../../../lib/providers';
import { siteOf } from '../../../lib/providers/site';

describe('real provider URLs', () => {
  it.each([
    ['https://customer.xfinity.com/#/billing', 'xfinity'],
    ['https://www.xfinity.com/support/articles/account-holder-passed-away', 'xfinity'],
    ['https://login.xfinity.com/login?r=comcast.net', 'xfinity'],
    ['https://xfinity.com/', 'xfinity'],
    // Plain http is nobody's: anyone on the network can write such a page.
    ['http://xfinity.com/', null],
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

describe('plain http pages', () => {
  it.each([
    'http://xfinity.com/',
    'http://customer.xfinity.com/#/confirmation',
    'HTTP://WWW.XFINITY.COM/support/request-received',
    'http://www.att.com:80/acctmgmt/billing',
    'http://account.t-mobile.com/signin/v2/',
  ])('%s belongs to no provider, though its https twin does', (url) => {
    expect(builtInMatcher.match(url)).toBeNull();
    expect(builtInMatcher.providerOf(url)).toBeNull();
    expect(siteOf(url)).toBeNull();
    expect(builtInMatcher.match(url.replace(/^http:/i, 'https:'))).not.toBeNull();
  });

  it('the manifest asks for and runs on https pages only', () => {
    const patterns = matchPatternsFor(registry);
    expect(patterns).toContain('https://*.xfinity.com/*');
    expect(patterns.filter((p) => !p.startsWith('https://'))).toEqual([]);
  });
});

// The domains and hosts added with the registry's renamed providers and account hosts, and their lookalikes.
const newNameLookalikes = [
  'https://paygonline.com.refund-center.net/',
  'https://vzw-billing.com/',
  'https://verizon.net.login-secure.co/',
  'https://timewarnercable-support.com/',
  'https://brighthouse-cable.net/',
  'https://icloud.com.find-my-iphone.support/',
  'https://www.disney.com/', // only the Disney account host (my.disney.com) is Disney+'s
  'https://disney.com/',
  'https://mydish-payments.com/',
  'https://piedmontng.com.evil.io/',
  'https://another-company.zendesk.com/hc/en-us', // only PG&E's help desk on zendesk.com
  'https://www.zendesk.com/',
  'https://sprint.com.account-verify.net/',
  'https://aiowireless.co/',
  'https://sirius-xm-radio.com/',
  'https://gulfpower.net/',
  'https://suddenlink.com.evil.example/',
  'https://www.google.com/', // only fiber.google.com
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ', // only tv.youtube.com
  'https://spectrum.net.verify.io/',
  'https://att.com.survivorhelp.info/',
];

describe('lookalikes of the new names', () => {
  it('together with the first corpus, at least 60 cases', () =>
    expect(neverProviders.length + newNameLookalikes.length).toBeGreaterThanOrEqual(60));
  it.each(newNameLookalikes)('%s is no provider', (url) => {
    expect(builtInMatcher.match(url)).toBeNull();
  });
  it.each([
    ['https://www.paygonline.com/websc/loginPage.html', 'att'],
    ['https://www.vzw.com/', 'verizon'],
    ['https://mail.verizon.net/', 'verizon'],
    ['https://www.timewarnercable.com/en/support/account-and-billing/topics/transfer-or-cancel-service.html', 'spectrum'],
    ['https://www.brighthouse.com/', 'spectrum'],
    ['https://www.icloud.com/', 'apple'],
    ['https://my.disney.com/', 'disney-plus'],
    ['https://www.mydish.com/login', 'dish'],
    ['https://www.piedmontng.com/home/start-stop-move', 'duke-energy'],
    ['https://pgesupport.zendesk.com/hc/en-us/articles/236010268-How-do-I-start-service-', 'pge'],
    ['https://www.sprint.com/', 't-mobile'],
    ['https://www.aiowireless.com/', 'cricket'],
    ['https://www.sirius.com/', 'siriusxm'],
    ['https://www.gulfpower.com/', 'fpl'],
    ['https://help.suddenlink.com/knowledge/authorized-user', 'optimum'],
  ])('%s is %s', (url, id) => {
    expect(builtInMatcher.match(url)?.provider.id).toBe(id);
  });
});

// The telecom, wireless and streaming names added for issue #16's coverage, and their lookalikes.
const addedNameLookalikes = [
  'https://astound-billing.com/',
  'https://rcn.com.account-update.net/',
  'https://sparklight-pay.com/',
  'https://breezeline.co/',
  'https://brightspeed.com.verify-login.io/',
  'https://ziplyfibre.com/',
  'https://tdstelecom-support.net/',
  'https://mymetronet.net.secure-pay.info/',
  'https://hughesnet-billing.com/',
  'https://viasat.com.login.example.org/',
  'https://starlink-refund.com/',
  'https://consolidated-billing.com/',
  'https://altafiber.net/',
  'https://straighttalk.com.refill-now.net/',
  'https://tracfone-support.co/',
  'https://totalwireless.co/',
  'https://tello.com.evil.io/',
  'https://assurancewireless-lifeline.com/',
  'https://safelinkwireless.com.claim.info/',
  'https://h2owireless-pay.com/',
  'https://redpocket.co/',
  'https://republicwireless.com.help-desk.net/',
  'https://myfamilymobile.co/',
  'https://paramountplus-account.com/',
  'https://peacocktv.com.signin.example.net/',
  'https://sling-tv-billing.com/',
  'https://fubo.tv.account-check.io/',
  'https://audible.com.refunds.info/',
  'https://pandora-premium.net/',
  'https://starz-cancel.com/',
  'https://amcplus.co/',
  'https://crunchyroll-premium.net/',
  'https://philo.com.evil.io/',
  'https://discoveryplus-cancel.com/',
  'https://microsoft-account-recovery.com/',
  'https://xbox.com.gift-card.info/',
  'https://google.com.account-recovery.net/',
  'https://www.google.com/search?q=google+fi+deceased', // only fi.google.com and Google's account hosts
  'https://mail.google.com/', // Gmail's pages are no account page of this registry
  'https://www.espn.com/nfl/', // only the ESPN+ host
];

describe('lookalikes of the added telecom, wireless and streaming names', () => {
  it('add at least 40 cases to the corpus', () => expect(addedNameLookalikes.length).toBeGreaterThanOrEqual(40));
  it.each(addedNameLookalikes)('%s is no provider', (url) => {
    expect(builtInMatcher.match(url)).toBeNull();
  });
  it.each([
    ['https://fi.google.com/account', 'google-fi'],
    ['https://myaccount.google.com/', 'google-account'],
    ['https://plus.espn.com/', 'espn-plus'],
    ['https://www.rcn.com/', 'astound'],
    ['https://mygrande.com/policies-disclaimers/dmca', 'astound'],
    ['https://atlanticbb.com/my-services/my-account/outages-and-storms', 'breezeline'],
    ['https://www.exede.com/', 'viasat'],
    ['https://www.audible.ca/contactus', 'audible'],
    ['https://community.republicwireless.com/docs/DOC-1625', 'republic-wireless'],
    ['https://fiber.google.com/', 'google-fiber'],
    ['https://tv.youtube.com/', 'youtube-tv'],
  ])('%s is %s', (url, id) => {
    expect(builtInMatcher.match(url)?.provider.id).toBe(id);
  });
});

describe('the generic sign-in pattern', () => {
  it.each([
    ['https://www.spectrum.net/support/manage-account/authorized-user-privileges', 'account'],
    ['https://www.xfinity.com/support/authorization-form', 'other'],
    ['https://www.xfinity.com/oauth2/authorize?client_id=1', 'sign_in'],
    ['https://www.xfinity.com/auth/start', 'sign_in'],
    ['https://www.xfinity.com/authn', 'sign_in'],
    ['https://www.xfinity.com/sso/start', 'sign_in'],
    ['https://www.xfinity.com/professor', 'other'],
  ])('%s is %s', (url, kind) => {
    expect(builtInMatcher.match(url)?.pageKind).toBe(kind);
  });
});

describe('siteOf', () => {
  it('keeps the registrable domain and drops anything not a public http(s) site', () => {
    expect(siteOf('https://a.b.customer.xfinity.com/x?y#z')).toEqual({
      hostname: 'a.b.customer.xfinity.com',
      domain: 'xfinity.com',
      path: '/x?y#z',
    });
    expect(siteOf('https://foo.co.uk/')?.domain).toBe('foo.co.uk');
    expect(siteOf('https://co.uk/')).toBeNull();
  });
});

describe('matching without the Public Suffix List', () => {
  // What splitting the host by the Public Suffix List gives: a specific host of the registry, else its registrable domain.
  const byList = (url: string) => {
    const site = siteOf(url);
    if (!site) return null;
    const withHost = registry.filter((p) => p.hosts.some((h) => site.hostname === h || site.hostname.endsWith(`.${h}`)));
    const pick = (list: typeof registry) => [...list].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id))[0];
    return (pick(withHost) ?? pick(registry.filter((p) => p.domains.includes(site.domain))))?.id ?? null;
  };
  const tricky = (domain: string) => [
    `https://${domain}/`,
    `https://www.${domain}/x`,
    `https://a.b.${domain}/`,
    `https://${domain}.evil.net/`,
    `https://${domain}.co.uk/`,
    `https://x${domain}/`,
    `https://${domain}./final-dot`,
    `https://${domain.split('.')[0]}.com.au/`,
  ];
  it('finds the provider the suffix list would, for every registry domain, host and test address, and their lookalikes', () => {
    const urls = registry.flatMap((p) => [...p.testUrls.map((t) => t.url), ...p.domains.flatMap(tricky), ...p.hosts.flatMap(tricky)]);
    expect(urls.length).toBeGreaterThan(500);
    const differ = urls.filter((url) => (builtInMatcher.providerOf(url)?.id ?? null) !== byList(url));
    expect(differ).toEqual([]);
  });
});

describe('page kinds', () => {
  it.each([
    ['https://www.xfinity.com/support/articles/account-holder-passed-away', 'bereavement'],
    ['https://login.xfinity.com/login', 'sign_in'],
    ['https://www.xfinity.com/login', 'sign_in'], // generic fallback: the host-limited pattern does not apply
    ['https://customer.xfinity.com/billing', 'billing'],
    ['https://www.xfinity.com/billing', 'billing'],
    ['https://customer.xfinity.com/', 'account'],
    ['https://www.xfinity.com/', 'other'],
    ['https://www.xfinity.com/support/transfer-service', 'transfer'],
    ['https://www.xfinity.com/order/thank-you', 'confirmation'],
    ['https://www.xfinity.com/support/articles/return-equipment', 'equipment_return'],
    ['https://www.att.com/support/article/wireless/KM1008728/?q=Deceased', 'bereavement'],
  ])('%s is %s', (url, kind) => {
    expect(builtInMatcher.match(url)?.pageKind).toBe(kind);
  });

  it('compiles a provider pattern once, not on every call', () => {
    const spy = vi.spyOn(globalThis, 'RegExp');
    for (let i = 0; i < 50; i += 1) builtInMatcher.match(`https://customer.xfinity.com/billing?n=${i}`);
    expect(spy.mock.calls.length).toBe(0);
  });
});
