import type { ProviderInput } from '../schema';

export const visible: ProviderInput = {
  id: 'visible',
  name: 'Visible',
  aliases: ['Visible Wireless', 'Visible by Verizon'],
  categories: ['wireless'],
  domains: ['visible.com'],
  pages: [
    { kind: 'sign_in', path: '^/(login|sign-?in)' },
    { kind: 'billing', path: '/bill|/payment' },
    { kind: 'account', path: '^/account' },
  ],
  testUrls: [
    { url: 'https://www.visible.com/login', kind: 'sign_in' },
    { url: 'https://www.visible.com/account/payment', kind: 'billing' },
    { url: 'https://www.visible.com/account/overview', kind: 'account' },
  ],
  notes: [],
  guidance: {},
  escalation: { regulators: ['FCC'], channels: [] },
  sources: [
    {
      id: 'visible-home',
      url: 'https://www.visible.com/',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Homepage only: no bereavement or cancellation source found.',
    },
  ],
};
