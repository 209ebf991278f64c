/**
 * What a page needs of a provider before its sourced facts: its name and kinds of
 * service, the sites and pages that are its own, and the two equipment figures the
 * dashboard counts by (the return window and the fee per device). About a tenth of the
 * registry: the side panel recognizes the page and draws the home from it, and loads
 * the whole registry (facts, quotes, sources) just after.
 */
import type { DeviceKind } from '../model';
import type { Provider } from './schema';

export type ProviderSummary = Pick<Provider, 'id' | 'name' | 'categories' | 'domains' | 'hosts' | 'priority' | 'pages'> & {
  equipment?: {
    returnWindowDays?: { days: number };
    fees: Array<{ device: DeviceKind; upToUsd: number }>;
  };
};

/** A provider's summary: the same values, without its facts and sources. */
export function summaryOf(provider: Provider): ProviderSummary {
  const { id, name, categories, domains, hosts, priority, pages, equipment } = provider;
  return {
    id,
    name,
    categories,
    domains,
    hosts,
    priority,
    pages,
    ...(equipment && {
      equipment: {
        ...(equipment.returnWindowDays && { returnWindowDays: { days: equipment.returnWindowDays.days } }),
        fees: equipment.fees.map(({ device, upToUsd }) => ({ device, upToUsd })),
      },
    }),
  };
}
