import type { ProviderInput } from '../schema';

export const pge: ProviderInput = {
  id: 'pge',
  name: 'PG&E',
  aliases: ['Pacific Gas and Electric', 'Pacific Gas & Electric', 'PGE'],
  categories: ['electric', 'gas'],
  domains: ['pge.com'],
  pages: [
    { kind: 'cancel', path: 'start-?stop|stop-?service|startstop' },
    { kind: 'transfer', path: 'roommate-solutions|third-party-authorization' },
    { kind: 'sign_in', path: '^/(en/)?(myaccount/)?(login|sign-?in)|/eimpapp/' },
    { kind: 'billing', path: '/bill|/payment' },
    { kind: 'account', path: '/myaccount|/your-account' },
  ],
  testUrls: [
    {
      url: 'https://www.pge.com/en_US/residential/your-account/account-management/manage-your-account/customer-solutions/roommate-solutions.page',
      kind: 'transfer',
    },
    { url: 'https://www.pge.com/en/account/service-requests/start-stop-or-move-service.html', kind: 'cancel' },
    { url: 'https://m.pge.com/login', kind: 'sign_in' },
    { url: 'https://m.pge.com/#myaccount/dashboard/summary', kind: 'account' },
    { url: 'https://www.pge.com/en/account/billing-and-assistance/pay-bill.html', kind: 'billing' },
  ],
  bereavement: {
    options: ['close', 'transfer'],
    documents: [],
    channels: [
      {
        kind: 'phone',
        value: '1-800-743-5000',
        label: 'Customer Service (adding or removing a person on the account)',
        source: 'pge-roommates',
      },
    ],
    notes: [
      {
        text: "Second-hand: PG&E often handles a change of name after a death as a new account set-up; keeping the account in the deceased's name for a while during the estate settlement can be an option.",
        source: 'poahelp-pge',
      },
      {
        text: 'Two or more adults living at the same premises are jointly liable for all energy bills there (Electric Rule 3).',
        source: 'pge-roommates',
      },
    ],
  },
  notes: [
    { text: 'To add or remove someone on an account, call Customer Service at 1-800-743-5000.', source: 'pge-roommates' },
    { text: 'Any person can be signed up to receive a notice when a bill is late or unpaid.', source: 'pge-roommates' },
    {
      text: 'Start or stop service online; without an online account, the Visitor option asks for the PG&E account number and the last 4 digits of the SSN, or the last name, ZIP code and last 4 of the SSN.',
      source: 'pge-start-service',
    },
  ],
  guidance: {
    cancel: [
      {
        text: "Without the online login, the Visitor option needs the account number and the last 4 digits of the account holder's SSN.",
        source: 'pge-start-service',
      },
    ],
    transfer: [
      {
        text: 'Adults who lived at the address are jointly liable for the bills there. Call 1-800-743-5000 to change who is on the account.',
        source: 'pge-roommates',
      },
    ],
  },
  escalation: { regulators: ['state_PUC'], channels: [] },
  sources: [
    {
      id: 'pge-roommates',
      url: 'https://www.pge.com/en_US/residential/your-account/account-management/manage-your-account/customer-solutions/roommate-solutions.page',
      checked: '2026-11-22',
      quality: 'first-party',
    },
    {
      id: 'pge-start-service',
      url: 'https://pgesupport.zendesk.com/hc/en-us/articles/236010268-How-do-I-start-service-',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: 'A PG&E help-desk article on a zendesk.com host; not on pge.com, so not counted as first-party.',
    },
    {
      id: 'poahelp-pge',
      url: 'https://www.poahelp.com/pacific-gas-electric',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: 'Description of a paid caregiver guide.',
    },
  ],
};
