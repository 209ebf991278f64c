import type { ProviderInput } from '../schema';

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
    { url: 'https://www.dom.com/dominion-virginia-power/customer-service/your-service/stop-service.jsp', kind: 'cancel' },
    { url: 'https://www.dominionenergy.com/virginia/start-stop-service/start-service', kind: 'other' },
    { url: 'https://www.dominionenergy.com/sign-in', kind: 'sign_in' },
    { url: 'https://www.dominionenergy.com/virginia/billing/energy-assistance', kind: 'billing' },
    { url: 'https://myaccount.dominionenergy.com/portal/', kind: 'account' },
  ],
  bereavement: {
    options: [],
    documents: [],
    channels: [{ kind: 'phone', value: '1-866-366-4357', label: 'Customer service (1-866-DOM-HELP)', source: 'dominion-assistance' }],
    notes: [],
  },
  notes: [
    {
      text: 'Service can be stopped online under Manage Your Account > Start/Stop/Transfer Service > Stop Service; registering needs an email address, a PIN (usually the last 4 digits of the SSN or Tax ID) and the Dominion account number (2014 page).',
      source: 'dominion-stop-2014',
    },
    {
      text: 'The final bill is issued the business day after the final meter reading; an adult must be present only if the meter is not accessible.',
      source: 'dominion-stop-2014',
    },
    {
      text: 'Starting service in a new name needs the full legal name and SSN; new customers without 12 months of good payment history pay a security deposit, and a connection charge appears on the first bill.',
      source: 'dominion-start',
    },
    {
      text: 'When an account is closed, its deposit is credited on the final bill and any remaining credit is refunded by check.',
      source: 'dominion-start',
    },
  ],
  guidance: {
    cancel: [
      {
        text: "Online stop needs the account number and a PIN, usually the last 4 digits of the account holder's SSN. Ask that the final bill go to the estate's address.",
        source: 'dominion-stop-2014',
      },
    ],
  },
  escalation: { regulators: ['state_PUC'], channels: [] },
  sources: [
    {
      id: 'dominion-stop-2014',
      url: 'https://www.dom.com/dominion-virginia-power/customer-service/your-service/stop-service.jsp',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Stored copy from 2014.',
    },
    {
      id: 'dominion-start',
      url: 'https://www.dominionenergy.com/virginia/start-stop-service/start-service',
      checked: '2026-11-22',
      quality: 'first-party',
    },
    {
      id: 'dominion-assistance',
      url: 'https://www.dominionenergy.com/virginia/billing/energy-assistance',
      checked: '2026-11-22',
      quality: 'first-party',
    },
  ],
};
