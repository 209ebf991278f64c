import type { ProviderInput } from '../schema';

export const cox: ProviderInput = {
  id: 'cox',
  name: 'Cox',
  aliases: ['Cox Communications', 'Cox Cable', 'Contour'],
  categories: ['cable_internet', 'landline'],
  domains: ['cox.com', 'cox.net'],
  pages: [
    { kind: 'cancel', path: '/support/disconnect-or-cancel-service' },
    { kind: 'transfer', path: 'de8d3f80-02e5-11e0|assuming-a-telephone-number|change-or-update-primary-account-holder' },
    { kind: 'sign_in', path: '^/content/dam/cox/okta/signin|/residential/sign-?in' },
    { kind: 'billing', path: '/ibill|/billing' },
    { kind: 'account', path: '/myprofile|/mycox|/residential/myaccount' },
  ],
  testUrls: [
    { url: 'https://www.cox.com/residential/support/disconnect-or-cancel-service.html', kind: 'cancel' },
    {
      url: 'https://www.cox.com/residential/support/billing-and-account/article.cox?articleId=de8d3f80-02e5-11e0-7ab7-000000000000',
      kind: 'transfer',
    },
    { url: 'https://www.cox.com/content/dam/cox/okta/signin.html', kind: 'sign_in' },
    { url: 'https://www.cox.com/ibill/home.cox', kind: 'billing' },
    { url: 'https://www.cox.com/residential/myaccount/home.html', kind: 'account' },
  ],
  bereavement: {
    options: ['close', 'transfer'],
    documents: [],
    channels: [],
    notes: [
      {
        text: 'When the account holder dies, a spouse, domestic partner or immediate family member may take over ("assume") the telephone number or the equipment.',
        source: 'cox-primary-holder-2014',
      },
      {
        text: 'To take over a number it must still be in service, the account must be current (nothing past due), and the new account must be at the same address.',
        source: 'cox-assume-2017',
      },
      {
        text: 'Contracts do not transfer, Cox email addresses cannot be taken over or saved, Cox Homelife equipment cannot be taken over, and voicemail is reset with all messages deleted.',
        source: 'cox-assume-2017',
      },
    ],
  },
  equipment: {
    kinds: ['cable_modem', 'router', 'tv_box', 'remote'],
    returnMethods: ['store'],
    fees: [],
    notes: [
      {
        text: 'Cable boxes, modems, remotes and cabling can be dropped off or shipped at a Cox Solutions Store location that offers Product Drop Off.',
        source: 'cox-disconnect',
      },
    ],
  },
  notes: [
    { text: 'The last bill is pro-rated: only the part of the month before the disconnection is billed.', source: 'cox-disconnect' },
    { text: 'Cancellation could not be done online (2016 version of the page); contact Cox.', source: 'cox-disconnect-2016' },
    { text: 'Save any Cox email messages and contacts elsewhere before disconnecting internet service.', source: 'cox-disconnect' },
    { text: 'A medical power of attorney is not accepted for changes on a Cox account (2014 guidelines).', source: 'cox-poa-2014' },
  ],
  guidance: {
    transfer: [
      {
        text: 'A spouse, partner or immediate family member can keep the phone number only if it is still active, the account is not past due, and service stays at the same address. Voicemail and Cox email will be lost.',
        source: 'cox-assume-2017',
      },
    ],
    cancel: [
      {
        text: 'Move any Cox email you want to keep first. Return equipment at a Cox store with Product Drop Off and keep the receipt.',
        source: 'cox-disconnect',
      },
    ],
  },
  escalation: { regulators: ['FCC', 'franchise_authority'], channels: [] },
  sources: [
    {
      id: 'cox-disconnect',
      url: 'https://www.cox.com/residential/support/disconnect-or-cancel-service.html',
      checked: '2026-11-22',
      quality: 'first-party',
    },
    {
      id: 'cox-disconnect-2016',
      url: 'https://www.cox.com/residential/support/billing-and-account/article.cox?articleId=1c384ae0-ecf8-11df-ef43-000000000000',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Stored copy dated 2016, at the http:// address.',
    },
    {
      id: 'cox-assume-2017',
      url: 'https://www.cox.com/residential/support/internet/article.cox?articleId=%7Bde8d3f80-02e5-11e0-7ab7-000000000000%7D',
      checked: '2026-11-22',
      quality: 'first-party',
      note: '"Assuming a Telephone Number or Equipment", last updated 2017; stored copy at the http:// address.',
    },
    {
      id: 'cox-primary-holder-2014',
      url: 'https://ww2.cox.com/residential/support/billing-and-account/article.cox?articleId=de8d3f80-02e5-11e0-7ab7-000000000000',
      checked: '2026-11-22',
      quality: 'first-party',
      note: '"How to Change or Update Primary Account Holder", 2014; stored copy at the http:// address.',
    },
    {
      id: 'cox-poa-2014',
      url: 'https://www.cox.com/residential/support/billing-and-account/article.cox?articleId=8a8691a0-e4fc-11de-f523-000000000000',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Power of Attorney Guidelines, 2014; stored copy at the http:// address.',
    },
  ],
};
