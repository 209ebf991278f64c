/**
 * A page's registrable domain, through the Public Suffix List (tldts): what the user's
 * own tracked site is stored under, and what the registry's domains are checked to be.
 * Kept apart from the matcher (lib/providers/matcher.ts), which needs no suffix list:
 * only the code that adds a site loads it.
 */
import { parse } from 'tldts';
import { pageOf } from './matcher';

/**
 * The parts of a URL the matcher trusts, with its registrable domain, or null for
 * anything that is not a public https site (see pageOf).
 */
export function siteOf(rawUrl: string): { hostname: string; domain: string; path: string } | null {
  const page = pageOf(rawUrl);
  if (!page) return null;
  // The URL parser already lowercased and validated the hostname: tldts only needs to split it.
  const parsed = parse(page.hostname, { extractHostname: false, validateHostname: false, mixedInputs: false });
  if (parsed.isIp || !parsed.domain || !parsed.isIcann || !parsed.hostname) return null;
  return { hostname: parsed.hostname, domain: parsed.domain, path: page.path };
}
