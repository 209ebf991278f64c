import type { ProviderInput } from '../schema';

const stop = 'https://www.dom.com/dominion-virginia-power/customer-service/your-service/stop-service.jsp';
const start = 'https://www.dominionenergy.com/virginia/start-stop-service/start-service';
const pin = 'PIN (usually the last 4 digits of your SSN or Tax ID)';

export const dominion: ProviderInput = {
  id: 'dominion-energy',
  name: 'Dominion Energy',
  aliases: ['Dominion', 'Dominion Virginia Power', 'Dominion Energy Virginia'],
  categories: ['electric', 'gas'],
  domains: ['dominionenergy.com', 'dom.com'],
  pages: [
    { kind: 'cancel', path: '/stop-service|start-stop-service/stop' },
    { kind: 'other', path: '/start-stop-service/start-service|/start-service' },
    { kind: 'sign_in', path: '/sign-?in|/login' },
    { kind: 'billing', path: '/billing|/bill-?pay|/pay' },
  ],
  testUrls: [
    { url: stop, kind: 'cancel', origin: 'seen' },
    { url: start, kind: 'other', origin: 'seen' },
    {
      url: 'https://www.dom.com/dominion-north-carolina-power/customer-service/your-service/frequently-asked-questions.jsp',
      kind: 'other',
      origin: 'seen',
    },
    { url: 'https://www.dominionenergy.com/sign-in', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.dominionenergy.com/virginia/billing/energy-assistance', kind: 'billing', origin: 'constructed' },
    { url: 'https://myaccount.dominionenergy.com/portal/', kind: 'account', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  contact: [
    {
      kind: 'phone',
      value: '1-866-DOM-HELP (1-866-366-4357)',
      label: 'Customer service (North Carolina FAQ page)',
      source: 'dominion-nc-faq',
      quote: 'Call us at 1-866-DOM-HELP (1-866-366-4357) to request tree trimming or if you have questions.',
    },
  ],
  notes: [
    {
      text: 'Service can be stopped online under Manage Your Account > Start/Stop/Transfer Service > Stop Service (2014 page).',
      source: 'dominion-stop-2014',
      quote: 'Once you are in Manage Your Account, select “Start/Stop/Transfer Service” in the left menu. Then select “Stop Service.”',
    },
    {
      text: 'Registering online needs an email address, a PIN (usually the last 4 digits of the SSN or Tax ID) and the Dominion account number.',
      source: 'dominion-stop-2014',
      quote: pin,
    },
    {
      text: 'The final bill is issued the business day after the final meter reading.',
      source: 'dominion-stop-2014',
      quote: 'Your final bill will be issued the business day after we take the final meter reading.',
    },
    {
      text: 'Nobody needs to be home for the disconnection if the meter is accessible.',
      source: 'dominion-stop-2014',
      quote: "Not if the meter is accessible and isn't obstructed by fences, trees/shrubs, buildings or animals.",
    },
    {
      text: 'New customers, or those without a good payment history in the last 12 months, pay a security deposit.',
      source: 'dominion-start',
      quote: 'New customers or those without a good payment history in the last 12 months need to pay a security deposit.',
    },
    {
      text: 'When an account is closed, its deposit is credited on the final bill and any remaining credit is refunded by check.',
      source: 'dominion-start',
      quote:
        'When you close your account, your deposit will be credited on your final bill and any remaining credit will be sent as a refund check.',
    },
  ],
  guidance: {
    cancel: [
      {
        text: "Online stop needs the account number and a PIN, usually the last 4 digits of the account holder's SSN.",
        source: 'dominion-stop-2014',
        quote: pin,
      },
      {
        text: 'The final bill comes the business day after the final meter reading: make sure it goes to an address someone reads.',
        source: 'dominion-stop-2014',
        quote: 'Your final bill will be issued the business day after we take the final meter reading.',
      },
    ],
  },
  sources: [
    {
      id: 'dominion-stop-2014',
      url: stop,
      title: 'Stop Service',
      captured: '2014-04-24',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'The stored copy shows a stock quote dated April 24, 2014.',
    },
    { id: 'dominion-start', url: start, title: 'Start or Add Additional Service', checked: '2026-11-30', quality: 'first-party' },
    {
      id: 'dominion-nc-faq',
      url: 'https://www.dom.com/dominion-north-carolina-power/customer-service/your-service/frequently-asked-questions.jsp',
      title: 'FAQs About Your Service (North Carolina)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
