import type { ProviderInput } from '../schema';

const legacyPage = 'https://support.apple.com/en-us/102678';
const reviews =
  'Apple reviews access requests from Legacy Contacts and approves access to a deceased person’s data only after verifying this information.';
const approved =
  'When your request is approved, you receive a special legacy contact Apple Account to access the account data. The account holder’s original Apple Account no longer works, and Activation Lock is removed on any devices that use their Apple Account.';
const threeYears =
  'three years from when the first legacy account request is approved — after which the legacy account is permanently deleted.';

export const apple: ProviderInput = {
  id: 'apple',
  name: 'Apple',
  aliases: ['Apple ID', 'Apple Account', 'iCloud', 'Apple One', 'Apple TV+', 'Apple Music'],
  categories: ['streaming'],
  domains: ['apple.com', 'icloud.com'],
  pages: [
    { kind: 'bereavement', path: '/102678|digital-legacy|legacy-contact|deceased' },
    { kind: 'bereavement', path: '.*', host: 'digital-legacy.apple.com' },
    { kind: 'cancel', path: '/account/subscriptions|/subscriptions' },
    { kind: 'sign_in', path: '/sign-?in|/auth' },
    { kind: 'account', path: '^/account' },
  ],
  testUrls: [
    { url: legacyPage, kind: 'bereavement', origin: 'constructed' },
    { url: 'https://digital-legacy.apple.com/', kind: 'bereavement', origin: 'constructed' },
    { url: 'https://apps.apple.com/account/subscriptions', kind: 'cancel', origin: 'constructed' },
    { url: 'https://account.apple.com/sign-in', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://account.apple.com/account/manage', kind: 'account', origin: 'constructed' },
    { url: 'https://www.icloud.com/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: {
    status: 'verified first-party',
    searched: '2026-11-30',
    url: legacyPage,
    documents: [
      {
        kind: 'death_certificate',
        note: 'Needed by a Legacy Contact together with the access key.',
        source: 'apple-legacy-contact',
        quote: 'Your loved one’s death certificate*',
      },
      {
        kind: 'other',
        note: 'The access key the account holder created when naming the Legacy Contact.',
        source: 'apple-legacy-contact',
        quote: 'The access key that your loved one created when they chose you as a Legacy Contact',
      },
    ],
    notes: [
      {
        text: 'A Legacy Contact (named by the account holder) can request access with the access key and the death certificate; Apple reviews the request before approving it.',
        source: 'apple-legacy-contact',
        quote: reviews,
      },
      {
        text: 'Once approved, the Legacy Contact gets a special legacy Apple Account; the original Apple Account stops working and Activation Lock is removed from devices that used it.',
        source: 'apple-legacy-contact',
        quote: approved,
      },
      {
        text: 'The legacy account can be used for three years from the first approval, then it is permanently deleted.',
        source: 'apple-legacy-contact',
        quote: threeYears,
      },
      {
        text: 'Purchased movies, music, books and subscriptions, and Keychain data (payment information, passwords, passkeys), are not available to a Legacy Contact.',
        source: 'apple-legacy-contact',
        quote:
          'Certain information, like movies, music, books, or subscriptions they purchased with their Apple Account, and data stored in their Keychain, like payment information, passwords, and passkeys, can’t be accessed by a Legacy Contact.',
      },
      {
        text: 'Second-hand: without a Legacy Contact, Apple asks for a court order to give access.',
        source: 'pathafter-apple',
        quote: 'If no legacy contact was set up, Apple requires a court order for access.',
      },
    ],
  },
  guidance: {
    bereavement: [
      {
        text: 'If you were named Legacy Contact, you need the access key and the death certificate.',
        source: 'apple-legacy-contact',
        quote: 'The access key that your loved one created when they chose you as a Legacy Contact',
      },
      {
        text: 'Download what you want to keep: the legacy account is deleted three years after approval.',
        source: 'apple-legacy-contact',
        quote: threeYears,
      },
    ],
  },
  sources: [
    {
      id: 'apple-legacy-contact',
      url: legacyPage,
      title: 'Request access to an Apple Account as a Legacy Contact',
      checked: '2026-11-30',
      quality: 'first-party',
      readAt: 'http://222.178.203.72:19005/whst/63/=rtoonqszZookdzbnl//en-mt/102678',
      note: "Apple's article read in a stored mirror copy (its en-mt edition), not at support.apple.com itself.",
    },
    {
      id: 'pathafter-apple',
      url: 'https://pathafter.com/faq/devices-passwords-and-security/what-is-apple-s-legacy-contact-program/',
      title: "What is Apple's Legacy Contact program?",
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
