import type { ProviderInput } from '../schema';

const supportCloses =
  'If you do not, Spotify’s support team can close the account on your behalf – you will need some basic information about the account and, if you do not have login access, a death certificate.';
const noPhone = 'There is no dedicated bereavement phone line; Spotify is an online-only service.';

export const spotify: ProviderInput = {
  id: 'spotify',
  name: 'Spotify',
  aliases: ['Spotify Premium'],
  categories: ['streaming'],
  domains: ['spotify.com'],
  pages: [
    { kind: 'cancel', path: '/account/subscription/cancel|/cancel|close-account' },
    { kind: 'billing', path: '/account/(subscription|order-history|payment)' },
    { kind: 'sign_in', path: '/login' },
    { kind: 'account', path: '/account' },
  ],
  testUrls: [
    { url: 'https://accounts.spotify.com/en/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.spotify.com/us/account/overview/', kind: 'account', origin: 'constructed' },
    { url: 'https://www.spotify.com/us/account/subscription/', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.spotify.com/us/account/subscription/cancel/', kind: 'cancel', origin: 'constructed' },
    { url: 'https://support.spotify.com/us/close-account/', kind: 'cancel', origin: 'constructed' },
  ],
  bereavement: {
    status: 'second-hand only',
    searched: '2026-11-30',
    documents: [
      {
        kind: 'death_certificate',
        note: 'Second-hand: asked for when you contact support without the login.',
        source: 'afterloss-spotify',
        quote: supportCloses,
      },
    ],
    notes: [
      {
        text: 'Second-hand: without the login, Spotify support can close the account; a death certificate is asked for.',
        source: 'afterloss-spotify',
        quote: supportCloses,
      },
      { text: 'Second-hand: Spotify has no phone support; it is online only.', source: 'afterloss-spotify', quote: noPhone },
    ],
  },
  notes: [
    {
      text: 'Second-hand: a cancelled Premium plan runs to the next billing date and then becomes a free account.',
      source: 'afterloss-spotify',
      quote: 'Premium access continues until the next billing date, then the account switches to free',
    },
    {
      text: 'Second-hand: closing the account is a separate step from cancelling Premium.',
      source: 'afterloss-spotify',
      quote: 'Account deletion | Separate step from cancellation',
    },
    {
      text: 'Second-hand: Premium billed through a partner (a phone or internet provider) is cancelled with that partner; the Payment section of the account page shows who bills it.',
      source: 'goodtrust-spotify',
      quote:
        'For service through mobile or internet providers, head to "Payment" on the user\'s Spotify account page to find out the service used and contact the provider.',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'Cancelling Premium only turns the account into a free one at the next billing date; close the account separately if you want it gone.',
        source: 'afterloss-spotify',
        quote: 'Premium access continues until the next billing date, then the account switches to free',
      },
    ],
  },
  sources: [
    {
      id: 'afterloss-spotify',
      url: 'https://afterlossguide.pages.dev/what-to-do/spotify/',
      title: 'How to cancel Spotify when someone dies',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'A UK-oriented bereavement guide.',
    },
    {
      id: 'goodtrust-spotify',
      url: 'https://mygoodtrust.com/articles/how-to-delete-your-spotify-account-or-memorialize-playlists',
      title: 'Delete Or Memorialize Spotify Playlists',
      published: '2021-07-27',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
