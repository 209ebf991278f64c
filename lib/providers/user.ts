/**
 * Sites the user tracks themselves ("track this site as a provider"): turned into
 * providers so they are recognized exactly like built-in ones. Pure; the stored
 * rows come from the userProviders table (see lib/db/matcher.ts).
 */
import type { UserProvider } from '../model';
import { httpsPatternOf } from './matcher';
import type { Provider } from './schema';

/** A user row as a provider: its one domain, its category's playbook, no sourced facts. */
export function providerOfUser(row: UserProvider): Provider {
  return {
    id: row.id,
    name: row.name,
    aliases: [],
    categories: [row.category],
    domains: [row.domain],
    hosts: [],
    // A built-in entry for the same host wins: it knows the provider's pages and facts.
    priority: -1,
    formerly: [],
    pages: [],
    testUrls: [],
    contact: [],
    notes: [],
    guidance: {},
    escalation: { regulators: [], channels: [] },
    sources: [],
  };
}

/** The host permission and content-script pattern for one tracked site: the domain and its subdomains, https only. */
export function originPatternOf(domain: string): string {
  return httpsPatternOf(domain);
}

/** Every tracked site's id (and its registered content script's id) starts so. */
const USER_ID_PREFIX = 'user-';

export function userProviderId(domain: string): string {
  return `${USER_ID_PREFIX}${domain.replace(/[^a-z0-9]+/g, '-')}`;
}

/** A content script to register for one tracked site: its id and the pages it runs on. */
export interface TrackedSiteScript {
  id: string;
  pattern: string;
}

/**
 * How to make the registered content scripts match the tracked sites the user gave
 * access to: unregister the tracked-site scripts no longer wanted (other scripts are
 * left alone), register the sites that have none yet. Registering nothing and
 * unregistering nothing when they already match makes syncing idempotent.
 */
export function trackedSitesPlan(
  granted: readonly Pick<UserProvider, 'id' | 'domain'>[],
  registeredIds: readonly string[],
  /** The pages each registered script runs on, when known: one registered for other pages (an older version's http and https) is replaced. */
  registeredMatches: ReadonlyMap<string, readonly string[]> = new Map(),
): { unregister: string[]; register: TrackedSiteScript[] } {
  const wanted = new Map(granted.map((row) => [row.id, originPatternOf(row.domain)]));
  const outdated = (id: string) => {
    const matches = registeredMatches.get(id);
    return matches !== undefined && (matches.length !== 1 || matches[0] !== wanted.get(id));
  };
  const have = new Set(registeredIds.filter((id) => !outdated(id)));
  return {
    unregister: registeredIds.filter((id) => id.startsWith(USER_ID_PREFIX) && (!wanted.has(id) || outdated(id))),
    register: granted.filter((row) => !have.has(row.id)).map((row) => ({ id: row.id, pattern: wanted.get(row.id)! })),
  };
}
