import type { ProviderInput } from '../schema';

const roommates =
  'https://www.pge.com/en_US/residential/your-account/account-management/manage-your-account/customer-solutions/roommate-solutions.page';
const addRemove = 'To add or remove someone from your account, call Customer Service at 1-800-743-5000.';
const jointly =
  'Two or more adults who occupy the same premises are jointly liable for all bills for energy supplied, per Applications Section B of Rule 3 of our Electric Tariffs.';
const oneTime =
  'To sign in using one-time access, you’ll need: The account holder’s last name • The service address ZIP code • The last four digits of the account holder’s Social Security number';

export const pge: ProviderInput = {
  id: 'pge',
  name: 'PG&E',
  aliases: ['Pacific Gas and Electric', 'Pacific Gas & Electric', 'PGE'],
  categories: ['electric', 'gas'],
  domains: ['pge.com'],
  hosts: ['pgesupport.zendesk.com'],
  pages: [
    { kind: 'cancel', path: 'start-?stop|stop-?service|startstop' },
    { kind: 'transfer', path: 'roommate-solutions|third-party-authorization' },
    { kind: 'sign_in', path: '^/(en/)?(myaccount/)?(login|sign-?in)|/eimpapp/' },
    { kind: 'billing', path: '/bill|/payment|security-deposit' },
    { kind: 'account', path: '/myaccount|/your-account' },
    { kind: 'other', path: '^/hc/', host: 'pgesupport.zendesk.com' },
  ],
  testUrls: [
    { url: roommates, kind: 'transfer', origin: 'seen' },
    { url: 'https://www.pge.com/en/myhome/servicerequests/startstop/index.page', kind: 'cancel', origin: 'seen' },
    { url: 'https://www.pge.com/en/account/service-requests/start-stop-transfer-service.html', kind: 'cancel', origin: 'seen' },
    {
      url: 'https://www.pge.com/en_US/residential/customer-service/other-services/brochures-and-forms/security-deposit.page',
      kind: 'billing',
      origin: 'seen',
    },
    { url: 'https://pgesupport.zendesk.com/hc/en-us/articles/236010268-How-do-I-start-service-', kind: 'other', origin: 'seen' },
    { url: 'https://m.pge.com/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://m.pge.com/#myaccount/dashboard/summary', kind: 'account', origin: 'constructed' },
    { url: 'https://www.pge.com/en/account/billing-and-assistance/pay-bill.html', kind: 'billing', origin: 'constructed' },
  ],
  bereavement: {
    status: 'second-hand only',
    searched: '2026-11-30',
    notes: [
      {
        text: "Second-hand (a paid caregiver guide's description): PG&E often treats a change of name after a death as a new account set-up, and keeping the account in the deceased's name for a while during the estate settlement can make sense.",
        source: 'poahelp-pge',
        quote:
          "Explains what happens when the account holder passes away, why PG&E often treats a name change as a new account setup, and when it makes more sense to keep the account in the deceased's name temporarily during estate settlement.",
      },
    ],
  },
  contact: [
    {
      kind: 'phone',
      value: '1-800-743-5000',
      label: 'Residential Customer Service (adding or removing a person on the account)',
      source: 'pge-roommates',
      quote: addRemove,
    },
    {
      kind: 'phone',
      value: '1-877-660-6789',
      label: 'Customer representative, to start, stop or transfer service without an online account',
      source: 'pge-start-stop',
      quote: 'Option 2. Call a PG&E customer representative at 1-877-660-6789.',
    },
  ],
  notes: [
    {
      text: 'Two or more adults living at the same premises are jointly liable for all energy bills there (Electric Rule 3).',
      source: 'pge-roommates',
      quote: jointly,
    },
    { text: 'To add or remove someone on an account, call Customer Service at 1-800-743-5000.', source: 'pge-roommates', quote: addRemove },
    {
      text: 'Anyone can be signed up to receive a notice when a bill is late or unpaid.',
      source: 'pge-roommates',
      quote:
        'Sign up to have your roommate or a relative (or any person you choose) receive a notification if you have a late or unpaid bill.',
    },
    {
      text: 'In most cases service can be started or stopped on the same day as the request.',
      source: 'pge-startstop-older',
      quote: 'In most cases, you can start or stop service on the same day you complete your request.',
    },
    {
      text: "Without an online account, one-time access asks for the account holder's last name, the service ZIP code and the last 4 digits of the account holder's SSN.",
      source: 'pge-startstop-older',
      quote: oneTime,
    },
    {
      text: "PG&E's help centre: the Visitor feature asks for the PG&E account number and the last 4 digits of the SSN, or the last name, ZIP code and last 4 of the SSN.",
      source: 'pge-start-service',
      quote:
        'For the Visitor feature, enter your PG&E account number and the last four digits of your Social Security number OR your last name, zip code, and the last four digits of your Social Security number.',
    },
  ],
  guidance: {
    cancel: [
      {
        text: "Without the online login, one-time access needs the account holder's last name, the ZIP code and the last 4 digits of their SSN.",
        source: 'pge-startstop-older',
        quote: oneTime,
      },
    ],
    transfer: [
      { text: 'Adults who lived at the address are jointly liable for the bills there.', source: 'pge-roommates', quote: jointly },
      { text: 'Call 1-800-743-5000 to change who is on the account.', source: 'pge-roommates', quote: addRemove },
    ],
  },
  sources: [
    { id: 'pge-roommates', url: roommates, title: 'Roommate Solutions', checked: '2026-11-30', quality: 'first-party' },
    {
      id: 'pge-startstop-older',
      url: 'https://www.pge.com/en/myhome/servicerequests/startstop/index.page',
      title: 'Start, stop or transfer service',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'An older page; stored copy at the http:// address.',
    },
    {
      id: 'pge-start-stop',
      url: 'https://www.pge.com/en/account/service-requests/start-stop-transfer-service.html',
      title: 'Start, stop or transfer service',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'pge-start-service',
      url: 'https://pgesupport.zendesk.com/hc/en-us/articles/236010268-How-do-I-start-service-',
      title: 'How do I start service?',
      checked: '2026-11-30',
      quality: 'first-party',
      note: "PG&E's help centre, hosted by Zendesk.",
    },
    {
      id: 'poahelp-pge',
      url: 'https://www.poahelp.com/pacific-gas-electric',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'The description of a paid caregiver guide, not the guide itself.',
    },
  ],
};
