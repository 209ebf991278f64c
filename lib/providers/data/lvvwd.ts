import type { ProviderInput } from '../schema';

const fees = 'https://www.lvvwd.com/customer-service/pay-bill/service-fees.html';

export const lvvwd: ProviderInput = {
  id: 'lvvwd',
  name: 'Las Vegas Valley Water District',
  aliases: ['LVVWD', 'Las Vegas Water'],
  categories: ['water'],
  domains: ['lvvwd.com'],
  identity: { states: ['NV'] },
  testUrls: [
    { url: fees, kind: 'billing', origin: 'seen' },
    { url: 'https://www.lvvwd.com/conservation/water-waste/frequent-questions/index.html', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '702-870-4194',
      label: 'Customer Care, regular business hours',
      source: 'lvvwd-fees',
      quote: 'Call Customer Care at 702-870-4194 during regular business hours if you have questions.',
    },
  ],
  notes: [
    {
      text: 'Starting service in a new name: a residential deposit of at least $150 (or 2.5 times the highest monthly bill) is due when service is requested.',
      source: 'lvvwd-fees',
      quote:
        'Minimum deposit for residential service $150 or 2.5 times the highest monthly bill, whichever is greater, during a 12-month period.',
    },
    {
      text: 'Turning water service on costs a $10 turn-on fee.',
      source: 'lvvwd-fees',
      quote: 'Turn-on fee for water service activation $10',
    },
  ],
  sources: [{ id: 'lvvwd-fees', url: fees, title: 'Service fees and charges', checked: '2026-11-30', quality: 'first-party' }],
};
