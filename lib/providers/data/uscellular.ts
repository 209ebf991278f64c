import type { ProviderInput } from '../schema';

export const uscellular: ProviderInput = {
  id: 'uscellular',
  name: 'UScellular',
  aliases: ['U.S. Cellular', 'US Cellular', 'United States Cellular'],
  categories: ['wireless'],
  domains: ['uscellular.com'],
  pages: [
    { kind: 'sign_in', path: '^/my-?account/?(login|sign-?in)|^/login' },
    { kind: 'billing', path: '/bill|/payment' },
    { kind: 'account', path: '^/my-?account' },
  ],
  testUrls: [
    { url: 'https://www.uscellular.com/myaccount/login', kind: 'sign_in' },
    { url: 'https://www.uscellular.com/myaccount/bill', kind: 'billing' },
    { url: 'https://www.uscellular.com/myaccount/home', kind: 'account' },
    { url: 'https://www.uscellular.com/support/cancel-service', kind: 'cancel' },
  ],
  notes: [],
  guidance: {},
  escalation: { regulators: ['FCC'], channels: [] },
  sources: [
    {
      id: 'usc-prepaid-terms',
      url: 'https://www.uscellular.com/plans/prepaid/terms-and-conditions.html',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Prepaid terms; no bereavement or cancellation procedure found. Stored copy at the http:// address.',
    },
  ],
};
