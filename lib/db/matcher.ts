/**
 * The matcher every context should use: the built-in registry plus the sites the
 * user tracks (userProviders table). It lives with the database, not in
 * lib/providers, so the registry and the manifest build (wxt.config.ts) never
 * load the database.
 */
import type { UserProvider } from '../model';
import { builtInMatcher, type ProviderMatcher } from '../providers';
import { buildMatcher } from '../providers/user';
import { db } from './database';

let cached: { key: string; matcher: ProviderMatcher } | undefined;

function keyOf(rows: readonly UserProvider[]): string {
  return rows
    .map((r) => `${r.id}|${r.domain}|${r.name}|${r.category}`)
    .sort()
    .join('\n');
}

/** The sites the user tracks. */
export function trackedSites(): Promise<UserProvider[]> {
  return db().userProviders.toArray();
}

/** Reads the user's sites and returns a matcher over them and the registry (rebuilt only when they change). */
export async function currentMatcher(): Promise<ProviderMatcher> {
  const rows = await trackedSites();
  const key = keyOf(rows);
  if (rows.length === 0) return builtInMatcher; // the same object as before the read: nothing re-renders
  if (cached?.key !== key) cached = { key, matcher: buildMatcher(rows) };
  return cached.matcher;
}

/** Stores a tracked site (already validated by newUserProvider). */
export async function saveUserProvider(row: UserProvider): Promise<void> {
  await db().userProviders.put(row);
}
