import type { ProviderInput } from '../schema';

const billedElsewhere = 'Some subscribers use iTunes, Amazon, Roku, or another provider to bill for a Hulu subscription.';

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
    { url: 'https://secure.hulu.com/account/cancel', kind: 'cancel', origin: 'constructed' },
    { url: 'https://secure.hulu.com/account', kind: 'account', origin: 'constructed' },
    { url: 'https://auth.hulu.com/web/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://secure.hulu.com/account/payment', kind: 'billing', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Second-hand: a Hulu subscription may be billed through iTunes/Apple, Amazon, Roku or another company; then it is cancelled there.',
      source: 'cake-hulu',
      quote: billedElsewhere,
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'No cancel button? The subscription is probably billed by Apple, Amazon, Roku or another provider: cancel it with them.',
        source: 'cake-hulu',
        quote: 'If that is the case for you, you may need to check those settings to remove your Hulu subscription from that site.',
      },
    ],
  },
  sources: [
    {
      id: 'cake-hulu',
      url: 'https://www.joincake.com/blog/cancel-hulu/',
      title: 'How to Cancel Hulu for Yourself & After a Death',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
