import type { ProviderInput } from '../schema';

export const fpl: ProviderInput = {
  id: 'fpl',
  name: 'Florida Power & Light',
  aliases: ['FPL', 'Florida Power and Light', 'Gulf Power'],
  categories: ['electric'],
  domains: ['fpl.com'],
  pages: [
    { kind: 'other', path: 'double_notice_protection_plan|friendly-reminder' },
    { kind: 'cancel', path: 'stop-service|start-stop|/move' },
    { kind: 'sign_in', path: '/my-account/login|/login|/sign-?in' },
    { kind: 'billing', path: '/bill|/payment|deposit' },
  ],
  testUrls: [
    { url: 'https://www.fpl.com/residential/double_notice_protection_plan.shtml', kind: 'other' },
    {
      url: 'https://www.fpl.com/support/contact/balance-and-billing-information/i-have-a-question-about-deposits/when-is-the-deposit-refunded.html',
      kind: 'billing',
    },
    { url: 'https://www.fpl.com/my-account/login.html', kind: 'sign_in' },
    { url: 'https://www.fpl.com/my-account/residential/stop-service.html', kind: 'cancel' },
    { url: 'https://www.fpl.com/my-account/residential/dashboard.html', kind: 'account' },
  ],
  bereavement: {
    options: [],
    documents: [],
    channels: [{ kind: 'phone', value: '1-800-226-3545', label: 'Customer service', source: 'fpl-contact' }],
    notes: [],
  },
  notes: [
    { text: 'A deposit is refunded with any earned interest when the account is closed.', source: 'fpl-deposit' },
    {
      text: 'FPL Friendly Reminder sends a copy of any final (shutoff) notice to a third party you name; that person is not responsible for the bill, and payment is due within five working days of the final notice.',
      source: 'fpl-friendly-reminder',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'When the account closes, any deposit is refunded with interest: check it is credited on the final bill or sent to the estate.',
        source: 'fpl-deposit',
      },
    ],
  },
  escalation: { regulators: ['state_PUC'], channels: [] },
  sources: [
    {
      id: 'fpl-contact',
      url: 'https://es.fpl.com/coronavirus.html',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Pandemic-era page; the same number is given on other FPL pages and in press coverage.',
    },
    {
      id: 'fpl-deposit',
      url: 'https://www.fpl.com/support/contact/balance-and-billing-information/i-have-a-question-about-deposits/when-is-the-deposit-refunded.html',
      checked: '2026-11-22',
      quality: 'first-party',
    },
    {
      id: 'fpl-friendly-reminder',
      url: 'https://www.fpl.com/residential/double_notice_protection_plan.shtml',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Older page; stored copy at the http:// address.',
    },
  ],
};
