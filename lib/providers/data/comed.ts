import type { ProviderInput } from '../schema';

const gaa = 'https://www.comed.com/MyAccount/MyService/Pages/DesignationGAA.aspx';

export const comed: ProviderInput = {
  id: 'comed',
  name: 'ComEd',
  aliases: ['Commonwealth Edison'],
  categories: ['electric'],
  domains: ['comed.com'],
  identity: {
    states: ['IL'],
    customers: {
      count: 4_000_000,
      year: 2024,
      source: 'comed-cis-2024',
      quote: 'allow ComEd to better support its more than 4 million residential and business customers',
    },
  },
  testUrls: [
    { url: gaa, kind: 'account', origin: 'seen' },
    {
      url: 'https://poweringlives.comed.com/providing-customers-assistance-options-when-they-need-it-most/',
      kind: 'other',
      origin: 'seen',
    },
    { url: 'https://www.comed.com/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'A customer can name a third party, a General Account Agent, who receives the bills and notices and handles requests for the customer.',
      source: 'comed-gaa',
      quote:
        "A GAA would receive the customer's bills and notices and handles requests on behalf of the customer in accordance with ComEd tariffs.",
    },
  ],
  sources: [
    { id: 'comed-gaa', url: gaa, title: 'General Account Agent designation', checked: '2026-11-30', quality: 'first-party' },
    {
      id: 'comed-cis-2024',
      url: 'https://www.marketscreener.com/quote/stock/EXELON-CORPORATION-13963/news/ComEd-Reminds-Customers-of-Weekend-Customer-Information-System-Upgrade-45953011/',
      title: 'ComEd Reminds Customers of Weekend Customer Information System Upgrade',
      published: '2024-02-14',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "ComEd's announcement as republished by a financial news site.",
    },
  ],
};
