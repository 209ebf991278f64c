/**
 * URL -> provider, by registrable domain through the Public Suffix List (tldts),
 * never by substring: `xfinity.com.verify-account.net` is verify-account.net's.
 */
import { parse } from 'tldts';
import { type Category, categories, type PageKind } from '../model';
import type { Provider } from './schema';

export interface ProviderMatch {
  provider: Provider;
  hostname: string;
  pageKind: PageKind;
}

/**
 * The parts of a URL the matcher trusts, or null for anything that is not a public
 * https site. A plain http:// page is nobody's: anyone on the network between the
 * user and the site (a café's Wi-Fi) can write it, including a fake confirmation
 * number that would be kept as the provider's proof.
 */
export function siteOf(rawUrl: string): { hostname: string; domain: string; path: string } | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.username || url.password) return null; // https://xfinity.com@evil.net tricks
  // The URL parser already lowercased and validated the hostname: tldts only needs to split it.
  const parsed = parse(url.hostname, { extractHostname: false, validateHostname: false, mixedInputs: false });
  if (parsed.isIp || !parsed.domain || !parsed.isIcann || !parsed.hostname) return null;
  return { hostname: parsed.hostname, domain: parsed.domain, path: url.pathname + url.search + url.hash };
}

const genericPageKinds: Array<[PageKind, RegExp]> = [
  ['bereavement', /deceased|bereave|passed-?away|death|survivor|estate/i],
  ['transfer', /transfer|change-?of-?(owner|responsibility|name)|name-?change|take-?over/i],
  ['equipment_return', /return-?(equipment|device|kit)|equipment-?return|returns?\b/i],
  ['confirmation', /confirm|order-?(status|details)|thank-?you|receipt/i],
  ['cancel', /cancel|disconnect|close-?account|stop-?service|move-?out|stop-?service/i],
  // "auth" as a word or an OAuth step, never inside "authorized" (spectrum.net's authorized-user-privileges is no sign-in).
  ['sign_in', /sign-?in|log-?in|(?<![a-z])o?auth(?:orize|enticate|entication|n)?(?![a-z])|(?<![a-z])sso(?![a-z])/i],
  ['billing', /bill|payment|pay-?bill|statement/i],
  ['account', /account|my-?account|overview|profile|dashboard/i],
];

interface CompiledPattern {
  kind: PageKind;
  host?: string;
  re: RegExp;
}

// Each provider's patterns are compiled once, the first time its pages are classified.
const compiled = new WeakMap<Provider, CompiledPattern[]>();

function patternsOf(provider: Provider): CompiledPattern[] {
  let patterns = compiled.get(provider);
  if (!patterns) {
    patterns = provider.pages.map((p) => ({ kind: p.kind, host: p.host, re: new RegExp(p.path, 'i') }));
    compiled.set(provider, patterns);
  }
  return patterns;
}

export function pageKindOf(provider: Provider, hostname: string, path: string): PageKind {
  for (const pattern of patternsOf(provider)) {
    if (pattern.host && pattern.host !== hostname) continue;
    if (pattern.re.test(path)) return pattern.kind;
  }
  for (const [kind, re] of genericPageKinds) if (re.test(path)) return kind;
  // The home of an account subdomain (customer.xfinity.com/) is the account overview.
  if (/^(customer|account|my|myaccount|manage)\./.test(hostname)) return 'account';
  return 'other';
}

export class ProviderMatcher {
  private readonly byDomain = new Map<string, Provider>();
  private readonly byHost = new Map<string, Provider>();
  private readonly byId = new Map<string, Provider>();

  constructor(providers: readonly Provider[]) {
    // Deterministic: higher priority wins, then the smaller id, whatever the input order.
    const ordered = [...providers].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
    for (const p of ordered) {
      if (!this.byId.has(p.id)) this.byId.set(p.id, p);
      for (const d of p.domains) if (!this.byDomain.has(d)) this.byDomain.set(d, p);
      for (const h of p.hosts) if (!this.byHost.has(h)) this.byHost.set(h, p);
    }
  }

  /** A provider this matcher knows (built-in or added by the user), by id. */
  provider(id: string): Provider | undefined {
    return this.byId.get(id);
  }

  /**
   * Every provider it knows, by kind of service (in the vocabulary's order, names in
   * alphabetical order; a provider of several kinds under each): the dashboard's
   * "which accounts did they have?".
   */
  byCategory(): Array<{ category: Category; providers: Provider[] }> {
    return categories
      .map((category) => ({
        category,
        providers: [...this.byId.values()].filter((p) => p.categories.includes(category)).sort((a, b) => a.name.localeCompare(b.name)),
      }))
      .filter((c) => c.providers.length > 0);
  }

  /** The provider a URL belongs to, or null; with the kind of page it is. */
  match(rawUrl: string): ProviderMatch | null {
    const found = this.siteMatch(rawUrl);
    if (!found) return null;
    return { provider: found.provider, hostname: found.hostname, pageKind: pageKindOf(found.provider, found.hostname, found.path) };
  }

  /** Only the provider (no page kind): what the badge needs, on every tab change. */
  providerOf(rawUrl: string): Provider | null {
    return this.siteMatch(rawUrl)?.provider ?? null;
  }

  private siteMatch(rawUrl: string): { provider: Provider; hostname: string; path: string } | null {
    const site = siteOf(rawUrl);
    if (!site) return null;
    const provider = this.providerFor(site.hostname, site.domain);
    return provider ? { provider, hostname: site.hostname, path: site.path } : null;
  }

  private providerFor(hostname: string, domain: string): Provider | undefined {
    if (this.byHost.size > 0) {
      // A specific host (fiber.google.com) beats the whole domain; walk up to the domain.
      let host = hostname;
      while (host.length > domain.length) {
        const hit = this.byHost.get(host);
        if (hit) return hit;
        host = host.slice(host.indexOf('.') + 1);
      }
    }
    return this.byDomain.get(domain);
  }
}

/**
 * The match pattern of a site's https pages: the site itself and every subdomain
 * ("*.example.com" matches example.com too). Only https, as siteOf: the extension
 * neither reads nor runs on plain http pages.
 */
export function httpsPatternOf(site: string): string {
  return `https://*.${site}/*`;
}

/** Match patterns for the manifest (content scripts and host permissions). */
export function matchPatternsFor(providers: readonly Provider[]): string[] {
  const patterns = new Set<string>();
  for (const p of providers) {
    for (const site of [...p.domains, ...p.hosts]) patterns.add(httpsPatternOf(site));
  }
  return [...patterns].sort();
}
