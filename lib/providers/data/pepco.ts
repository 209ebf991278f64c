import type { ProviderInput } from '../schema';

const covid = 'https://www.pepco.com/safetycommunity/safety/pages/coronavirus.aspx';

export const pepco: ProviderInput = {
  id: 'pepco',
  name: 'Pepco',
  aliases: ['Potomac Electric Power Company'],
  categories: ['electric'],
  domains: ['pepco.com'],
  identity: { states: ['DC', 'MD'] },
  testUrls: [
    { url: covid, kind: 'other', origin: 'seen' },
    { url: 'https://www.pepco.com/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '202-833-7500',
      label: 'Pepco Customer Care (from a 2020 pandemic page)',
      source: 'pepco-covid',
      quote: 'Customers who may be challenged in paying their Pepco bill should contact Pepco Customer Care at 202-833-7500.',
    },
  ],
  notes: [
    {
      text: "Anyone can pay toward a friend's or family member's Pepco bill (the Gift of Energy program); it shows as a credit on a later bill.",
      source: 'pepco-covid',
      quote: "Anyone can make a payment toward a friend or family member's energy bill.",
    },
  ],
  sources: [
    {
      id: 'pepco-covid',
      url: covid,
      title: 'Pepco Taking Steps to Support Customers During Coronavirus Pandemic',
      captured: '2020',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
