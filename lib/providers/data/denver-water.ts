import type { ProviderInput } from '../schema';

const letters = 'https://www.denverwater.org/business/services-and-information/received-a-letter';
const landlord = 'https://www.denverwater.org/residential/services-and-information/landlord-tenant-water-service-policy';

export const denverWater: ProviderInput = {
  id: 'denver-water',
  name: 'Denver Water',
  aliases: [],
  categories: ['water'],
  domains: ['denverwater.org'],
  identity: { states: ['CO'] },
  testUrls: [
    { url: letters, kind: 'other', origin: 'seen' },
    { url: landlord, kind: 'other', origin: 'seen' },
    { url: 'https://denverwater.org/OperatingRules/OperRules2/', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '303-893-2444',
      label: 'Customer Care',
      source: 'dw-letters',
      quote: 'Please call Customer Care at 303-893-2444 to have this issue resolved.',
    },
    {
      kind: 'phone',
      value: '303-628-6000',
      label: '24-hour emergency service',
      source: 'dw-landlord',
      quote: 'A 24-hour emergency service is available at 303-628-6000.',
    },
  ],
  notes: [
    {
      text: "Denver Water's licence for water service belongs to the property, not the person: a change of owner does not change it.",
      source: 'dw-rules-ch2',
      quote:
        'Licenses attach to the licensed premises only. Licenses are not affected by changes in the ownership of the licensed premises.',
    },
    {
      text: 'At a rental, the owner stays responsible for the water charges even when tenants are on the account.',
      source: 'dw-landlord',
      quote: 'landlords are ultimately responsible to Denver Water for any financial charges for water service incurred on the account.',
    },
  ],
  sources: [
    { id: 'dw-letters', url: letters, title: 'Received a Letter', checked: '2026-11-30', quality: 'first-party' },
    {
      id: 'dw-landlord',
      url: landlord,
      title: 'Landlord/Tenant Water Service Policy',
      published: '2014-03-31',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'dw-rules-ch2',
      url: 'https://denverwater.org/OperatingRules/OperRules2/',
      title: 'Operating Rules - Chapter 2 - Licenses and Conditions for Water Service',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Stored at the http:// address.',
    },
  ],
};
