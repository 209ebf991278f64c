import type { ProviderInput } from '../schema';

export const boost: ProviderInput = {
  id: 'boost-mobile',
  name: 'Boost Mobile',
  aliases: ['Boost'],
  categories: ['wireless'],
  domains: ['boostmobile.com'],
  pages: [
    { kind: 'sign_in', path: '^/(my-?account/)?(login|sign-?in)' },
    { kind: 'billing', path: '/bill|/payment' },
  ],
  testUrls: [
    { url: 'https://www.boostmobile.com/login', kind: 'sign_in' },
    { url: 'https://www.boostmobile.com/my-account/payment', kind: 'billing' },
    { url: 'https://www.boostmobile.com/my-account', kind: 'account' },
  ],
  notes: [],
  guidance: {},
  escalation: { regulators: ['FCC'], channels: [] },
  sources: [
    {
      id: 'boost-home',
      url: 'https://www.boostmobile.com/',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Homepage only: no reliable bereavement or cancellation source found.',
    },
  ],
};
