import type { ProviderInput } from '../schema';

export const coned: ProviderInput = {
  id: 'con-edison',
  name: 'Con Edison',
  aliases: ['Con Ed', 'ConEd', 'Consolidated Edison'],
  categories: ['electric', 'gas'],
  domains: ['coned.com'],
  pages: [
    { kind: 'cancel', path: 'start-stop|stop-service|/start-stop-or-move' },
    { kind: 'sign_in', path: '^/(en/)?login|sign-?in' },
    { kind: 'other', path: '/payment-plans-assistance/special-services' },
    { kind: 'account', path: '/accounts-billing/dashboard' },
    { kind: 'billing', path: '/accounts-billing/(your-bill|payment|pay)|/pay-my-bill' },
  ],
  testUrls: [
    { url: 'https://www.coned.com/en/accounts-billing/payment-plans-assistance/special-services', kind: 'other' },
    { url: 'https://www.coned.com/en/login', kind: 'sign_in' },
    { url: 'https://www.coned.com/en/accounts-billing/your-bill', kind: 'billing' },
    { url: 'https://www.coned.com/en/services-and-outages/start-stop-or-move-service', kind: 'cancel' },
    { url: 'https://www.coned.com/en/accounts-billing/dashboard', kind: 'account' },
  ],
  bereavement: {
    options: ['close', 'transfer'],
    documents: [],
    channels: [
      { kind: 'phone', value: '1-800-75-CONED (1-800-752-6633)', label: 'Customer service', source: 'coned-special-services' },
      { kind: 'tty', value: '1-877-423-4372', label: 'TDD', source: 'coned-special-services' },
    ],
    notes: [
      {
        text: "Second-hand (a New York utility advocate, 2013): Con Edison threatened to shut off surviving household members over a dead customer's bill instead of closing that account and opening one for them; the advocate argues that under New York's Home Energy Fair Practices Act the bill is owed by the estate and service to the household cannot be denied for it.",
        source: 'pulp-2013',
      },
    ],
  },
  notes: [
    {
      text: 'A new account may require a deposit, which earns interest and is returned after a year of satisfactory payments (2014 application form).',
      source: 'coned-application-2014',
    },
    {
      text: 'A relative, friend or organisation can be named to receive notices of overdue bills or a possible shutoff.',
      source: 'coned-special-services',
    },
  ],
  guidance: {
    cancel: [
      {
        text: "If you live in the home, ask Con Edison to close the deceased's account and open one in your name; the old balance is a debt of the estate. If they threaten shutoff, complain to the New York PSC.",
        source: 'pulp-2013',
      },
    ],
  },
  escalation: { regulators: ['state_PUC'], channels: [] },
  sources: [
    {
      id: 'coned-special-services',
      url: 'https://www.coned.com/en/accounts-billing/payment-plans-assistance/special-services',
      checked: '2026-11-22',
      quality: 'first-party',
    },
    {
      id: 'coned-application-2014',
      url: 'https://studylib.net/doc/18576960/residential-customers',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: "Third-party copy of Con Edison's 2014 residential application brochure.",
    },
    {
      id: 'pulp-2013',
      url: 'https://pulpnetwork.blogspot.com/2013/12/con-edison-psc-will-back-our-illegal.html',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: 'Public Utility Law Project blog, December 2013; stored copy at the http:// address.',
    },
  ],
};
