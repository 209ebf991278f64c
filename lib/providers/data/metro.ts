import type { ProviderInput } from '../schema';

export const metro: ProviderInput = {
  id: 'metro-by-t-mobile',
  name: 'Metro by T-Mobile',
  aliases: ['Metro', 'MetroPCS', 'Metro PCS'],
  categories: ['wireless'],
  domains: ['metrobyt-mobile.com'],
  pages: [
    { kind: 'sign_in', path: '^/(my-?account/)?(login|sign-?in)' },
    { kind: 'billing', path: '/bill|/payment' },
  ],
  testUrls: [
    { url: 'https://www.metrobyt-mobile.com/login', kind: 'sign_in' },
    { url: 'https://www.metrobyt-mobile.com/payment', kind: 'billing' },
    { url: 'https://www.metrobyt-mobile.com/my-account/profile', kind: 'account' },
  ],
  notes: [],
  guidance: {},
  escalation: { regulators: ['FCC'], channels: [] },
  sources: [
    {
      id: 'metro-home',
      url: 'https://www.metrobyt-mobile.com/',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Homepage only: no reliable bereavement or cancellation source found (only low-quality blogs).',
    },
  ],
};
