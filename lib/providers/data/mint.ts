import type { ProviderInput } from '../schema';

export const mint: ProviderInput = {
  id: 'mint-mobile',
  name: 'Mint Mobile',
  aliases: ['Mint'],
  categories: ['wireless'],
  domains: ['mintmobile.com'],
  pages: [
    { kind: 'sign_in', path: '^/(login|sign-?in)' },
    { kind: 'billing', path: '/bill|/payment' },
    { kind: 'account', path: '^/account' },
  ],
  testUrls: [
    { url: 'https://www.mintmobile.com/login/', kind: 'sign_in' },
    { url: 'https://www.mintmobile.com/account/billing/', kind: 'billing' },
    { url: 'https://www.mintmobile.com/account/', kind: 'account' },
  ],
  notes: [],
  guidance: {},
  escalation: { regulators: ['FCC'], channels: [] },
  sources: [
    {
      id: 'mint-home',
      url: 'https://www.mintmobile.com/',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Homepage only: only low-quality second-hand cancellation guides found; nothing used.',
    },
  ],
};
