import type { ProviderInput } from '../schema';

const faq = 'https://www.gexaenergy.com/for-home/support/faqs.html';

export const gexa: ProviderInput = {
  id: 'gexa-energy',
  name: 'Gexa Energy',
  aliases: ['Gexa'],
  categories: ['electric'],
  domains: ['gexaenergy.com'],
  identity: { states: ['TX'] },
  testUrls: [{ url: faq, kind: 'other', origin: 'seen' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '(866) 329-4392',
      label: 'Customer Care center',
      source: 'gexa-faq',
      quote: 'To sign up with Gexa Energy, you can call our Customer Care center at (866) 329-4392',
    },
    {
      kind: 'phone',
      value: '(866) 961-9399',
      label: 'Payments by phone (toll-free)',
      source: 'gexa-faq',
      quote: 'To pay by phone call, call us at (713) 961-9399 or Toll-Free (866) 961-9399',
    },
  ],
  sources: [{ id: 'gexa-faq', url: faq, title: 'FAQs', checked: '2026-11-30', quality: 'first-party' }],
};
