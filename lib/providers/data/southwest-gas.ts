import type { ProviderInput } from '../schema';

export const southwestGas: ProviderInput = {
  id: 'southwest-gas',
  name: 'Southwest Gas',
  aliases: ['SWG', 'Southwest Gas Corporation'],
  categories: ['gas'],
  domains: ['swgas.com'],
  identity: {
    states: ['AZ', 'CA', 'NV'],
    customers: {
      count: 2_000_000,
      year: 2019,
      source: 'swgas-glendale-2019',
      quote: 'Southwest Gas Corporation provides natural gas service to over 2 million customers in Arizona, California and Nevada.',
    },
  },
  testUrls: [
    { url: 'https://myaccount.swgas.com/content/terms', kind: 'account', origin: 'seen' },
    { url: 'https://www.swgas.com/en/covid19', kind: 'other', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  sources: [
    {
      id: 'swgas-glendale-2019',
      url: 'https://www.glendalestar.com/news/article_41f98a20-bee8-11e9-b318-b7e29f1c1369.html',
      title: 'Southwest Gas encourages customers to call 811 before digging (Glendale Star)',
      published: '2019-08',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
