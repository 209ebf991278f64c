/**
 * URL -> provider, by the provider's registrable domains (checked against the Public
 * Suffix List when the registry is built, lib/providers/validate.ts, and when the user
 * adds a site, lib/providers/site.ts), label by label from the page's host, never by
 * substring: `xfinity.com.verify-account.net` is verify-account.net's. Matching needs no
 * list of suffixes itself, so the side panel does not load the Public Suffix List (tldts,
 * 100 KB compressed) to recognize a page.
 */
import { type Category, categories, type PageKind } from '../model';
import type { Provider } from './schema';
import type { ProviderSummary } from './summary';

/** A page's provider: the whole entry, or its summary where only that was loaded (P). */
export interface ProviderMatch<P extends ProviderSummary = Provider> {
  provider: P;
  hostname: string;
  pageKind: PageKind;
}

/**
 * The parts of a URL the matcher trusts (its host and path), or null for anything
 * but an https page. A plain http:// page is nobody's: anyone on the network between the
 * user and the site (a café's Wi-Fi) can write it, including a fake confirmation
 * number that would be kept as the provider's proof.
 */
export function pageOf(rawUrl: string): { hostname: string; path: string } | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.username || url.password) return null; // https://xfinity.com@evil.net tricks
  // The URL parser already lowercased and validated the hostname; "xfinity.com." (a final dot) is xfinity.com.
  const hostname = url.hostname.replace(/\.$/, '');
  if (!hostname) return null;
  return { hostname, path: url.pathname + url.search + url.hash };
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
const compiled = new WeakMap<object, CompiledPattern[]>();

function patternsOf(provider: Pick<ProviderSummary, 'pages'>): CompiledPattern[] {
  let patterns = compiled.get(provider);
  if (!patterns) {
    patterns = provider.pages.map((p) => ({ kind: p.kind, host: p.host, re: new RegExp(p.path, 'i') }));
    compiled.set(provider, patterns);
  }
  return patterns;
}

export function pageKindOf(provider: Pick<ProviderSummary, 'pages'>, hostname: string, path: string): PageKind {
  for (const pattern of patternsOf(provider)) {
    if (pattern.host && pattern.host !== hostname) continue;
    if (pattern.re.test(path)) return pattern.kind;
  }
  for (const [kind, re] of genericPageKinds) if (re.test(path)) return kind;
  // The home of an account subdomain (customer.xfinity.com/) is the account overview.
  if (/^(customer|account|my|myaccount|manage)\./.test(hostname)) return 'account';
  return 'other';
}

/** Over whole entries (Provider, the default) or over their summaries (ProviderSummary). */
export class ProviderMatcher<P extends ProviderSummary = Provider> {
  private readonly byDomain = new Map<string, P>();
  private readonly byHost = new Map<string, P>();
  private readonly byId = new Map<string, P>();

  constructor(providers: readonly P[]) {
    // Deterministic: higher priority wins, then the smaller id, whatever the input order.
    const ordered = [...providers].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
    for (const p of ordered) {
      if (!this.byId.has(p.id)) this.byId.set(p.id, p);
      for (const d of p.domains) if (!this.byDomain.has(d)) this.byDomain.set(d, p);
      for (const h of p.hosts) if (!this.byHost.has(h)) this.byHost.set(h, p);
    }
  }

  /** A provider this matcher knows (built-in or added by the user), by id. */
  provider(id: string): P | undefined {
    return this.byId.get(id);
  }

  /**
   * Every provider it knows, by kind of service (in the vocabulary's order, names in
   * alphabetical order; a provider of several kinds under each): the dashboard's
   * "which accounts did they have?".
   */
  byCategory(): Array<{ category: Category; providers: P[] }> {
    return categories
      .map((category) => ({
        category,
        providers: [...this.byId.values()].filter((p) => p.categories.includes(category)).sort((a, b) => a.name.localeCompare(b.name)),
      }))
      .filter((c) => c.providers.length > 0);
  }

  /** The provider a URL belongs to, or null; with the kind of page it is. */
  match(rawUrl: string): ProviderMatch<P> | null {
    const found = this.siteMatch(rawUrl);
    if (!found) return null;
    return { provider: found.provider, hostname: found.hostname, pageKind: pageKindOf(found.provider, found.hostname, found.path) };
  }

  /** Only the provider (no page kind): what the badge needs, on every tab change. */
  providerOf(rawUrl: string): P | null {
    return this.siteMatch(rawUrl)?.provider ?? null;
  }

  private siteMatch(rawUrl: string): { provider: P; hostname: string; path: string } | null {
    const page = pageOf(rawUrl);
    if (!page) return null;
    const provider = this.providerFor(page.hostname);
    return provider ? { provider, hostname: page.hostname, path: page.path } : null;
  }

  /**
   * Walks up from the host one label at a time: a specific host (fiber.google.com)
   * first, then a registrable domain of the registry. Domains are registrable (never
   * a public suffix) and hosts lie below them, so this finds what splitting the host
   * by the Public Suffix List would: a host's own registrable domain is the only
   * suffix of it that can be a registry domain.
   */
  private providerFor(hostname: string): P | undefined {
    let host = hostname;
    for (;;) {
      const hit = this.byHost.get(host) ?? this.byDomain.get(host);
      if (hit) return hit;
      const dot = host.indexOf('.');
      if (dot < 0) return undefined;
      host = host.slice(dot + 1);
    }
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
export function matchPatternsFor(providers: readonly Pick<Provider, 'domains' | 'hosts'>[]): string[] {
  const patterns = new Set<string>();
  for (const p of providers) {
    for (const site of [...p.domains, ...p.hosts]) patterns.add(httpsPatternOf(site));
  }
  return [...patterns].sort();
}
