import type { ProviderInput } from '../schema';

const faq = 'https://www.gswater.com/frequently-asked-questions';

export const goldenStateWater: ProviderInput = {
  id: 'golden-state-water',
  name: 'Golden State Water',
  aliases: ['Golden State Water Company', 'GSWC', 'American States Water'],
  categories: ['water'],
  domains: ['gswater.com'],
  identity: { states: ['CA'] },
  testUrls: [
    { url: faq, kind: 'other', origin: 'seen' },
    { url: 'https://www.gswater.com/disconnection-policy', kind: 'cancel', origin: 'seen' },
    { url: 'https://gswater.com/covid-19-emergency-disaster-relief-program', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-800-999-4033',
      label: 'Customer service, 24 hours a day',
      source: 'gsw-faq',
      quote: 'Contact us at 1-800-999-4033 if you have\n  any questions about reading\n  your meter.',
    },
  ],
  notes: [
    {
      text: 'Among the reasons water may be turned off: no name on the account.',
      source: 'gsw-faq',
      quote: 'No name on the account',
    },
    {
      text: 'Customer service representatives can discuss an account 24 hours a day, 365 days a year.',
      source: 'gsw-faq',
      quote: 'has customer service representatives available to\n  discuss your account 24 hours a day, 365 days a year.',
    },
  ],
  sources: [
    {
      id: 'gsw-faq',
      url: faq,
      title: 'Frequently Asked Questions',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Two stored copies (/frequently-asked-questions and /overview/frequently-asked-questions) say the same; the quotes keep the line breaks of the /overview copy.',
    },
  ],
};
