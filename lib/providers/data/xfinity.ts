import type { ProviderInput } from '../schema';

const passedAway = 'https://www.xfinity.com/support/articles/account-holder-passed-away';
const choices = 'You may close the account permanently or transfer ownership of the deceased’s account to yourself.';

export const xfinity: ProviderInput = {
  id: 'xfinity',
  name: 'Xfinity',
  aliases: ['Comcast', 'Comcast Xfinity', 'Xfinity Mobile'],
  categories: ['cable_internet', 'landline', 'wireless'],
  domains: ['xfinity.com', 'comcast.com', 'comcast.net'],
  priority: 0,
  pages: [
    { kind: 'bereavement', path: '/support/articles/account-holder-passed-away' },
    { kind: 'bereavement', path: 'passed-away|deceased|bereavement' },
    { kind: 'cancel', path: '/support/articles/important-information-when-canceling-services' },
    { kind: 'sign_in', path: '^/login', host: 'login.xfinity.com' },
    { kind: 'billing', path: '^/(#/)?billing', host: 'customer.xfinity.com' },
    { kind: 'equipment_return', path: 'return-equipment|equipment-return' },
  ],
  testUrls: [
    { url: passedAway, kind: 'bereavement', origin: 'seen' },
    { url: 'https://www.xfinity.com/support/articles/important-information-when-canceling-services', kind: 'cancel', origin: 'seen' },
    { url: 'https://login.xfinity.com/login?r=comcast.net&s=oauth', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://customer.xfinity.com/billing', kind: 'billing', origin: 'constructed' },
    { url: 'https://customer.xfinity.com/', kind: 'account', origin: 'constructed' },
    { url: 'https://www.xfinity.com/support/articles/return-equipment', kind: 'equipment_return', origin: 'constructed' },
    { url: 'https://www.comcast.com/', kind: 'other', origin: 'constructed' },
    { url: 'https://connect.comcast.net/appsuite/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: {
    status: 'verified first-party',
    searched: '2026-11-30',
    url: passedAway,
    options: [
      { option: 'close', source: 'xfinity-passed-away', quote: choices },
      { option: 'transfer', source: 'xfinity-passed-away', quote: choices },
    ],
    documents: [
      {
        kind: 'death_certificate',
        note: 'Uploaded in the online form.',
        source: 'xfinity-passed-away-copy',
        quote: 'If you don’t have the death certificate, you must upload a valid form of your identification',
      },
      {
        kind: 'id',
        note: 'One version of the form: without a death certificate, upload your own valid ID and accept the terms.',
        source: 'xfinity-passed-away-copy',
        quote:
          "If you don’t have the death certificate, you must upload a valid form of your identification (like your state-issued driver's license, ID card, or U.S. passport), then accept the terms and conditions to continue.",
      },
    ],
    channels: [
      {
        kind: 'web_form',
        value: passedAway,
        label: 'Account holder passed away form',
        source: 'xfinity-passed-away',
        quote: 'Visit our bereavement support page on xfinity.com.',
      },
    ],
    notes: [
      {
        text: 'The form offers two choices: close the account permanently, or transfer account ownership to you.',
        source: 'xfinity-passed-away',
        quote: choices,
      },
      {
        text: 'The disconnect date can be set up to 120 days in the past or 60 days in the future.',
        source: 'xfinity-passed-away',
        quote: "This is available up to 120 days before today's date.",
      },
      {
        text: 'You choose where the final bill is sent.',
        source: 'xfinity-passed-away',
        quote: 'Let us know where to mail the final statement.',
      },
      {
        text: 'The confirmation message explains how to return equipment.',
        source: 'xfinity-passed-away',
        quote: 'Read the confirmation message, including the information on how to return any equipment.',
      },
    ],
  },
  equipment: {
    notes: [
      {
        text: 'Unreturned rental equipment is charged on the final bill.',
        source: 'xfinity-canceling',
        quote: "You may see charges on your final bill for any rental equipment you haven't returned.",
      },
      {
        text: "Ask for and keep the return receipt: a county cable office says the cable company's receipt is the only proof of returned equipment.",
        source: 'montgomery-311',
        quote:
          "Please obtain a receipt when any equipment is returned. The cable company's receipt is the only proof of returned equipment.",
      },
    ],
  },
  notes: [
    {
      text: 'Refunds: the cancellation FAQ answers "owed a refund?" with about four to six weeks after you disconnect and return the equipment.',
      source: 'xfinity-canceling',
      quote: 'What to know if I’m owed a refund? About four to six weeks after you disconnect and return your …',
    },
    {
      text: 'A comcast.net email address survives only if it was used in the 90 days before disconnect, and then while it is used at least once every 9 months.',
      source: 'xfinity-canceling',
      quote:
        'you can still use your Comcast.net email address if you logged into your email account during the 90 days prior to disconnecting your service. Your email account will stay active as long as you access it at least once every nine months.',
    },
  ],
  guidance: {
    bereavement: [
      {
        text: 'Choose "close the account permanently" or "transfer account ownership to me".',
        source: 'xfinity-passed-away',
        quote: choices,
      },
      {
        text: 'Have the death certificate ready to upload. Without one, one version of the form lets you upload your own valid ID and accept the terms.',
        source: 'xfinity-passed-away-copy',
        quote:
          "If you don’t have the death certificate, you must upload a valid form of your identification (like your state-issued driver's license, ID card, or U.S. passport), then accept the terms and conditions to continue.",
      },
      {
        text: 'Pick the disconnect date (up to 120 days back or 60 days ahead) and the address for the final bill.',
        source: 'xfinity-passed-away',
        quote: 'select a date to disconnect that’s up to 60 days after today.',
      },
      {
        text: 'Save the confirmation page as proof: it explains how to return the equipment.',
        source: 'xfinity-passed-away',
        quote: 'Read the confirmation message, including the information on how to return any equipment.',
      },
    ],
    cancel: [
      {
        text: 'Unreturned rental equipment is charged on the final bill: list every device and keep each return receipt.',
        source: 'xfinity-canceling',
        quote: "You may see charges on your final bill for any rental equipment you haven't returned.",
      },
    ],
  },
  sources: [
    {
      id: 'xfinity-passed-away',
      url: passedAway,
      title: 'Account holder passed away',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'xfinity-passed-away-copy',
      url: 'https://xfinity.com/support/articles/account-holder-passed-away',
      title: 'Account holder passed away (another stored copy)',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'A second stored copy of the same article (address without www), with a passage about uploading your own ID that the other copy lacks.',
    },
    {
      id: 'xfinity-canceling',
      url: 'https://www.xfinity.com/support/articles/important-information-when-canceling-services',
      title: 'Important information when canceling services',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'The refund answer is cut off in the stored copy after "return your".',
    },
    {
      id: 'montgomery-311',
      url: 'https://www3.montgomerycountymd.gov/311/Solutions.aspx?SolutionId=1-4F8TU3',
      title: "Responsibility for Cable Company's Equipment (Montgomery County MD 311)",
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'A county 311 answer about cable equipment in general; stored copy at the http:// address.',
    },
  ],
};
