import type { ProviderInput } from '../schema';

const letter = 'https://www.socalgas.com/help-center/asked-for-letter-of-credit';
const referenceLetter =
  'residential customers may provide a Credit Reference Letter from another utility company such as gas, electric, water, telephone or cable.';

export const socalgas: ProviderInput = {
  id: 'socalgas',
  name: 'SoCalGas',
  aliases: ['Southern California Gas', 'The Gas Company', 'Southern California Gas Company'],
  categories: ['gas'],
  domains: ['socalgas.com'],
  pages: [
    { kind: 'cancel', path: 'start-stop|stop-service|/move' },
    { kind: 'billing', path: 'payment-arrangements|/billing|/pay|letter-of-credit|back-of-bill' },
    { kind: 'sign_in', path: '/sign-?in|/login' },
  ],
  testUrls: [
    { url: letter, kind: 'billing', origin: 'seen' },
    { url: 'https://www.socalgas.com/billing/payment-arrangements.shtml', kind: 'billing', origin: 'seen' },
    { url: 'https://socalgas.com/pay-bill/my-account/back-of-bill', kind: 'billing', origin: 'seen' },
    { url: 'https://myaccount.socalgas.com/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://myaccount.socalgas.com/', kind: 'account', origin: 'constructed' },
    { url: 'https://www.socalgas.com/stay-safe/start-stop-or-move-service', kind: 'cancel', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  contact: [
    {
      kind: 'phone',
      value: '1-877-238-0092',
      label: 'Customer service',
      source: 'socalgas-letter-of-credit',
      quote: 'To obtain a Credit Reference Letter from us, you must meet the above criteria and call us at 1-877-238-0092.',
    },
  ],
  notes: [
    {
      text: 'Closing gas service needs two working days and access to the meter.',
      source: 'socalgas-back-of-bill',
      quote: 'We require two (2) working days and access to the meter to close your gas service.',
    },
    {
      text: 'A deposit, with any interest and less unpaid bills, is normally returned when service is discontinued.',
      source: 'socalgas-back-of-bill',
      quote:
        'This deposit, together with any interest due, less the amount of any unpaid bills, will normally be returned either on discontinuance of service or after the deposit has been held for twelve (12) consecutive months',
    },
    {
      text: 'Whether a deposit is required is said at the end of the Start Service process.',
      source: 'socalgas-payment-arrangements',
      quote: 'If a deposit is required you will be informed at the completion of the Start Service process.',
    },
    {
      text: 'A deposit can be avoided with a Credit Reference Letter from another utility (gas, electric, water, telephone or cable) on letterhead, showing 12 months of continuous service in good standing within the past two years.',
      source: 'socalgas-letter-of-credit',
      quote: referenceLetter,
    },
    {
      text: 'Or with a guarantor who has been a SoCalGas customer in good standing for at least two years (older page).',
      source: 'socalgas-payment-arrangements',
      quote: 'A Southern California Gas Company (SoCalGas®) customer in good standing with at least two years of established service',
    },
  ],
  guidance: {
    billing: [
      {
        text: 'Opening gas service in your own name? A credit reference letter from your own phone, cable or other utility can avoid a deposit.',
        source: 'socalgas-letter-of-credit',
        quote: referenceLetter,
      },
    ],
    cancel: [
      {
        text: 'Ask at least two working days ahead, and make sure the meter can be reached.',
        source: 'socalgas-back-of-bill',
        quote: 'We require two (2) working days and access to the meter to close your gas service.',
      },
    ],
  },
  sources: [
    {
      id: 'socalgas-letter-of-credit',
      url: letter,
      title: 'Why am I being asked for a letter of credit?',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'socalgas-back-of-bill',
      url: 'https://socalgas.com/pay-bill/my-account/back-of-bill',
      title: 'Back of Bill',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'socalgas-payment-arrangements',
      url: 'https://www.socalgas.com/billing/payment-arrangements.shtml',
      title: 'Payment Arrangements',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'An older page; stored copy at the http:// address.',
    },
  ],
};
