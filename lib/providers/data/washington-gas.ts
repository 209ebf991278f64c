import type { ProviderInput } from '../schema';

const termination = 'https://www.washingtongas.com/billing-and-payment/termination-policy-statement';
const cares = 'https://www.washingtongas.com/media-center/news-release-washington-gas-cares';

export const washingtonGas: ProviderInput = {
  id: 'washington-gas',
  name: 'Washington Gas',
  aliases: ['Washington Gas Light Company', 'WGL'],
  categories: ['gas'],
  domains: ['washingtongas.com', 'washgas.com'],
  identity: {
    states: ['DC', 'MD', 'VA'],
    customers: {
      count: 1_200_000,
      year: 2020,
      source: 'wg-cares-2020',
      quote: 'Washington Gas, which serves 1.2 million customers across Maryland, Washington, D.C., and Virginia',
    },
  },
  testUrls: [
    { url: termination, kind: 'billing', origin: 'seen' },
    { url: cares, kind: 'other', origin: 'seen' },
    { url: 'https://washgas.com/pages/PaymentProcessing', kind: 'billing', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '844-WASHGAS (844-927-4427)',
      label: 'Customer Service',
      source: 'wg-termination',
      quote: 'please call Customer Service at 844\u2011WASHGAS (844-927-4427)',
    },
  ],
  notes: [
    {
      text: 'Before cutting service for a reason other than an emergency or suspected tampering, Washington Gas sends a written notice at least 14 days ahead.',
      source: 'wg-termination',
      quote:
        'it will send the customer a written notice of termination at least 14 days before the date that termination is scheduled to occur.',
    },
  ],
  sources: [
    { id: 'wg-termination', url: termination, title: 'Termination Policy Statement', checked: '2026-11-30', quality: 'first-party' },
    {
      id: 'wg-cares-2020',
      url: cares,
      title:
        'Washington Gas Cares Program Provides Easy Access to Convenient Bill Payment Plans and Energy Assistance Options for Customers in Need',
      published: '2020-11-09',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
