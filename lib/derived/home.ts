/**
 * What the panel's home shows, from the case's records and the providers' summaries:
 * the same for the first screen the background reads (lib/db/firstScreen.ts) and for
 * the panel's own live view (entrypoints/sidepanel/views/HereView.tsx), so the two
 * draw the same rows.
 */
import { providerName } from '../labels';
import type { Account, Category } from '../model';
import type { ProviderSummary } from '../providers/summary';
import { type AccountSummary, dashboardOrder, summarizeCase } from './states';

/** What the home needs of the providers: each by its id, and all of them by kind of service. */
export interface ProviderLookup {
  provider(id: string): ProviderSummary | undefined;
  byCategory(): Array<{ category: Category; providers: ProviderSummary[] }>;
}

export type HomeRow = AccountSummary & { providerName: string };

/** Every account's row, with its provider's name, most pressing first. */
export function homeRows(records: Parameters<typeof summarizeCase>[0], providers: ProviderLookup, today: string): HomeRow[] {
  return summarizeCase(records, (id) => providers.provider(id), today)
    .map((summary) => ({ ...summary, providerName: providerName(providers, summary.providerId) }))
    .sort(dashboardOrder);
}

/** The providers by kind of service, names only: what "add an account" offers. */
export function providerChoices(providers: ProviderLookup): Array<{ category: Category; providers: Array<{ id: string; name: string }> }> {
  return providers.byCategory().map((c) => ({ category: c.category, providers: c.providers.map((p) => ({ id: p.id, name: p.name })) }));
}

/** One provider's accounts in the case, the oldest first (a provider's page lists them so). */
export function accountsOfProvider<A extends Pick<Account, 'providerId' | 'createdAt'>>(accounts: readonly A[], providerId: string): A[] {
  return accounts.filter((a) => a.providerId === providerId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
