import type { ProviderInput } from '../schema';

export const xfinity: ProviderInput = {
  id: 'xfinity',
  name: 'Xfinity',
  aliases: ['Comcast', 'Comcast Xfinity'],
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
    { url: 'https://www.xfinity.com/support/articles/account-holder-passed-away', kind: 'bereavement' },
    { url: 'https://www.xfinity.com/support/articles/important-information-when-canceling-services', kind: 'cancel' },
    { url: 'https://login.xfinity.com/login?r=comcast.net&s=oauth', kind: 'sign_in' },
    { url: 'https://customer.xfinity.com/billing', kind: 'billing' },
    { url: 'https://customer.xfinity.com/', kind: 'account' },
    { url: 'https://www.xfinity.com/support/articles/return-equipment', kind: 'equipment_return' },
  ],
  bereavement: {
    url: 'https://www.xfinity.com/support/articles/account-holder-passed-away',
    options: ['close', 'transfer'],
    documents: [
      { kind: 'death_certificate', note: 'Uploaded in the online form.', source: 'xfinity-passed-away' },
      {
        kind: 'id',
        note: 'One version of the form: without a death certificate, upload your own valid ID and accept the terms.',
        source: 'xfinity-passed-away',
      },
    ],
    channels: [
      {
        kind: 'web_form',
        value: 'https://www.xfinity.com/support/articles/account-holder-passed-away',
        label: 'Account holder passed away form',
        source: 'xfinity-passed-away',
      },
    ],
    notes: [
      {
        text: 'The form offers two choices: close the account permanently, or transfer account ownership to you.',
        source: 'xfinity-passed-away',
      },
      { text: 'The disconnect date can be set up to 120 days in the past or 60 days in the future.', source: 'xfinity-passed-away' },
      { text: 'You choose where the final bill is sent.', source: 'xfinity-passed-away' },
      { text: 'The confirmation message explains how to return equipment.', source: 'xfinity-passed-away' },
    ],
  },
  equipment: {
    kinds: ['cable_modem', 'tv_box', 'dvr', 'router', 'remote'],
    returnMethods: [],
    fees: [],
    notes: [
      { text: 'Unreturned rental equipment is charged on the final bill.', source: 'xfinity-canceling' },
      { text: 'Ask for and keep the return receipt: it is the only proof of returned equipment.', source: 'montgomery-311' },
    ],
  },
  notes: [
    { text: 'Refunds arrive about 4-6 weeks after disconnect and equipment return.', source: 'xfinity-canceling' },
    {
      text: 'A comcast.net email address survives only if it was used in the 90 days before disconnect, and then while it is used at least once every 9 months.',
      source: 'xfinity-canceling',
    },
  ],
  guidance: {
    bereavement: [
      { text: 'Choose "close the account permanently" or "transfer account ownership to me".', source: 'xfinity-passed-away' },
      {
        text: 'Have the death certificate ready to upload. Without one, you can upload your own valid ID and accept the terms.',
        source: 'xfinity-passed-away',
      },
      {
        text: 'Pick the disconnect date (up to 120 days back or 60 days ahead) and the address for the final bill.',
        source: 'xfinity-passed-away',
      },
      { text: 'Save the confirmation page as proof: it explains how to return the equipment.', source: 'xfinity-passed-away' },
    ],
    cancel: [
      {
        text: 'Unreturned rental equipment is charged on the final bill: list every device and keep each return receipt.',
        source: 'xfinity-canceling',
      },
    ],
  },
  escalation: { regulators: ['FCC', 'franchise_authority'], channels: [] },
  sources: [
    {
      id: 'xfinity-passed-away',
      url: 'https://www.xfinity.com/support/articles/account-holder-passed-away',
      checked: '2026-11-22',
      quality: 'first-party',
    },
    {
      id: 'xfinity-canceling',
      url: 'https://www.xfinity.com/support/articles/important-information-when-canceling-services',
      checked: '2026-11-22',
      quality: 'first-party',
    },
    {
      id: 'montgomery-311',
      url: 'https://www.montgomerycountymd.gov/311',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: "Montgomery County MD 311: the cable company's receipt is the only proof of returned equipment.",
    },
  ],
};
