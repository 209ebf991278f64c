import type { ProviderInput } from '../schema';

const assistance = 'https://midwest.centerpointenergy.com/assistance';

export const centerpoint: ProviderInput = {
  id: 'centerpoint',
  name: 'CenterPoint Energy',
  aliases: ['CenterPoint', 'Vectren'],
  categories: ['gas', 'electric'],
  domains: ['centerpointenergy.com'],
  identity: { states: ['IN', 'MN', 'OH', 'TX'] },
  testUrls: [
    { url: assistance, kind: 'other', origin: 'seen' },
    { url: 'https://www.centerpointenergy.com/en-us/corporate/about-us/news/1746', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '800-227-1376',
      label: 'Payment arrangements (Indiana and Ohio page)',
      source: 'centerpoint-midwest-assistance',
      quote: 'please contact us immediately at 800-227-1376 to set up a payment arrangement.',
    },
  ],
  notes: [
    {
      text: 'In Houston, electric bills come from the retail electric provider, not CenterPoint, which owns the wires: ask that company about the bill and the account.',
      source: 'centerpoint-khou-2020',
      quote: 'CenterPoint says customers should contact their Retail Electric Providers concerning payment assistance.',
    },
  ],
  sources: [
    {
      id: 'centerpoint-midwest-assistance',
      url: assistance,
      title: 'Energy Bill Assistance (CenterPoint Energy, Indiana and Ohio)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'centerpoint-khou-2020',
      url: 'https://www.khou.com/article/news/health/coronavirus/centerpoint-energy-temporarily-suspends-disconnections-due-to-coronavirus-crisis/285-b504dde6-99ca-4be4-b005-337d3df593ed',
      title: 'CenterPoint Energy temporarily suspends disconnections due to coronavirus crisis (KHOU)',
      published: '2020-03-25',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
