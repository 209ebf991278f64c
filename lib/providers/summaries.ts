/** A matcher over the providers' summaries (./summary.ts): recognizing a page and naming its provider without the registry's facts. */
import type { UserProvider } from '../model';
import { providerIndex } from './builtInIndex';
import { ProviderMatcher } from './matcher';
import type { ProviderSummary } from './summary';
import { providerOfUser } from './user';

export const summaryMatcher = /* @__PURE__ */ new ProviderMatcher<ProviderSummary>(providerIndex);

/** The built-in summaries and the user's own sites, matched exactly as buildMatcher (./registry.ts) matches whole entries. */
export function buildSummaryMatcher(userRows: readonly UserProvider[]): ProviderMatcher<ProviderSummary> {
  return new ProviderMatcher<ProviderSummary>([...providerIndex, ...userRows.map(providerOfUser)]);
}

let byId: Map<string, ProviderSummary> | undefined;

/** A built-in provider's summary by its id (the equipment figures reminders count by). */
export function summaryById(providerId: string): ProviderSummary | undefined {
  byId ??= new Map(providerIndex.map((p) => [p.id, p]));
  return byId.get(providerId);
}
