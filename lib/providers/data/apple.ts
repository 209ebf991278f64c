import type { ProviderInput } from '../schema';

export const apple: ProviderInput = {
  id: 'apple',
  name: 'Apple',
  aliases: ['Apple ID', 'Apple Account', 'iCloud', 'Apple One', 'Apple TV+', 'Apple Music'],
  categories: ['streaming'],
  domains: ['apple.com'],
  pages: [
    { kind: 'bereavement', path: '/102678|digital-legacy|legacy-contact|deceased' },
    { kind: 'bereavement', path: '.*', host: 'digital-legacy.apple.com' },
    { kind: 'cancel', path: '/account/subscriptions|/subscriptions' },
    { kind: 'sign_in', path: '/sign-?in|/auth' },
    { kind: 'account', path: '^/account' },
  ],
  testUrls: [
    { url: 'https://support.apple.com/en-us/102678', kind: 'bereavement' },
    { url: 'https://digital-legacy.apple.com/', kind: 'bereavement' },
    { url: 'https://apps.apple.com/account/subscriptions', kind: 'cancel' },
    { url: 'https://account.apple.com/sign-in', kind: 'sign_in' },
    { url: 'https://account.apple.com/account/manage', kind: 'account' },
  ],
  bereavement: {
    url: 'https://support.apple.com/en-us/102678',
    options: ['close'],
    documents: [
      { kind: 'death_certificate', note: 'Needed by a Legacy Contact together with the access key.', source: 'apple-legacy-contact' },
      { kind: 'other', note: 'The access key the account holder created when naming the Legacy Contact.', source: 'apple-legacy-contact' },
    ],
    channels: [],
    notes: [
      {
        text: 'A Legacy Contact (named by the account holder) can request access with the access key and the death certificate; Apple reviews the request before approving it.',
        source: 'apple-legacy-contact',
      },
      {
        text: 'Once approved, the Legacy Contact gets a special legacy Apple Account; the original Apple Account stops working and Activation Lock is removed from devices that used it.',
        source: 'apple-legacy-contact',
      },
      {
        text: 'The legacy account can be used for three years from the first approval, then it is permanently deleted.',
        source: 'apple-legacy-contact',
      },
      {
        text: 'Purchased movies, music, books and subscriptions, and Keychain data (payment information, passwords, passkeys), are not available to a Legacy Contact.',
        source: 'apple-legacy-contact',
      },
      { text: 'Second-hand: without a Legacy Contact, Apple asks for a court order to give access.', source: 'pathafter-apple' },
    ],
  },
  notes: [],
  guidance: {
    bereavement: [
      {
        text: 'If you were named Legacy Contact, you need the access key and the death certificate. Download what you want to keep: the legacy account is deleted three years after approval.',
        source: 'apple-legacy-contact',
      },
    ],
  },
  escalation: { regulators: ['FTC', 'state_AG'], channels: [] },
  sources: [
    {
      id: 'apple-legacy-contact',
      url: 'https://support.apple.com/en-us/102678',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Read through a stored mirror copy of the Apple support article "Request access to an Apple Account as a Legacy Contact".',
    },
    {
      id: 'pathafter-apple',
      url: 'https://pathafter.com/faq/devices-passwords-and-security/what-is-apple-s-legacy-contact-program/',
      checked: '2026-11-22',
      quality: 'second-hand',
    },
  ],
};
