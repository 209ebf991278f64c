/**
 * The matcher every context should use: the built-in registry plus the sites the
 * user tracks (userProviders table). It lives with the database, not in
 * lib/providers, so the registry and the manifest build (wxt.config.ts) never
 * load the database.
 */
import type { ProviderMatcher } from '../providers/matcher';
import { buildMatcher, builtInMatcher } from '../providers/registry';
import { sitesKey, trackedSites } from './trackedSites';

let cached: { key: string; matcher: ProviderMatcher } | undefined;

/** Reads the user's sites and returns a matcher over them and the registry (rebuilt only when they change). */
export async function currentMatcher(): Promise<ProviderMatcher> {
  const rows = await trackedSites();
  const key = sitesKey(rows);
  if (rows.length === 0) return builtInMatcher; // the same object as before the read: nothing re-renders
  if (cached?.key !== key) cached = { key, matcher: buildMatcher(rows) };
  return cached.matcher;
}
