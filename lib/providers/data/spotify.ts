import type { ProviderInput } from '../schema';

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
    { url: 'https://accounts.spotify.com/en/login', kind: 'sign_in' },
    { url: 'https://www.spotify.com/us/account/overview/', kind: 'account' },
    { url: 'https://www.spotify.com/us/account/subscription/', kind: 'billing' },
    { url: 'https://www.spotify.com/us/account/subscription/cancel/', kind: 'cancel' },
    { url: 'https://support.spotify.com/us/close-account/', kind: 'cancel' },
  ],
  bereavement: {
    options: ['close'],
    documents: [
      {
        kind: 'death_certificate',
        note: 'Second-hand: asked for when you contact support without the login.',
        source: 'afterloss-spotify',
      },
    ],
    channels: [],
    notes: [
      {
        text: 'Second-hand: Spotify has no phone support; with the login, cancel online, and without it, message support.',
        source: 'afterloss-spotify',
      },
    ],
  },
  notes: [
    {
      text: 'Second-hand: a cancelled Premium plan runs to the next billing date and then becomes a free account; closing the account is a separate step.',
      source: 'afterloss-spotify',
    },
    {
      text: 'Second-hand: Premium billed through a partner (a phone or internet provider, or Apple) must be cancelled with that partner; the Payment section of the account page shows who bills it.',
      source: 'goodtrust-spotify',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'Cancelling Premium only turns the account into a free one at the next billing date; close the account separately if you want it gone.',
        source: 'afterloss-spotify',
      },
    ],
  },
  escalation: { regulators: ['FTC', 'state_AG'], channels: [] },
  sources: [
    {
      id: 'afterloss-spotify',
      url: 'https://afterlossguide.pages.dev/what-to-do/spotify/',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: 'UK-oriented bereavement guide.',
    },
    {
      id: 'goodtrust-spotify',
      url: 'https://mygoodtrust.com/articles/how-to-delete-your-spotify-account-or-memorialize-playlists',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: 'July 2021.',
    },
  ],
};
