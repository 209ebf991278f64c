import type { ProviderInput } from '../schema';

/**
 * amazon.com is a big shared retail domain: almost every page there is
 * shopping, not the Prime account. Low priority so any more specific entry wins.
 */
export const amazonPrime: ProviderInput = {
  id: 'amazon-prime',
  name: 'Amazon Prime',
  aliases: ['Amazon', 'Prime Video', 'Amazon Prime Video'],
  categories: ['streaming'],
  domains: ['amazon.com'],
  priority: -10,
  pages: [
    { kind: 'cancel', path: '/mc/pipelines/cancellation|/primecentral.*cancel|endmembership' },
    { kind: 'account', path: '^/gp/primecentral|^/gp/css/homepage|^/your-account' },
    { kind: 'sign_in', path: '^/ap/signin' },
    { kind: 'billing', path: '^/cpe/yourpayments|^/gp/css/order-history' },
    { kind: 'other', path: '^/dp/|^/s\\?|^/gp/product/' },
  ],
  testUrls: [
    { url: 'https://www.amazon.com/ap/signin', kind: 'sign_in' },
    { url: 'https://www.amazon.com/gp/primecentral', kind: 'account' },
    { url: 'https://www.amazon.com/mc/pipelines/cancellation', kind: 'cancel' },
    { url: 'https://www.amazon.com/cpe/yourpayments/wallet', kind: 'billing' },
    { url: 'https://www.amazon.com/dp/B08N5WRWNW', kind: 'other' },
  ],
  bereavement: {
    options: ['close'],
    documents: [
      { kind: 'death_certificate', note: 'Second-hand: typically asked for.', source: 'afterlife-amazon' },
      {
        kind: 'letters_testamentary',
        note: 'Second-hand: proof of authority to act for the estate (executor papers or similar).',
        source: 'afterlife-amazon',
      },
      { kind: 'id', note: 'Second-hand: your own government photo ID.', source: 'afterlife-amazon' },
    ],
    channels: [],
    notes: [
      {
        text: "Second-hand: Amazon customer service has a bereavement process to close a deceased person's account and cancel subscriptions such as Prime; have the account's email address or phone number ready.",
        source: 'afterlife-amazon',
      },
      {
        text: 'Second-hand: Kindle books and other digital purchases are licences tied to the account and usually cannot be passed on.',
        source: 'afterlife-amazon',
      },
    ],
  },
  notes: [],
  guidance: {
    account: [
      {
        text: 'Before closing the account, look through orders, Subscribe & Save deliveries and subscriptions: they are the list of what still needs cancelling.',
        source: 'afterlife-amazon',
      },
    ],
  },
  escalation: { regulators: ['FTC', 'state_AG'], channels: [] },
  sources: [
    {
      id: 'afterlife-amazon',
      url: 'https://www.afterlife.ai/what-happens-to-amazon-when-you-die',
      checked: '2026-11-22',
      quality: 'second-hand',
    },
  ],
};
