/**
 * The matcher every context should use: the built-in registry plus the sites the
 * user tracks (userProviders table). Kept apart from index.ts so the manifest
 * build (wxt.config.ts) never loads the database.
 */
import { db } from '../db';
import type { UserProvider } from '../model';
import { builtInMatcher } from './index';
import type { ProviderMatcher } from './matcher';
import { buildMatcher } from './user';

let cached: { key: string; matcher: ProviderMatcher } | undefined;

function keyOf(rows: readonly UserProvider[]): string {
  return rows
    .map((r) => `${r.id}|${r.domain}|${r.name}|${r.category}`)
    .sort()
    .join('\n');
}

/** Reads the user's sites and returns a matcher over them and the registry (rebuilt only when they change). */
export async function currentMatcher(): Promise<ProviderMatcher> {
  const rows = await db().userProviders.toArray();
  const key = keyOf(rows);
  if (rows.length === 0) return builtInMatcher; // the same object as before the read: nothing re-renders
  if (cached?.key !== key) cached = { key, matcher: buildMatcher(rows) };
  return cached.matcher;
}

/** Stores a tracked site (already validated by newUserProvider). */
export async function saveUserProvider(row: UserProvider): Promise<void> {
  await db().userProviders.put(row);
}
