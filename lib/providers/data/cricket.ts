import type { ProviderInput } from '../schema';

export const cricket: ProviderInput = {
  id: 'cricket',
  name: 'Cricket Wireless',
  aliases: ['Cricket'],
  categories: ['wireless'],
  domains: ['cricketwireless.com'],
  pages: [
    { kind: 'sign_in', path: '^/(myaccount|my-account)/?(login|sign-?in)?$|/sign-?in' },
    { kind: 'billing', path: '/bill|/payment|/make-a-payment' },
    { kind: 'other', path: '/contactus' },
  ],
  testUrls: [
    { url: 'https://www.cricketwireless.com/myaccount', kind: 'sign_in' },
    { url: 'https://www.cricketwireless.com/myaccount/payments', kind: 'billing' },
    { url: 'https://www.cricketwireless.com/contactus', kind: 'other' },
    { url: 'https://www.cricketwireless.com/myaccount/overview', kind: 'account' },
  ],
  notes: [{ text: "Cricket's terms send customers to cricketwireless.com/contactus to cancel service.", source: 'cricket-terms' }],
  guidance: {},
  escalation: { regulators: ['FCC'], channels: [] },
  sources: [
    {
      id: 'cricket-terms',
      url: 'https://cricketwireless.com/content/aio/en/legal-info/terms-and-conditions-of-service.html',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Revised June 4, 2024. No bereavement procedure found.',
    },
  ],
};
