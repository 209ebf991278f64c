import type { ProviderInput } from '../schema';

const pennsylvania = 'https://www.aquaamerica.com/our-states/pennsylvania.aspx';

export const aqua: ProviderInput = {
  id: 'aqua',
  name: 'Aqua',
  aliases: ['Aqua America', 'Essential Utilities', 'Aqua Pennsylvania', 'Aqua Water'],
  categories: ['water'],
  domains: ['aquaamerica.com', 'aquawater.com'],
  identity: { states: ['IL', 'IN', 'NC', 'NJ', 'OH', 'PA', 'TX', 'VA'] },
  testUrls: [
    { url: pennsylvania, kind: 'other', origin: 'seen' },
    { url: 'https://www.aquawater.com/news/2021/aquas-commitment-to-affordability.php', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '877.987.2782',
      label: 'Aqua Pennsylvania (from a 2022 water-quality notice)',
      source: 'aqua-pa-alerts',
      quote: 'please contact us at 877.987.2782 to schedule.',
    },
  ],
  sources: [
    {
      id: 'aqua-pa-alerts',
      url: pennsylvania,
      title: 'Aqua Pennsylvania: special alerts',
      captured: '2022-11',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
