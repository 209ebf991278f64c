import type { ProviderInput } from '../schema';

const deposits = 'https://pse.com/pages/deposits';

export const pse: ProviderInput = {
  id: 'puget-sound-energy',
  name: 'Puget Sound Energy',
  aliases: ['PSE'],
  categories: ['electric', 'gas'],
  domains: ['pse.com'],
  identity: { states: ['WA'] },
  testUrls: [
    { url: deposits, kind: 'other', origin: 'seen' },
    { url: 'https://www.pse.com/pages/covid-info', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'When service ends, the deposit plus interest is applied to any unpaid charges and the rest is refunded: give a forwarding address to receive the refund.',
      source: 'pse-deposits',
      quote: 'To guarantee that you receive your refund, please be sure to provide a forwarding address when you end your service.',
    },
  ],
  sources: [{ id: 'pse-deposits', url: deposits, title: 'Deposits', checked: '2026-11-30', quality: 'first-party' }],
};
