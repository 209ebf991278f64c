import type { ProviderInput } from '../schema';

export const hulu: ProviderInput = {
  id: 'hulu',
  name: 'Hulu',
  aliases: ['Hulu + Live TV'],
  categories: ['streaming'],
  domains: ['hulu.com'],
  pages: [
    { kind: 'cancel', path: '^/account/cancel' },
    { kind: 'billing', path: '^/account/(billing|payment)' },
    { kind: 'sign_in', path: '/login' },
    { kind: 'account', path: '^/account' },
  ],
  testUrls: [
    { url: 'https://secure.hulu.com/account/cancel', kind: 'cancel' },
    { url: 'https://secure.hulu.com/account', kind: 'account' },
    { url: 'https://auth.hulu.com/web/login', kind: 'sign_in' },
    { url: 'https://secure.hulu.com/account/payment', kind: 'billing' },
  ],
  notes: [
    {
      text: 'Second-hand: if Hulu is billed through iTunes/Apple, Amazon, Roku or another company, cancel it there; otherwise cancel under Your Account on hulu.com.',
      source: 'cake-hulu',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'No cancel button? The subscription is probably billed by Apple, Amazon, Roku or a TV/phone provider: cancel it with them.',
        source: 'cake-hulu',
      },
    ],
  },
  escalation: { regulators: ['FTC', 'state_AG'], channels: [] },
  sources: [{ id: 'cake-hulu', url: 'https://www.joincake.com/blog/cancel-hulu/', checked: '2026-11-22', quality: 'second-hand' }],
};
