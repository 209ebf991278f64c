import type { ProviderInput } from '../schema';

export const dukeEnergy: ProviderInput = {
  id: 'duke-energy',
  name: 'Duke Energy',
  aliases: ['Duke', 'Piedmont Natural Gas'],
  categories: ['electric', 'gas'],
  domains: ['duke-energy.com'],
  pages: [
    { kind: 'transfer', path: '/my-account/authorized-person' },
    { kind: 'cancel', path: 'start-stop-move|stop-service' },
    { kind: 'sign_in', path: '/sign-?in|/login' },
    { kind: 'billing', path: '/billing|/pay-?my-?bill|/bill' },
  ],
  testUrls: [
    { url: 'https://www.duke-energy.com/home/my-account/authorized-person', kind: 'transfer' },
    { url: 'https://www.duke-energy.com/sign-in', kind: 'sign_in' },
    { url: 'https://www.duke-energy.com/home/billing', kind: 'billing' },
    { url: 'https://www.duke-energy.com/home/start-stop-move', kind: 'cancel' },
    { url: 'https://www.duke-energy.com/my-account/dashboard', kind: 'account' },
  ],
  bereavement: {
    options: [],
    documents: [],
    channels: [],
    notes: [
      {
        text: 'An Authorized Person on the account can stop or disconnect service, but cannot connect or transfer service into another name.',
        source: 'duke-authorized-person',
      },
      {
        text: 'Spouses are not automatically Authorized Persons; the account is the sole responsibility of the Customer of Record.',
        source: 'duke-authorized-person',
      },
    ],
  },
  notes: [
    {
      text: "An Authorized Person must verify the Customer of Record's Social Security number (or other identifying information) each time they contact Duke Energy.",
      source: 'duke-authorized-person',
    },
  ],
  guidance: {
    transfer: [
      {
        text: 'Being an Authorized Person lets you stop service but not move it into your name: to keep power on in your name, start service as a new customer.',
        source: 'duke-authorized-person',
      },
    ],
  },
  escalation: { regulators: ['state_PUC'], channels: [] },
  sources: [
    {
      id: 'duke-authorized-person',
      url: 'https://www.duke-energy.com/home/my-account/authorized-person',
      checked: '2026-11-22',
      quality: 'first-party',
    },
  ],
};
