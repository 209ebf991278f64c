import type { ProviderInput } from '../schema';

const faq = 'https://atmosenergy.com/company/frequently-asked-questions';
const covid = 'https://atmosenergy.com/safety/covid-19';

export const atmos: ProviderInput = {
  id: 'atmos-energy',
  name: 'Atmos Energy',
  aliases: ['Atmos'],
  categories: ['gas'],
  domains: ['atmosenergy.com'],
  identity: {
    states: ['CO', 'KS', 'KY', 'LA', 'MS', 'TN', 'TX', 'VA'],
    customers: { count: 3_000_000, year: 2020, source: 'atmos-covid', quote: 'our more than 3 million customers' },
  },
  testUrls: [
    { url: faq, kind: 'other', origin: 'seen' },
    { url: covid, kind: 'other', origin: 'seen' },
    { url: 'https://atmosenergy.com/customer-service/winter-storm-information', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '888.286.6700',
      label: 'Customer Support Center',
      source: 'atmos-faq',
      quote: 'Should you have any questions on concerns about meter reading, please contact our Customer Support Center at 888.286.6700.',
    },
  ],
  sources: [
    { id: 'atmos-faq', url: faq, title: 'Frequently Asked Questions', checked: '2026-11-30', quality: 'first-party' },
    { id: 'atmos-covid', url: covid, title: 'COVID-19', captured: '2020', checked: '2026-11-30', quality: 'first-party' },
  ],
};
