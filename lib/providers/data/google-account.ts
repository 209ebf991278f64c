import type { ProviderInput } from '../schema';

const gadgetsnow = 'https://www.gadgetsnow.com/how-to/how-to-report-a-deceased-persons-account-on-google/amp_articleshow/59177352.cms';

export const googleAccount: ProviderInput = {
  id: 'google-account',
  name: 'Google Account',
  aliases: ['Google', 'Gmail', 'Google One', 'YouTube Premium', 'Google Play'],
  categories: ['streaming'],
  // Only the account hosts: Google Search and YouTube videos are nobody's account page.
  hosts: ['myaccount.google.com', 'one.google.com', 'payments.google.com'],
  testUrls: [
    { url: 'https://myaccount.google.com/', kind: 'account', origin: 'constructed' },
    { url: 'https://one.google.com/storage', kind: 'other', origin: 'constructed' },
    { url: 'https://payments.google.com/gp/w/home/subscriptions', kind: 'other', origin: 'constructed' },
  ],
  bereavement: {
    status: 'second-hand only',
    searched: '2026-11-30',
    options: [{ option: 'close', source: 'gadgetsnow-google', quote: '• Close the account of a deceased user' }],
    notes: [
      {
        text: "Second-hand: Google's request page for a deceased user offers three choices: close the account, request funds from it, or obtain data from it.",
        source: 'gadgetsnow-google',
        quote:
          "• Close the account of a deceased user • Submit a request for funds from a deceased user's account • Obtain data from a deceased user's account",
      },
      {
        text: 'Second-hand: Google gives no passwords; obtaining data needs a court order issued in the United States.',
        source: 'gadgetsnow-google',
        quote:
          'Google asks the user to agree that if the request to get information from a deceased person’s account is approved, they’ll need to get a court order issued in the United States.',
      },
    ],
  },
  sources: [
    {
      id: 'gadgetsnow-google',
      url: gadgetsnow,
      title: 'How to report a deceased person’s account on Google (Gadgets Now)',
      published: '2017-06-16',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "A news site's description of Google's request page; Google's own page was not among the stored pages.",
    },
  ],
};
