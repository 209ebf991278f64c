import type { ProviderInput } from '../schema';

const release =
  'https://www.atlanticcityelectric.com/News/Pages/NewsReleases/AtlanticCityElectricExtendsPandemicCustomerBillandServiceSupportProgramsUntilatLeastJuly1.aspx';

export const atlanticCityElectric: ProviderInput = {
  id: 'atlantic-city-electric',
  name: 'Atlantic City Electric',
  aliases: ['ACE'],
  categories: ['electric'],
  domains: ['atlanticcityelectric.com'],
  identity: { states: ['NJ'] },
  // News releases mention bills in their titles; they are not billing pages.
  pages: [{ kind: 'other', path: '^/News/' }],
  testUrls: [{ url: release, kind: 'other', origin: 'seen' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '800-642-3780',
      label: 'Customer Care (from a 2020 news release)',
      source: 'ace-release-2020',
      quote:
        'Customers who may be challenged in paying their bill should contact Atlantic City Electric Customer Care as soon as possible at 800-642-3780.',
    },
  ],
  sources: [
    {
      id: 'ace-release-2020',
      url: release,
      title: 'Atlantic City Electric Extends Pandemic Customer Bill and Service Support Programs Until at Least July 1',
      published: '2020-05-15',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
