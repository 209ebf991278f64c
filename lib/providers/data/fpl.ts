import type { ProviderInput } from '../schema';

const deposit =
  'https://www.fpl.com/support/contact/balance-and-billing-information/i-have-a-question-about-deposits/when-is-the-deposit-refunded.html';
const reminder = 'https://www.fpl.com/residential/double_notice_protection_plan.shtml';
const refunded = 'Your deposit is refunded with any earned interest when the account is closed';

export const fpl: ProviderInput = {
  id: 'fpl',
  name: 'Florida Power & Light',
  aliases: ['FPL', 'Florida Power and Light', 'Gulf Power'],
  categories: ['electric'],
  domains: ['fpl.com', 'gulfpower.com'],
  formerly: [
    {
      name: 'Gulf Power',
      domains: ['gulfpower.com'],
      source: 'wuwf-gulf-power',
      quote: 'January is transition month for Gulf Power Company’s absorption into Florida Power and Light.',
    },
  ],
  pages: [
    { kind: 'other', path: 'double_notice_protection_plan|friendly-reminder|/storm/' },
    { kind: 'cancel', path: 'stop-service|start-stop|/move' },
    { kind: 'sign_in', path: '/my-account/login|/login|/sign-?in' },
    { kind: 'billing', path: '/bill|/payment|deposit' },
  ],
  testUrls: [
    { url: reminder, kind: 'other', origin: 'seen' },
    { url: deposit, kind: 'billing', origin: 'seen' },
    { url: 'https://www.fpl.com/storm/property-damage.html', kind: 'other', origin: 'seen' },
    { url: 'https://www.fpl.com/my-account/login.html', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.fpl.com/my-account/residential/stop-service.html', kind: 'cancel', origin: 'constructed' },
    { url: 'https://www.fpl.com/my-account/residential/dashboard.html', kind: 'account', origin: 'constructed' },
    { url: 'https://www.gulfpower.com/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  contact: [
    {
      kind: 'phone',
      value: '800-226-3545',
      label: 'Questions about service, or closing an account (from a Hurricane Ian page)',
      source: 'fpl-storm',
      quote:
        'If you have questions about your service or want to close your account, call us at 800-226-3545, or use the self-service options available on our website.',
    },
  ],
  notes: [
    { text: 'A deposit is refunded with any earned interest when the account is closed.', source: 'fpl-deposit', quote: refunded },
    {
      text: 'FPL Friendly Reminder sends a copy of any final (shutoff) notice to a third party you name; that person is not responsible for the bill, and payment is due within five working days of the final notice.',
      source: 'fpl-friendly-reminder',
      quote:
        'The person you designate is not responsible for paying the bill. You have five working days from the date of the final notice to make the payment.',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'When the account closes, any deposit is refunded with interest: check it is credited on the final bill or sent to the estate.',
        source: 'fpl-deposit',
        quote: refunded,
      },
    ],
  },
  sources: [
    {
      id: 'fpl-storm',
      url: 'https://www.fpl.com/storm/property-damage.html',
      title: 'Hurricane Ian property damage page',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'A storm page; the number is the general customer line it gives for questions and closing accounts.',
    },
    {
      id: 'fpl-deposit',
      url: deposit,
      title: 'When is the deposit refunded?',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'The stored copy begins with a "page not found" banner above the answer.',
    },
    {
      id: 'fpl-friendly-reminder',
      url: reminder,
      title: 'FPL Friendly Reminder',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'An older page; stored copy at the http:// address.',
    },
    {
      id: 'wuwf-gulf-power',
      url: 'https://www.wuwf.org/local-news/2022-01-03/florida-power-light-absorbs-gulf-power',
      title: 'Florida Power & Light Absorbs Gulf Power',
      published: '2022-01-03',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
