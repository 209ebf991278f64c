import type { ProviderInput } from '../schema';

const cancelPage = 'https://support.google.com/youtubetv/answer/7129668';
const untilEnd = "When you cancel, you'll still have access to YouTube TV until the end of your payment period.";

/** Only the tv.youtube.com host: youtube.com as a whole is not this provider. */
export const youtubeTv: ProviderInput = {
  id: 'youtube-tv',
  name: 'YouTube TV',
  aliases: ['YTTV'],
  categories: ['streaming'],
  domains: [],
  hosts: ['tv.youtube.com'],
  pages: [
    { kind: 'cancel', path: '^/settings/membership' },
    { kind: 'billing', path: '^/settings/billing' },
    { kind: 'account', path: '^/settings' },
    { kind: 'other', path: '^/welcome' },
  ],
  testUrls: [
    { url: 'https://tv.youtube.com/settings/membership', kind: 'cancel', origin: 'constructed' },
    { url: 'https://tv.youtube.com/settings/billing', kind: 'billing', origin: 'constructed' },
    { url: 'https://tv.youtube.com/settings/', kind: 'account', origin: 'constructed' },
    { url: 'https://tv.youtube.com/welcome/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: {
    status: 'second-hand only',
    searched: '2026-11-30',
    notes: [
      {
        text: "YouTube TV belongs to a Google account. A 2015 copy of Google's policy: Google works with immediate family members and representatives to close the accounts of a deceased user in some cases, after a careful review.",
        source: 'funerals360-google',
        quote:
          'Google works with immediate family members and representatives to close online accounts, in some cases, once a user is known to be deceased',
      },
      {
        text: 'Google does not give out passwords (same 2015 copy).',
        source: 'funerals360-google',
        quote:
          'Note that Google is not able to provide passwords or other mechanisms that would enable anyone to log in to a user’s account.',
      },
    ],
  },
  notes: [
    {
      text: 'YouTube TV can be cancelled at any time; access continues to the end of the payment period.',
      source: 'yttv-cancel',
      quote: untilEnd,
    },
    {
      text: 'To end access at once, contact YouTube TV support.',
      source: 'yttv-cancel',
      quote: "If you'd like to cancel and remove access to YouTube TV right away, please contact our support team.",
    },
    {
      text: 'After the membership ends, recorded programs in the library expire after 21 days.',
      source: 'yttv-cancel',
      quote: 'All recorded programs in your library will expire after 21 days.',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'Cancel under Settings > Membership.',
        source: 'yttv-cancel',
        quote: 'In the YouTube TV app, navigate to Settings  > Membership .',
      },
      {
        text: 'Recordings disappear 21 days after the membership ends.',
        source: 'yttv-cancel',
        quote: 'All recorded programs in your library will expire after 21 days.',
      },
    ],
  },
  sources: [
    { id: 'yttv-cancel', url: cancelPage, title: 'Cancel your YouTube TV membership', checked: '2026-11-30', quality: 'first-party' },
    {
      id: 'funerals360-google',
      url: 'https://www.funerals360.com/blog/checklists-and-guides/social-media-after-death-how-to-close-a-google-account/',
      title: 'Social Media After Death: How to Close a Google Account',
      published: '2015-06-09',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "A funeral-planning blog quoting Google's policy on deceased users' accounts.",
    },
  ],
};
