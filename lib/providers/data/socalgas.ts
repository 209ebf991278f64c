import type { ProviderInput } from '../schema';

export const socalgas: ProviderInput = {
  id: 'socalgas',
  name: 'SoCalGas',
  aliases: ['Southern California Gas', 'The Gas Company', 'Southern California Gas Company'],
  categories: ['gas'],
  domains: ['socalgas.com'],
  pages: [
    { kind: 'cancel', path: 'start-stop|stop-service|/move' },
    { kind: 'billing', path: 'payment-arrangements|/billing|/pay' },
    { kind: 'sign_in', path: '/sign-?in|/login' },
  ],
  testUrls: [
    { url: 'https://www.socalgas.com/billing/payment-arrangements.shtml', kind: 'billing' },
    { url: 'https://myaccount.socalgas.com/login', kind: 'sign_in' },
    { url: 'https://myaccount.socalgas.com/', kind: 'account' },
    { url: 'https://www.socalgas.com/stay-safe/start-stop-or-move-service', kind: 'cancel' },
  ],
  bereavement: {
    options: [],
    documents: [],
    channels: [
      {
        kind: 'phone',
        value: '1-877-238-0092',
        label: 'Customer service, 24/7 (second-hand, 2020 news report)',
        source: 'cns-socalgas-2020',
      },
    ],
    notes: [],
  },
  notes: [
    { text: 'Whether a deposit is required is said at the end of the Start Service process.', source: 'socalgas-payment-arrangements' },
    {
      text: 'A deposit can be avoided with a Credit Reference Letter from another utility (gas, electric, water, telephone or cable) on letterhead, showing 12 months of continuous service in good standing within the past two years, or with a guarantor who is a SoCalGas customer of two years in good standing.',
      source: 'socalgas-payment-arrangements',
    },
  ],
  guidance: {
    billing: [
      {
        text: 'Opening gas service in your own name? A credit reference letter from your own phone, cable or other utility can avoid a deposit.',
        source: 'socalgas-payment-arrangements',
      },
    ],
  },
  escalation: { regulators: ['state_PUC'], channels: [] },
  sources: [
    {
      id: 'socalgas-payment-arrangements',
      url: 'https://www.socalgas.com/billing/payment-arrangements.shtml',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Older page; stored copy at the http:// address.',
    },
    {
      id: 'cns-socalgas-2020',
      url: 'https://kfiam640.iheart.com/content/2020-03-13-socalgas-suspends-service-disconnections-as-part-of-covid-19-response/',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: 'City News Service report, March 2020.',
    },
  ],
};
