import type { ProviderInput } from '../schema';

const katrinaFaq = 'https://www.entergy-louisiana.com/faq/katrinarita.aspx';

export const entergy: ProviderInput = {
  id: 'entergy',
  name: 'Entergy',
  aliases: ['Entergy Louisiana', 'Entergy Arkansas', 'Entergy Mississippi', 'Entergy Texas', 'Entergy New Orleans'],
  categories: ['electric', 'gas'],
  domains: ['entergy.com', 'entergy-louisiana.com'],
  identity: { states: ['AR', 'LA', 'MS', 'TX'] },
  testUrls: [
    { url: 'https://www.entergy.com/covid-19/assistanceplanfaq/', kind: 'other', origin: 'seen' },
    { url: katrinaFaq, kind: 'other', origin: 'seen' },
    { url: 'https://www.entergy-louisiana.com/faq/faq_consumer.aspx', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-800-368-3749',
      label: '1-800-ENTERGY, account questions (from a 2005 hurricane FAQ)',
      source: 'entergy-la-katrina-faq',
      quote: 'Customers seeking to understand your account status and payment options should contact us at 1-800 ENTERGY (1-800-368-3749).',
    },
  ],
  sources: [
    {
      id: 'entergy-la-katrina-faq',
      url: katrinaFaq,
      title: 'Frequently Asked Questions - Hurricanes Katrina and Rita',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'An old Entergy Louisiana page, stored at the http:// address.',
    },
  ],
};
