import type { ProviderInput } from '../schema';

const overview = 'https://www.sjwater.com/customer-care/customer-care-overview';
const covid = 'https://www.sjwater.com/COVID-19';

export const sjw: ProviderInput = {
  id: 'san-jose-water',
  name: 'San Jose Water',
  aliases: ['SJW', 'SJW Group', 'H2O America'],
  categories: ['water'],
  domains: ['sjwater.com'],
  identity: { states: ['CA'] },
  // The customer-care section is information, not the signed-in account.
  pages: [{ kind: 'other', path: '^/customer-care' }],
  testUrls: [
    { url: overview, kind: 'other', origin: 'seen' },
    { url: covid, kind: 'other', origin: 'seen' },
    { url: 'https://www.sjwater.com/third-party-notification', kind: 'other', origin: 'seen' },
    { url: 'https://www.sjwater.com/myservice', kind: 'other', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '(408) 279-7900',
      label: 'Customer service',
      source: 'sjw-overview',
      quote: 'Call or email us at (408) 279-7900 or customer.service@sjwater.com.',
    },
    {
      kind: 'email',
      value: 'customer.service@sjwater.com',
      label: 'Customer service',
      source: 'sjw-overview',
      quote: 'Call or email us at (408) 279-7900 or customer.service@sjwater.com.',
    },
  ],
  notes: [
    {
      text: 'Starting, stopping or transferring water service is requested with the form at sjwater.com/myservice, at least 24 hours ahead, or by phone in business hours.',
      source: 'sjw-covid',
      quote: 'To make a request, fill out the form here: www.sjwater.com/myservice.',
    },
  ],
  sources: [
    { id: 'sjw-overview', url: overview, title: 'Customer Care', checked: '2026-11-30', quality: 'first-party' },
    {
      id: 'sjw-covid',
      url: covid,
      title: 'SJW Maintained Safe and Reliable Water Service During COVID-19',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
