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
    { url: 'https://www.mintmobile.com/login/', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.mintmobile.com/account/billing/', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.mintmobile.com/account/', kind: 'account', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  notes: [
    {
      text: 'Second-hand: without porting the number out, turning off Auto-Renew lets the plan expire at the end of its term; unused days are not refunded.',
      source: 'chatodyssey-mint',
      quote: 'Your plan will expire at the end of your cycle.',
    },
    {
      text: 'Second-hand: the number is recycled 30 to 45 days after the plan expires.',
      source: 'chatodyssey-mint',
      quote: 'Your number is recycled 30–45 days after expiration.',
    },
  ],
  sources: [
    {
      id: 'chatodyssey-mint',
      url: 'https://www.chatodyssey.com/phone-guides/mint-mobile/how-to-cancel-mint-mobile',
      title: 'How to Cancel Mint Mobile – Stop Auto-Renew or End Your Plan',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
