import type { ProviderInput } from '../schema';

const cancelDoc = 'https://community.republicwireless.com/docs/DOC-1625';
const deceased =
  "If you're canceling Republic service for a deceased Republic member, the executor will need to send an email to help@republicwireless.com";

export const republicWireless: ProviderInput = {
  id: 'republic-wireless',
  name: 'Republic Wireless',
  aliases: ['Republic'],
  categories: ['wireless'],
  domains: ['republicwireless.com'],
  // The cancellation page is also where Republic says what to do for a deceased member: the panel shows its bereavement details there.
  pages: [{ kind: 'bereavement', path: '/docs/DOC-1625' }],
  testUrls: [
    { url: cancelDoc, kind: 'bereavement', origin: 'seen' },
    { url: 'https://help.republicwireless.com/hc/en-us/articles/115006657188-Money-Back-Guarantee', kind: 'other', origin: 'seen' },
  ],
  bereavement: {
    status: 'verified first-party',
    searched: '2026-11-30',
    url: cancelDoc,
    options: [{ option: 'close', source: 'republic-cancel', quote: deceased }],
    channels: [
      {
        kind: 'email',
        value: 'help@republicwireless.com',
        label: 'For a member who has died (the executor writes)',
        source: 'republic-cancel',
        quote: deceased,
      },
    ],
    notes: [
      {
        text: 'For a member who has died, the executor emails help@republicwireless.com with the member’s name and the other details Republic asks for.',
        source: 'republic-cancel',
        quote: deceased,
      },
    ],
  },
  notes: [
    {
      text: 'A cancelled line loses its phone number: to keep the number, move it to another carrier first (the line then closes by itself).',
      source: 'republic-cancel',
      quote:
        "Once your line of service has been canceled, your phone number and any service-plan discounts associated with that line will be lost. If you'd like to keep your phone number, you can transfer it to another provider before canceling with Republic.",
    },
    {
      text: 'The online account stays open for 30 days after the last line is cancelled: save the bills before then.',
      source: 'republic-cancel',
      quote:
        "You'll still have access to My Account for 30 days after you complete the cancellation process for your last line of service.",
    },
  ],
  sources: [
    {
      id: 'republic-cancel',
      url: cancelDoc,
      title: 'Cancel My Republic Service (Republic Wireless community, a document by Republic staff)',
      published: '2016-02-04',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Created by a Republic employee in 2013, last modified 4 Feb 2016; the passage read (the search tool gives excerpts, not whole pages) breaks off in the sentence about a deceased member.',
    },
  ],
};
