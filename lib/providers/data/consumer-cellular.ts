import type { ProviderInput } from '../schema';

export const consumerCellular: ProviderInput = {
  id: 'consumer-cellular',
  name: 'Consumer Cellular',
  aliases: ['ConsumerCellular'],
  categories: ['wireless'],
  domains: ['consumercellular.com'],
  pages: [
    { kind: 'sign_in', path: '^/(my-?account/)?(login|sign-?in)' },
    { kind: 'billing', path: '/bill|/payment' },
  ],
  testUrls: [
    { url: 'https://www.consumercellular.com/login', kind: 'sign_in' },
    { url: 'https://www.consumercellular.com/myaccount/bill', kind: 'billing' },
    { url: 'https://www.consumercellular.com/myaccount', kind: 'account' },
  ],
  notes: [
    { text: 'The Wireless Customer Agreement has no minimum term: service lasts until either side ends it.', source: 'cc-agreement' },
  ],
  guidance: {},
  escalation: { regulators: ['FCC'], channels: [] },
  sources: [
    {
      id: 'cc-agreement',
      url: 'https://dokumen.tips/documents/wireless-customer-agreement-consumer-cellular-wireless-customer-agreement-consumer.html',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: "A third-party copy of Consumer Cellular's Wireless Customer Agreement (undated).",
    },
  ],
};
