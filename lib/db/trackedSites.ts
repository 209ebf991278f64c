/**
 * The sites the user tracks (userProviders table), and the matcher over them and the
 * providers' summaries: what the side panel's first screen recognizes a page and names
 * a provider with, before the registry's facts have loaded (./matcher.ts has the whole
 * entries). This module does not load the registry.
 */
import type { UserProvider } from '../model';
import type { ProviderMatcher } from '../providers/matcher';
import { buildSummaryMatcher, summaryMatcher } from '../providers/summaries';
import type { ProviderSummary } from '../providers/summary';
import { db } from './database';

/** The sites the user tracks. */
export function trackedSites(): Promise<UserProvider[]> {
  return db().userProviders.toArray();
}

/** Stores a tracked site (already validated by newUserProvider). */
export async function saveUserProvider(row: UserProvider): Promise<void> {
  await db().userProviders.put(row);
}

/** What identifies a set of tracked sites: a matcher over them is rebuilt only when it changes. */
export function sitesKey(rows: readonly UserProvider[]): string {
  return rows
    .map((r) => `${r.id}|${r.domain}|${r.name}|${r.category}`)
    .sort()
    .join('\n');
}

let cached: { key: string; matcher: ProviderMatcher<ProviderSummary> } | undefined;

/** The providers' summaries plus the user's sites (rebuilt only when they change). */
export async function currentSummaryMatcher(): Promise<ProviderMatcher<ProviderSummary>> {
  const rows = await trackedSites();
  if (rows.length === 0) return summaryMatcher; // the same object as before the read: nothing re-renders
  const key = sitesKey(rows);
  if (cached?.key !== key) cached = { key, matcher: buildSummaryMatcher(rows) };
  return cached.matcher;
}
