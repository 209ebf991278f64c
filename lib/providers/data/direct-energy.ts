import type { ProviderInput } from '../schema';

const contactUs = 'https://www.directenergy.com/texas/customer-support/contact-us';
const transfer = 'https://www.directenergy.com/faqs/texas/renewals-and-transfers/transfer-your-service';
const signUp = 'https://www.directenergy.com/faqs/texas/signing-up/sign-up-with-direct-energy';

export const directEnergy: ProviderInput = {
  id: 'direct-energy',
  name: 'Direct Energy',
  aliases: ['Direct Energy Texas'],
  categories: ['electric'],
  domains: ['directenergy.com'],
  identity: { states: ['TX'] },
  // FAQ addresses contain "signing-up", which is no sign-in page.
  pages: [
    { kind: 'transfer', path: 'transfer' },
    { kind: 'other', path: '^/faqs/' },
  ],
  testUrls: [
    { url: contactUs, kind: 'other', origin: 'seen' },
    { url: transfer, kind: 'transfer', origin: 'seen' },
    { url: signUp, kind: 'other', origin: 'seen' },
    { url: 'https://apps.directenergy.com/texas/customer-support/contact-us', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-888-305-3828',
      label: 'Billing and account (Texas), 24/7',
      source: 'de-tx-transfer',
      quote: 'please call Customer Service at 1-888-305-3828 so that a representative can assist',
    },
  ],
  notes: [
    {
      text: "Switching to Direct Energy is quicker (about seven business days) when the power at the address is already in your name or your spouse's name.",
      source: 'de-tx-sign-up',
      quote:
        "If you want to switch from your current provider to Direct Energy and if the power at your address is in your name or your spouse's name, service can begin in approximately seven (7) business days.",
    },
    {
      text: 'A plan does not move with the service: a transfer to another address means choosing a new plan.',
      source: 'de-tx-transfer',
      quote: 'You are asked to choose a new plan when you transfer your service because plan contracts do not transfer between locations.',
    },
  ],
  sources: [
    { id: 'de-tx-transfer', url: transfer, title: 'Transfer Your Service FAQs (Texas)', checked: '2026-11-30', quality: 'first-party' },
    { id: 'de-tx-sign-up', url: signUp, title: 'Sign Up with Direct Energy FAQs (Texas)', checked: '2026-11-30', quality: 'first-party' },
  ],
};
