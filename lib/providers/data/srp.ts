import type { ProviderInput } from '../schema';

const credit = 'https://srpnet.com/service/home/creditpolicy.aspx';

export const srp: ProviderInput = {
  id: 'srp',
  name: 'SRP',
  aliases: ['Salt River Project'],
  categories: ['electric'],
  domains: ['srpnet.com'],
  identity: { states: ['AZ'] },
  testUrls: [
    { url: credit, kind: 'other', origin: 'seen' },
    { url: 'https://srpnet.com/about/governance-leadership/water-shareholders/compensation-program', kind: 'other', origin: 'seen' },
    { url: 'https://media.srpnet.com/srp-to-temporarily-suspend-electricity-disconnections/', kind: 'cancel', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '(602) 236-8888',
      label: 'Customer service, 24 hours a day',
      hours: '24 hours a day, seven days a week',
      source: 'srp-credit-policy',
      quote: 'For more information, call (602) 236-8888',
    },
  ],
  notes: [
    {
      text: 'Starting service asks for identification that SRP accepts, including a Social Security number.',
      source: 'srp-credit-policy',
      quote: 'Appropriate ID, as determined by SRP, is required to establish your service.',
    },
  ],
  sources: [
    {
      id: 'srp-credit-policy',
      url: credit,
      title: 'SRP Credit Policy: Information for SRP Residential Customers 2024',
      published: '2024',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'An older copy (2013-14) at the http:// address says the same number and the ID rule.',
    },
  ],
};
