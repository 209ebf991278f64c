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
    { url: 'https://hola.metrobyt-mobile.com/support/account/long-term-care-new-jersey', kind: 'account', origin: 'seen' },
    { url: 'https://www.metrobyt-mobile.com/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.metrobyt-mobile.com/payment', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.metrobyt-mobile.com/my-account/profile', kind: 'account', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  notes: [
    {
      text: 'In New Jersey, service can be paused for a subscriber admitted to a licensed long-term care facility (a form, with power of attorney, conservatorship or guardianship papers when someone else asks).',
      source: 'metro-long-term-care',
      quote: 'Learn about pausing services if the subscriber has been admitted to a licensed Long-Term Care facility.',
    },
  ],
  sources: [
    {
      id: 'metro-long-term-care',
      url: 'https://hola.metrobyt-mobile.com/support/account/long-term-care-new-jersey',
      title: 'Long Term Care – State of New Jersey',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
