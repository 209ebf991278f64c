import type { ProviderInput } from '../schema';

const kwqc = 'https://www.kwqc.com/content/news/MidAmerican-to-temporarily-suspend-disconnections-for-non-payment-568963081.html';

export const midAmerican: ProviderInput = {
  id: 'midamerican-energy',
  name: 'MidAmerican Energy',
  aliases: ['MidAmerican'],
  categories: ['electric', 'gas'],
  domains: ['midamericanenergy.com'],
  identity: { states: ['IA', 'IL', 'NE', 'SD'] },
  testUrls: [
    { url: 'https://www.midamericanenergy.com/coronavirus', kind: 'other', origin: 'seen' },
    { url: 'https://www.midamericanenergy.com/news.aspx', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '888-427-5632',
      label: 'Customers facing hardship (company statement quoted by a 2020 news story)',
      source: 'midamerican-kwqc-2020',
      quote: 'MidAmerican encourages any customer facing hardship to call us at 888-427-5632.',
    },
  ],
  sources: [
    {
      id: 'midamerican-kwqc-2020',
      url: kwqc,
      title: 'MidAmerican to temporarily suspend disconnections for non-payment (KWQC)',
      published: '2020-03',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
