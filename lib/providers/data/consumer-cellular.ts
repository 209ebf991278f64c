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
    { url: 'https://www.consumercellular.com/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.consumercellular.com/myaccount/bill', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.consumercellular.com/myaccount', kind: 'account', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'The Wireless Customer Agreement has no minimum term: service lasts until either side ends it.',
      source: 'cc-agreement',
      quote: 'There is no requirement that you maintain Service for a specific term length.',
    },
  ],
  sources: [
    {
      id: 'cc-agreement',
      url: 'https://dokumen.tips/documents/wireless-customer-agreement-consumer-cellular-wireless-customer-agreement-consumer.html',
      title: 'Wireless Customer Agreement (Consumer Cellular)',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "A third-party copy of Consumer Cellular's Wireless Customer Agreement (undated).",
    },
  ],
};
