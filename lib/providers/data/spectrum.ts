import type { ProviderInput } from '../schema';

const transferPage = 'https://www.timewarnercable.com/en/support/account-and-billing/topics/transfer-or-cancel-service.html';
const nameChangeForm =
  'To transfer account ownership, please review the instructions and complete a Name Change Form. The form and required documentation can be returned to your local Spectrum Store, mailed to the address provided on the form or faxed to the number provided on the form.';
const returnOrPay =
  'understand that upon disconnect you must return all Spectrum equipment or pay the applicable unreturned equipment fee.';
const records =
  'After the transfer, all information including your phone records (i.e., phone numbers called/received and the time, location and duration of those calls), emails (i.e., emails sent/received) and television viewing history (i.e., video on demand purchases) will be accessible to and controlled by the New Customer.';

export const spectrum: ProviderInput = {
  id: 'spectrum',
  name: 'Spectrum',
  aliases: ['Charter', 'Charter Spectrum', 'Time Warner Cable', 'TWC', 'Bright House', 'Spectrum Mobile'],
  categories: ['cable_internet', 'landline', 'wireless'],
  domains: ['spectrum.net', 'spectrum.com', 'charter.com', 'charter.net', 'timewarnercable.com', 'brighthouse.com'],
  formerly: [
    {
      name: 'Time Warner Cable',
      domains: ['timewarnercable.com'],
      source: 'billfixers-twc',
      quote: 'Time Warner Cable has been acquired by Charter as of May 18th, 2016.',
    },
    { name: 'Bright House Networks', domains: ['brighthouse.com'] },
  ],
  pages: [
    { kind: 'transfer', path: 'account-change|transfer-takeover|takeover|assumption|transfer-or-cancel-service' },
    { kind: 'sign_in', path: '^/login|^/sign-?in', host: 'www.spectrum.net' },
    { kind: 'sign_in', path: '^/login|^/sign-?in', host: 'id.spectrum.net' },
    { kind: 'billing', path: '^/billing' },
    { kind: 'equipment_return', path: 'return-equipment|equipment-return|/returns?\\b' },
  ],
  testUrls: [
    { url: transferPage, kind: 'transfer', origin: 'seen' },
    { url: 'https://www.spectrum.net/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.spectrum.net/billing', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.spectrum.net/account-summary', kind: 'account', origin: 'constructed' },
    { url: 'https://www.spectrum.net/support/manage-account/spectrum-account-change', kind: 'transfer', origin: 'constructed' },
    // "authorized" is no sign-in page: the generic pattern once took "auth" for one.
    { url: 'https://www.spectrum.net/support/manage-account/authorized-user-privileges', kind: 'account', origin: 'constructed' },
    { url: 'https://www.spectrum.net/support/manage-account/return-equipment', kind: 'equipment_return', origin: 'constructed' },
    { url: 'https://www.spectrum.com/cancel-service', kind: 'cancel', origin: 'constructed' },
    { url: 'https://www.charter.com/', kind: 'other', origin: 'constructed' },
    { url: 'https://www.charter.net/', kind: 'other', origin: 'constructed' },
    { url: 'https://www.brighthouse.com/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  equipment: {
    notes: [
      {
        text: 'Whoever takes over the account must return all Spectrum equipment when service is disconnected, or pay the unreturned equipment fee.',
        source: 'spectrum-change-form',
        quote: returnOrPay,
      },
    ],
  },
  notes: [
    {
      text: 'To transfer account ownership, Spectrum asks for a Name Change Form, returned at a store, by mail or by fax (the address and fax number are on the form).',
      source: 'twc-transfer-or-cancel',
      quote: nameChangeForm,
    },
    {
      text: 'To cancel service, contact Spectrum.',
      source: 'twc-transfer-or-cancel',
      quote: 'To cancel or change your current service, please contact us.',
    },
    {
      text: "Spectrum's Customer Change Form and Transfer/Takeover Agreement moves the whole account, with its services, equipment and information, to a new customer.",
      source: 'spectrum-change-form',
      quote:
        'You hereby request that Spectrum transfer your account, including any services, equipment, rights and information, to the above named New Customer.',
    },
    {
      text: "After a transfer, the new customer can see and control the old holder's phone records, emails and TV viewing history.",
      source: 'spectrum-change-form',
      quote: records,
    },
    {
      text: 'The new customer takes on the existing equipment, packages and outstanding balance.',
      source: 'spectrum-change-form',
      quote:
        'You hereby agree to transfer the above named Spectrum account and assume all obligations, including any existing equipment, packages and outstanding balances, into your name.',
    },
  ],
  guidance: {
    transfer: [
      {
        text: 'Taking over the account means taking on its balance and every piece of equipment on it. If you do not want that, ask about closing the account and opening a new one instead.',
        source: 'spectrum-change-form',
        quote:
          'You hereby agree to transfer the above named Spectrum account and assume all obligations, including any existing equipment, packages and outstanding balances, into your name.',
      },
      {
        text: 'The new holder gains access to the old holder’s call records, email and viewing history.',
        source: 'spectrum-change-form',
        quote: records,
      },
      {
        text: 'The Name Change Form can be returned at a store, by mail or by fax.',
        source: 'twc-transfer-or-cancel',
        quote: nameChangeForm,
      },
    ],
    cancel: [
      {
        text: 'List every Spectrum device and keep proof of each return: unreturned equipment is charged.',
        source: 'spectrum-change-form',
        quote: returnOrPay,
      },
    ],
  },
  sources: [
    {
      id: 'twc-transfer-or-cancel',
      url: transferPage,
      title: 'Transferring or cancelling your service',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'A Spectrum support page still served on the Time Warner Cable site.',
    },
    {
      id: 'spectrum-change-form',
      url: 'https://www.scribd.com/document/714297668/spectrum-account-change',
      title: 'Customer Change Form and Transfer/Takeover Agreement',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "A copy of Spectrum's form posted on Scribd.",
    },
    {
      id: 'billfixers-twc',
      url: 'https://billfixers.com/blog/how-to-cancel-time-warner-cable',
      published: '2016-10-25',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
