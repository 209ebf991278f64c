import type { ProviderInput } from '../schema';

const faq = 'https://championenergyservices.com/Residential/Customer-Care/FAQs';

export const championEnergy: ProviderInput = {
  id: 'champion-energy',
  name: 'Champion Energy',
  aliases: ['Champion Energy Services'],
  categories: ['electric'],
  domains: ['championenergyservices.com'],
  identity: { states: ['IL', 'NJ', 'PA', 'TX'] },
  testUrls: [
    { url: faq, kind: 'other', origin: 'seen' },
    { url: 'https://www.championenergyservices.com/about-champion/frequently-asked-questions/', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'email',
      value: 'info@champion.energy',
      label: 'Customer care',
      source: 'champion-faq',
      quote: "If you can't find the answer you are looking for, email us at info@champion.energy.",
    },
  ],
  notes: [
    {
      text: 'For an outage or emergency, call the local wires company (the TDU named on the bill), not Champion.',
      source: 'champion-faq',
      quote: 'Please check your bill for the TDU that covers your area.',
    },
  ],
  sources: [{ id: 'champion-faq', url: faq, title: 'FAQs', checked: '2026-11-30', quality: 'first-party' }],
};
