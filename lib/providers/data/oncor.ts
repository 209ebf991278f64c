import type { ProviderInput } from '../schema';

const billPart = 'https://oncor.com/content/oncorwww/wire/en/home/powering-texas/understanding-the-oncor-part-of-your-electric-bill.html';
const notBilled =
  'Oncor does not generate power or bill customers directly. Customers buy electricity from their Retail Electric Provider, or REP, and receive their bill from that REP.';

export const oncor: ProviderInput = {
  id: 'oncor',
  name: 'Oncor',
  aliases: ['Oncor Electric Delivery'],
  categories: ['electric'],
  domains: ['oncor.com'],
  identity: { states: ['TX'] },
  testUrls: [{ url: billPart, kind: 'billing', origin: 'seen' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'email',
      value: 'contactcenter@oncor.com',
      label: 'General inquiries. Oncor owns the wires only; the account is with the electricity company named on the bill',
      source: 'oncor-bill-part',
      quote: 'General Inquiries/Service Requests:\ncontactcenter@oncor.com',
    },
  ],
  notes: [
    {
      text: 'Oncor owns the poles and wires only: it sends no bill. The account to close or transfer is with the retail electric provider named on the bill (TXU Energy, Reliant and others).',
      source: 'oncor-bill-part',
      quote: notBilled,
    },
  ],
  guidance: {
    billing: [
      {
        text: 'Questions about the bill, closing it or putting it in your name go to the electricity company named on the bill (the "retail electric provider"), at its number on the bill.',
        source: 'oncor-bill-part',
        quote: 'If you have questions about your electric bill, call your REP at the number listed on your billing statement.',
      },
    ],
  },
  sources: [
    {
      id: 'oncor-bill-part',
      url: billPart,
      title: 'Understanding the Oncor part of your electric bill',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
