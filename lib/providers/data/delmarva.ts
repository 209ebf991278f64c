import type { ProviderInput } from '../schema';

const faq = 'https://www.delmarva.com/contact/faqs/default.aspx';
const businessFaq = 'https://www.delmarva.com/my-business/service-requests/frequently-asked-questions/';

export const delmarva: ProviderInput = {
  id: 'delmarva-power',
  name: 'Delmarva Power',
  aliases: ['Delmarva'],
  categories: ['electric', 'gas'],
  domains: ['delmarva.com'],
  identity: { states: ['DE', 'MD'] },
  testUrls: [
    { url: faq, kind: 'other', origin: 'seen' },
    { url: businessFaq, kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-800-375-7117',
      label: 'Customer Service',
      hours: '7 a.m. to 7 p.m., Monday to Friday',
      source: 'delmarva-faq',
      quote: 'Customer service representatives are available from 7 a.m. to 7 p.m. Monday to Friday.',
    },
  ],
  notes: [
    {
      text: "Service can be stopped with the online disconnection form, at a Customer Service Center, or by phone at 1-800-375-7117 (business customers' FAQ).",
      source: 'delmarva-business-faq',
      quote:
        'stop service by using our disconnection form. You can also visit us at one of our Customer Service Centers, call us at 1-800-375-7117',
    },
    {
      text: "Stopping service needs three days' notice (business customers' FAQ).",
      source: 'delmarva-business-faq',
      quote: 'But we require a 3-day advance notice to stop service.',
    },
  ],
  sources: [
    {
      id: 'delmarva-faq',
      url: faq,
      title: 'Frequently Asked Questions',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Stored at the http:// address.',
    },
    {
      id: 'delmarva-business-faq',
      url: businessFaq,
      title: 'Frequently Asked Questions (business service requests)',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Stored at the http:// address.',
    },
  ],
};
