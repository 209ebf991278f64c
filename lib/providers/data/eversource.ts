import type { ProviderInput } from '../schema';

const landlord =
  'https://www.eversource.com/content/residential/about/doing-business-with-us/property-management-gateway/landlord-allocation-form';

export const eversource: ProviderInput = {
  id: 'eversource',
  name: 'Eversource',
  aliases: ['Eversource Energy', 'NSTAR', 'Connecticut Light & Power', 'PSNH'],
  categories: ['electric', 'gas'],
  domains: ['eversource.com'],
  identity: { states: ['CT', 'MA', 'NH'] },
  testUrls: [{ url: landlord, kind: 'other', origin: 'seen' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: "Massachusetts: at a rental enrolled in Landlord Allocation, when the tenant's service is stopped it continues in the landlord's name.",
      source: 'eversource-landlord',
      quote:
        'If a tenant calls us to discontinue service, we will continue the service to the rental properties listed on the form in the landlord’s name, with the understanding that balances must be paid on time.',
    },
  ],
  sources: [
    { id: 'eversource-landlord', url: landlord, title: 'Massachusetts Landlord Allocation', checked: '2026-11-30', quality: 'first-party' },
  ],
};
