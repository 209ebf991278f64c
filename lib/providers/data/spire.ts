import type { ProviderInput } from '../schema';

export const spire: ProviderInput = {
  id: 'spire',
  name: 'Spire',
  aliases: ['Spire Energy', 'Spire Missouri', 'Spire Alabama', 'Laclede Gas', 'Alagasco'],
  categories: ['gas'],
  domains: ['spireenergy.com'],
  identity: {
    states: ['AL', 'MO', 'MS'],
    customers: {
      count: 1_200_000,
      year: 2023,
      source: 'spire-kctv-2023',
      quote:
        'Spire already provides natural gas service to approximately 1.2 million natural gas customers in Missouri, according to the MPSC.',
    },
  },
  testUrls: [
    { url: 'https://www.spireenergy.com/ColdWeather', kind: 'other', origin: 'constructed' },
    { url: 'https://www.spireenergy.com/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  sources: [
    {
      id: 'spire-kctv-2023',
      url: 'https://www.kctv5.com/2023/12/21/spire-expand-service-cass-county/',
      title: 'Spire to expand service in Cass County (KCTV)',
      published: '2023-12-21',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'Missouri customers only; Spire also serves Alabama and Mississippi.',
    },
  ],
};
