import type { ProviderInput } from '../schema';

export const americanWater: ProviderInput = {
  id: 'american-water',
  name: 'American Water',
  aliases: ['American Water Works', 'New Jersey American Water', 'Pennsylvania American Water', 'California American Water'],
  categories: ['water'],
  domains: ['amwater.com'],
  pages: [
    { kind: 'cancel', path: 'turning-service-on-off|start-stop|stop-service' },
    { kind: 'sign_in', path: '/sign-?in|/login' },
    { kind: 'billing', path: '/bill|/pay' },
  ],
  testUrls: [
    { url: 'https://www.amwater.com/nyaw/Customer-Service/turning-service-on-off.html', kind: 'cancel' },
    { url: 'https://myh2o.amwater.com/login', kind: 'sign_in' },
    { url: 'https://myh2o.amwater.com/billing', kind: 'billing' },
    { url: 'https://myh2o.amwater.com/account/overview', kind: 'account' },
  ],
  bereavement: {
    options: [],
    documents: [],
    channels: [
      {
        kind: 'phone',
        value: '877.426.6999',
        label: 'Customer Service Center, 24 hours (New York American Water page)',
        source: 'amwater-ny-on-off',
      },
    ],
    notes: [],
  },
  notes: [
    {
      text: 'Service is stopped through the My H2O Online self-service site or by phone three to five business days ahead, so a final meter reading can be scheduled (New York American Water).',
      source: 'amwater-ny-on-off',
    },
    {
      text: 'A new customer may have to pay a deposit under the tariff and state PSC rules (New York American Water).',
      source: 'amwater-ny-on-off',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'Ask for a final meter reading three to five business days ahead, and take a photo of the meter on the day.',
        source: 'amwater-ny-on-off',
      },
    ],
  },
  escalation: { regulators: ['state_PUC'], channels: [] },
  sources: [
    {
      id: 'amwater-ny-on-off',
      url: 'https://www.amwater.com/nyaw/Customer-Service/turning-service-on-off.html',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'New York American Water; each state subsidiary has its own numbers. Stored copy at the http:// address.',
    },
  ],
};
