import type { ProviderInput } from '../schema';

const renewals = 'https://www.greenmountainenergy.com/customer-service-center/renewal-notifications';

export const greenMountain: ProviderInput = {
  id: 'green-mountain-energy',
  name: 'Green Mountain Energy',
  aliases: ['Green Mountain'],
  categories: ['electric'],
  domains: ['greenmountainenergy.com'],
  identity: { states: ['TX'] },
  testUrls: [
    { url: renewals, kind: 'other', origin: 'seen' },
    { url: 'https://www.greenmountainenergy.com/customer-service-center/energy-questions-faq/texas-faqs', kind: 'other', origin: 'seen' },
    { url: 'https://www.greenmountainenergy.com/customer-service-center/enroll-average-billing', kind: 'billing', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-866-785-4668',
      label: 'Customer service',
      source: 'gme-renewals',
      quote: 'If you have questions about this information, please contact us at 1-866-785-4668.',
    },
  ],
  notes: [
    {
      text: 'Near the end of a term plan, three notices arrive; the last says which month-to-month plan follows if nothing is done.',
      source: 'gme-renewals',
      quote: 'Toward the end of your term plan contract, you’ll receive three notices letting you know when your contract will expire.',
    },
  ],
  sources: [{ id: 'gme-renewals', url: renewals, title: 'Renewal Notifications', checked: '2026-11-30', quality: 'first-party' }],
};
