import type { ProviderInput } from '../schema';

const terms = 'https://cricketwireless.com/content/aio/en/legal-info/terms-and-conditions-of-service.html';

export const cricket: ProviderInput = {
  id: 'cricket',
  name: 'Cricket Wireless',
  aliases: ['Cricket', 'Aio Wireless'],
  categories: ['wireless'],
  domains: ['cricketwireless.com', 'aiowireless.com'],
  formerly: [{ name: 'Aio Wireless', domains: ['aiowireless.com'] }],
  pages: [
    { kind: 'sign_in', path: '^/(myaccount|my-account)/?(login|sign-?in)?$|/sign-?in' },
    { kind: 'billing', path: '/bill|/payment|/make-a-payment' },
    { kind: 'other', path: '/contactus|/legal-info/' },
  ],
  testUrls: [
    { url: terms, kind: 'other', origin: 'seen' },
    { url: 'https://www.cricketwireless.com/myaccount', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.cricketwireless.com/myaccount/payments', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.cricketwireless.com/contactus', kind: 'other', origin: 'constructed' },
    { url: 'https://www.cricketwireless.com/myaccount/overview', kind: 'account', origin: 'constructed' },
    { url: 'https://www.aiowireless.com/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  notes: [
    {
      text: "Cricket's terms point to cricketwireless.com/contactus to cancel service.",
      source: 'cricket-terms',
      quote: 'contact us immediately to cancel your order and/or service and return any products. See cricketwireless.com/contactus.',
    },
  ],
  sources: [
    {
      id: 'cricket-terms',
      url: terms,
      title: 'Cricket Wireless Terms and Conditions of Service',
      published: '2024-06-04',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
