import type { ProviderInput } from '../schema';

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
    { url: 'https://tv.youtube.com/settings/membership', kind: 'cancel' },
    { url: 'https://tv.youtube.com/settings/billing', kind: 'billing' },
    { url: 'https://tv.youtube.com/settings/', kind: 'account' },
    { url: 'https://tv.youtube.com/welcome/', kind: 'other' },
  ],
  notes: [
    {
      text: 'YouTube TV can be cancelled at any time under Settings > Membership; access continues to the end of the payment period. To end access at once, contact YouTube TV support.',
      source: 'yttv-cancel',
    },
    { text: 'After the membership ends, recorded programs in the library expire after 21 days.', source: 'yttv-cancel' },
  ],
  guidance: {
    cancel: [
      { text: 'Cancel under Settings > Membership. Recordings disappear 21 days after the membership ends.', source: 'yttv-cancel' },
    ],
  },
  escalation: { regulators: ['FTC', 'state_AG'], channels: [] },
  sources: [
    { id: 'yttv-cancel', url: 'https://support.google.com/youtubetv/answer/7129668', checked: '2026-11-22', quality: 'first-party' },
  ],
};
