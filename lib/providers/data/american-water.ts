import type { ProviderInput } from '../schema';

const onOff = 'https://www.amwater.com/nyaw/Customer-Service/turning-service-on-off.html';
const stopCall =
  'call us at 877.426.6999 three to five business days prior to moving or turning off your seasonal service. This will enable us to schedule a final meter reading';

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
    { url: onOff, kind: 'cancel', origin: 'seen' },
    { url: 'https://www.amwater.com/nyaw/Customer-Service/your-rights-and-responsibilities.html', kind: 'other', origin: 'seen' },
    { url: 'https://myh2o.amwater.com/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://myh2o.amwater.com/billing', kind: 'billing', origin: 'constructed' },
    { url: 'https://myh2o.amwater.com/account/overview', kind: 'account', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  contact: [
    {
      kind: 'phone',
      value: '877.426.6999',
      label: 'Customer Service Center, 24 hours (New York American Water page)',
      source: 'amwater-ny-on-off',
      quote:
        'Commercial customers may call us at 877.426.6999 – residential customers can call as well – and one of our experienced customer service representatives will be ready to help.',
    },
  ],
  notes: [
    {
      text: 'Service is stopped through the My H2O Online self-service site or by phone three to five business days ahead, so a final meter reading can be scheduled (New York American Water).',
      source: 'amwater-ny-on-off',
      quote: stopCall,
    },
    {
      text: 'A new customer may have to pay a deposit under the tariff and state PSC rules (New York American Water).',
      source: 'amwater-ny-on-off',
      quote:
        'If you were not previously an American Water customer, a deposit may be required in accordance with our tariff and PSC regulations.',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'Ask for a final meter reading three to five business days ahead, and take a photo of the meter on the day.',
        source: 'amwater-ny-on-off',
        quote: stopCall,
      },
    ],
  },
  escalation: {
    regulators: [
      {
        regulator: 'state_PUC',
        source: 'amwater-ny-rights',
        quote:
          'If your question is not resolved to your satisfaction, you have the right to contact the New York State Public Service Commission.',
      },
    ],
  },
  sources: [
    {
      id: 'amwater-ny-on-off',
      url: onOff,
      title: 'Turning Service On/Off (New York American Water)',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Each state subsidiary has its own numbers. Stored copy at the http:// address.',
    },
    {
      id: 'amwater-ny-rights',
      url: 'https://www.amwater.com/nyaw/Customer-Service/your-rights-and-responsibilities.html',
      title: 'Your Rights & Responsibilities (New York American Water)',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Stored copy at the http:// address.',
    },
  ],
};
