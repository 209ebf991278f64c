import type { ProviderInput } from '../schema';

const authorized = 'https://www.duke-energy.com/home/my-account/authorized-person';
const startService = 'https://www.duke-energy.com/home/start-stop-move/start-service';

export const dukeEnergy: ProviderInput = {
  id: 'duke-energy',
  name: 'Duke Energy',
  aliases: ['Duke', 'Piedmont Natural Gas'],
  categories: ['electric', 'gas'],
  domains: ['duke-energy.com', 'piedmontng.com'],
  pages: [
    { kind: 'transfer', path: '/my-account/authorized-person' },
    { kind: 'other', path: '/start-stop-move/start-service' },
    { kind: 'cancel', path: 'start-stop-move|stop-service' },
    { kind: 'sign_in', path: '/sign-?in|/login' },
    { kind: 'billing', path: '/billing|/pay-?my-?bill|/bill' },
  ],
  testUrls: [
    { url: authorized, kind: 'transfer', origin: 'seen' },
    { url: startService, kind: 'other', origin: 'seen' },
    { url: 'https://www.duke-energy.com/sign-in', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.duke-energy.com/home/billing', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.duke-energy.com/home/start-stop-move', kind: 'cancel', origin: 'constructed' },
    { url: 'https://www.duke-energy.com/my-account/dashboard', kind: 'account', origin: 'constructed' },
    { url: 'https://www.piedmontng.com/home/start-stop-move', kind: 'cancel', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  notes: [
    {
      text: 'An Authorized Person on the account can ask to stop service only in limited situations.',
      source: 'duke-authorized-person',
      quote: 'Issue Stop Service Order in Limited Situations',
    },
    {
      text: 'An Authorized Person cannot connect or transfer electric service into another name.',
      source: 'duke-authorized-person',
      quote: 'Connect or transfer electric service',
    },
    {
      text: 'Spouses are not automatically Authorized Persons.',
      source: 'duke-authorized-person',
      quote: 'Spouses are not automatically considered to be Authorized Persons',
    },
    {
      text: 'The account is the sole responsibility of the Customer of Record.',
      source: 'duke-authorized-person',
      quote: 'The account remains the sole responsibility of the Customer of Record',
    },
    {
      text: "An Authorized Person must verify the Customer of Record's Social Security number (or other identifying information) each time they contact Duke Energy.",
      source: 'duke-authorized-person',
      quote:
        'The Authorized Person will be asked to verify the Customer of Record’s Social Security number or other Personally Identifying Information each time they contact Duke Energy',
    },
    {
      text: 'Service is put only in the name of the person applying for it.',
      source: 'duke-start-service',
      quote: 'No, we can put service only in the name of the person making the application.',
    },
    {
      text: 'A security deposit is held until there is a good payment history, or applied to the final bill when service is disconnected.',
      source: 'duke-start-service',
      quote:
        'We will hold the security deposit until your account reflects a good payment history, or until service is disconnected and the deposit is applied to the final bill.',
    },
  ],
  guidance: {
    transfer: [
      {
        text: 'Being an Authorized Person does not let you move service into your name: to keep power on in your name, start service as a new customer.',
        source: 'duke-authorized-person',
        quote: 'Connect or transfer electric service',
      },
      {
        text: 'A new customer goes through a credit check that decides whether a deposit is needed.',
        source: 'duke-start-service',
        quote:
          'For new customers, we run a credit check at the time of application to determine whether a security deposit will be required.',
      },
    ],
  },
  sources: [
    {
      id: 'duke-authorized-person',
      url: authorized,
      title: 'Authorized Person',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Two stored copies differ: the newer one allows a stop-service order only "in Limited Situations" and is the one quoted.',
    },
    { id: 'duke-start-service', url: startService, title: 'Start Service', checked: '2026-11-30', quality: 'first-party' },
  ],
};
