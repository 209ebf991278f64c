import type { ProviderInput } from '../schema';

const kxkx = 'https://kxkx.com/evergy-disconnection-moratorium-extension/';

export const evergy: ProviderInput = {
  id: 'evergy',
  name: 'Evergy',
  aliases: ['KCP&L', 'Westar Energy'],
  categories: ['electric'],
  domains: ['evergy.com'],
  identity: { states: ['KS', 'MO'] },
  testUrls: [{ url: 'https://www.evergy.com/landing/paperless/paperless-billing-terms-and-conditions', kind: 'billing', origin: 'seen' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-888-471-5275',
      label: 'Customer service, 7 AM to 7 PM Monday to Friday (as given by a 2021 radio news story)',
      hours: '7:00 AM - 7:00 PM, Monday - Friday',
      source: 'evergy-kxkx-2021',
      quote:
        'Customers can contact them at 1-888-471-5275. Their customer service team is available from 7:00 AM -7:00 PM Monday - Friday.',
    },
  ],
  sources: [
    {
      id: 'evergy-kxkx-2021',
      url: kxkx,
      title: 'Evergy disconnection moratorium extension (KIX 105.7)',
      published: '2021',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
