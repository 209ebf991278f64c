import type { ProviderInput } from '../schema';

const assumePage = 'https://www.cox.com/residential/support/internet/article.cox?articleId=%7Bde8d3f80-02e5-11e0-7ab7-000000000000%7D';
const whoMayAssume =
  'Death of account holder when the telephone number or equipment is going to be assumed by the spouse/domestic partner or immediate family member.';
const dropOff =
  'You can drop off or ship Cox equipment, such as cable boxes, modems, remote controls, and cabling at designated Cox service locations.';
const keepEmail =
  'if you wish to keep messages and contacts after disconnecting Cox Internet service, you must move your Cox Email content';

export const cox: ProviderInput = {
  id: 'cox',
  name: 'Cox',
  aliases: ['Cox Communications', 'Cox Cable', 'Contour'],
  categories: ['cable_internet', 'landline'],
  domains: ['cox.com', 'cox.net'],
  pages: [
    { kind: 'cancel', path: '/support/disconnect-or-cancel-service|articleId=1c384ae0-ecf8-11df' },
    { kind: 'transfer', path: 'de8d3f80-02e5-11e0|assuming-a-telephone-number|change-or-update-primary-account-holder' },
    { kind: 'sign_in', path: '^/content/dam/cox/okta/signin|/residential/sign-?in' },
    { kind: 'billing', path: '/ibill|/billing' },
    { kind: 'account', path: '/myprofile|/mycox|/residential/myaccount' },
  ],
  testUrls: [
    { url: 'https://www.cox.com/residential/support/disconnect-or-cancel-service.html', kind: 'cancel', origin: 'seen' },
    {
      url: 'https://www.cox.com/residential/support/billing-and-account/article.cox?articleId=1c384ae0-ecf8-11df-ef43-000000000000',
      kind: 'cancel',
      origin: 'seen',
    },
    { url: assumePage, kind: 'transfer', origin: 'seen' },
    {
      url: 'https://ww2.cox.com/residential/support/billing-and-account/article.cox?articleId=de8d3f80-02e5-11e0-7ab7-000000000000',
      kind: 'transfer',
      origin: 'seen',
    },
    { url: 'https://www.cox.com/content/dam/cox/okta/signin.html', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.cox.com/ibill/home.cox', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.cox.com/residential/myaccount/home.html', kind: 'account', origin: 'constructed' },
    { url: 'https://webmail.cox.net/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: {
    status: 'verified first-party',
    searched: '2026-11-30',
    url: assumePage,
    options: [{ option: 'transfer', source: 'cox-primary-holder-2014', quote: whoMayAssume }],
    notes: [
      {
        text: 'When the account holder dies, a spouse, domestic partner or immediate family member may take over ("assume") the telephone number or the equipment (2014 page).',
        source: 'cox-primary-holder-2014',
        quote: whoMayAssume,
      },
      {
        text: 'Taking over a number is "usually due to a death"; the number must still be in service (2017 page).',
        source: 'cox-assume-2017',
        quote:
          'Telephone Number Assumption - This is when someone else will take over the current active telephone number, usually due to a death.',
      },
      {
        text: 'The account the number comes from must be current, with nothing past due.',
        source: 'cox-assume-2017',
        quote: 'The Cox account that the telephone number is being assumed from must be current, no transactions for past due accounts.',
      },
      {
        text: 'The new account must be at the same address as the one being disconnected.',
        source: 'cox-assume-2017',
        quote: 'Reactivation of the new account must be at the same physical location as the disconnecting account.',
      },
      { text: 'Contracts do not transfer.', source: 'cox-assume-2017', quote: 'Contracts are not transferable.' },
      {
        text: 'Cox email addresses cannot be taken over or saved.',
        source: 'cox-assume-2017',
        quote: 'Cox email addresses cannot be assumed or saved.',
      },
      {
        text: 'Voicemail is reset and all messages are deleted.',
        source: 'cox-assume-2017',
        quote: 'Voice Mail will reset and all messages and recordings will be deleted.',
      },
      {
        text: 'Cox Homelife equipment cannot be taken over.',
        source: 'cox-assume-2017',
        quote: 'Cox Homelife equipment cannot be assumed.',
      },
    ],
  },
  equipment: {
    kinds: [
      { kind: 'tv_box', source: 'cox-disconnect', quote: dropOff },
      { kind: 'cable_modem', source: 'cox-disconnect', quote: dropOff },
      { kind: 'remote', source: 'cox-disconnect', quote: dropOff },
    ],
    returnMethods: [{ method: 'store', source: 'cox-disconnect', quote: dropOff }],
    notes: [
      {
        text: 'Cable boxes, modems, remotes and cabling can be dropped off or shipped at a Cox Solutions Store location that offers Product Drop Off.',
        source: 'cox-disconnect',
        quote: dropOff,
      },
    ],
  },
  notes: [
    {
      text: 'The last bill is pro-rated: only the part of the month before the disconnection is billed.',
      source: 'cox-disconnect',
      quote: 'When disconnecting service, your bill will be pro-rated.',
    },
    {
      text: 'To disconnect or cancel, contact Cox.',
      source: 'cox-disconnect',
      quote: 'To disconnect or cancel your service, contact us for assistance.',
    },
    {
      text: 'Cancellation could not be done online (2016 version of the page).',
      source: 'cox-disconnect-2016',
      quote: 'For customers who want to disconnect their service online, this option is currently unavailable. Contact us for assistance.',
    },
    {
      text: 'Save any Cox email messages and contacts elsewhere before disconnecting internet service.',
      source: 'cox-disconnect',
      quote: keepEmail,
    },
  ],
  guidance: {
    transfer: [
      {
        text: 'A spouse, partner or immediate family member can keep the phone number only if it is still active, the account is not past due, and service stays at the same address.',
        source: 'cox-assume-2017',
        quote: 'The Cox account that the telephone number is being assumed from must be current, no transactions for past due accounts.',
      },
      {
        text: 'Voicemail will be wiped and Cox email cannot be kept: save what matters first.',
        source: 'cox-assume-2017',
        quote: 'Voice Mail will reset and all messages and recordings will be deleted.',
      },
    ],
    cancel: [
      { text: 'Move any Cox email you want to keep first.', source: 'cox-disconnect', quote: keepEmail },
      { text: 'Return equipment at a Cox store with Product Drop Off and keep the receipt.', source: 'cox-disconnect', quote: dropOff },
    ],
  },
  sources: [
    {
      id: 'cox-disconnect',
      url: 'https://www.cox.com/residential/support/disconnect-or-cancel-service.html',
      title: 'Disconnect or Cancel Service',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'cox-disconnect-2016',
      url: 'https://www.cox.com/residential/support/billing-and-account/article.cox?articleId=1c384ae0-ecf8-11df-ef43-000000000000',
      title: 'Disconnect or Cancel Service',
      published: '2016-11-02',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Stored copy at the http:// address.',
    },
    {
      id: 'cox-assume-2017',
      url: assumePage,
      title: 'Assuming a Telephone Number or Equipment',
      published: '2017-01-19',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Stored copy at the http:// address; its section on a death is cut off in the copy.',
    },
    {
      id: 'cox-primary-holder-2014',
      url: 'https://ww2.cox.com/residential/support/billing-and-account/article.cox?articleId=de8d3f80-02e5-11e0-7ab7-000000000000',
      title: 'How to Change or Update Primary Account Holder',
      published: '2014-04-11',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Stored copy at the http:// address.',
    },
  ],
};
