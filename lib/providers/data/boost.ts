import type { ProviderInput } from '../schema';

export const boost: ProviderInput = {
  id: 'boost-mobile',
  name: 'Boost Mobile',
  aliases: ['Boost'],
  categories: ['wireless'],
  domains: ['boostmobile.com'],
  pages: [
    { kind: 'sign_in', path: '^/(my-?account/)?(login|sign-?in)' },
    { kind: 'billing', path: '/bill|/payment' },
  ],
  testUrls: [
    { url: 'https://www.boostmobile.com/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.boostmobile.com/my-account/payment', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.boostmobile.com/my-account', kind: 'account', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  notes: [
    {
      text: 'Second-hand copy of Boost terms: when an account is cancelled, its phone number is lost. Keep the line until codes sent to it are no longer needed.',
      source: 'boost-terms-manual',
      quote:
        'If your account is cancelled, you will lose any phone number, identification number, or email address associated with your account.',
    },
  ],
  sources: [
    {
      id: 'boost-terms-manual',
      url: 'https://manualshive.com/ru/manual/lg/k3/209443?page=166',
      title: 'Boost Mobile terms in an LG K3 phone manual',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "Boost's terms as printed in a phone manual hosted by a third party (undated).",
    },
  ],
};
