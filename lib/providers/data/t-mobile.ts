import type { ProviderInput } from '../schema';

const deceasedPage = 'https://support.t-mobile.com/docs/DOC-10437';
const choices = 'If someone has passed away, you can either close their account or keep the same mobile number under a new account.';
const callUs =
  'The best thing for you to do in this situation is to call T-Mobile Customer Service at 1-877-746-0909 (or dial 611 from a T-Mobile phone).';
const authorizedOnly =
  'For security reasons, we ask that only a family member or friend listed as an authorized user on the account call us.';
const mailAddress =
  'If the deceased is from the US, please mail your request to: Customer Relations PO Box 37380 Albuquerque, NM 87176-7380';
const byMail =
  "If you're a friend or family member of the deceased, but you were not added as an authorized user, you'll need to send us the cancelation request by mail.";

export const tMobile: ProviderInput = {
  id: 't-mobile',
  name: 'T-Mobile',
  aliases: ['TMobile', 'T Mobile', 'Sprint', 'T-Mobile Home Internet'],
  categories: ['wireless'],
  domains: ['t-mobile.com', 'sprint.com'],
  formerly: [{ name: 'Sprint', domains: ['sprint.com'] }],
  pages: [
    { kind: 'bereavement', path: 'DOC-10437|deceased|passed-away' },
    { kind: 'cancel', path: '/support/account/cancel-service' },
    { kind: 'sign_in', path: '^/signin|^/login', host: 'account.t-mobile.com' },
    { kind: 'billing', path: '/bill|/payments' },
  ],
  testUrls: [
    { url: deceasedPage, kind: 'bereavement', origin: 'seen' },
    { url: 'https://t-mobile.com/support/account/cancel-service', kind: 'cancel', origin: 'seen' },
    { url: 'https://www.t-mobile.com/support/account/power-of-attorney-requests', kind: 'account', origin: 'seen' },
    { url: 'https://account.t-mobile.com/signin/v2/', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.t-mobile.com/bill', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.t-mobile.com/account/profile', kind: 'account', origin: 'constructed' },
    { url: 'https://www.sprint.com/en/my-sprint/sign-in.html', kind: 'sign_in', origin: 'constructed' },
  ],
  bereavement: {
    status: 'verified first-party',
    searched: '2026-11-30',
    url: deceasedPage,
    options: [
      { option: 'close', source: 'tmo-doc-10437', quote: choices },
      { option: 'transfer', source: 'tmo-doc-10437', quote: choices },
    ],
    documents: [
      {
        kind: 'death_certificate',
        note: 'When the caller is not an authorized user: a copy, mailed with the request.',
        source: 'tmo-doc-10437',
        quote: 'Copy of death certificate',
      },
      {
        kind: 'obituary',
        note: 'Accepted instead of a death certificate by mail (so are a memorial website link, a copy of the memorial, or estate documents).',
        source: 'tmo-doc-10437',
        quote: 'Obituary (electronic or paper)',
      },
      {
        kind: 'estate_documents',
        note: 'Attorney or legal estate documents are also accepted by mail.',
        source: 'tmo-doc-10437',
        quote: 'Attorney / legal estate documents',
      },
    ],
    channels: [
      { kind: 'phone', value: '1-877-746-0909', label: 'Customer Service (authorized users only)', source: 'tmo-doc-10437', quote: callUs },
      { kind: 'phone', value: '611', label: 'From a T-Mobile phone', source: 'tmo-doc-10437', quote: callUs },
      {
        kind: 'tty',
        value: '1-877-296-1018',
        source: 'tmo-doc-10437',
        quote: 'TTY service is also available for hearing and sight impairment by calling 1-877-296-1018.',
      },
      {
        kind: 'mail',
        value: 'Customer Relations, PO Box 37380, Albuquerque, NM 87176-7380',
        label: 'If you are not an authorized user',
        source: 'tmo-doc-10437',
        quote: mailAddress,
      },
    ],
    notes: [
      { text: 'You can close the account, or keep the number under a new account.', source: 'tmo-doc-10437', quote: choices },
      {
        text: 'Only a family member or friend listed as an authorized user on the account may call.',
        source: 'tmo-doc-10437',
        quote: authorizedOnly,
      },
      {
        text: "Have ready: the account holder's name, the phone number, the date of death and the last 4 digits of their SSN.",
        source: 'tmo-doc-10437',
        quote:
          "Name of the person on the account • Their mobile phone number • Date of death • Last four digits of the deceased customer's Social Security number",
      },
      { text: 'Not an authorized user? Send the cancellation request by mail.', source: 'tmo-doc-10437', quote: byMail },
      {
        text: 'By mail, include the account or mobile number, the name of the person who died, your relationship to them and your contact information.',
        source: 'tmo-doc-10437',
        quote: 'Account number and/or mobile number • Name of deceased, their relationship to you, and your contact information',
      },
      {
        text: 'A T-Mobile spokesperson told Consumerist in 2012 that families had 30 days to send documents for the early termination fee to be considered for adjustment (not automatically waived).',
        source: 'consumerist-2012',
        quote: 'customers have only 30 days to send in documentation to be considered for early termination fee adjustment.',
      },
    ],
  },
  notes: [
    {
      text: 'Cancellation takes effect at the end of the current bill cycle.',
      source: 'tmo-cancel',
      quote: 'All cancellations are future dated and will go into effect at the end of your current bill cycle.',
    },
    { text: 'Cancellation cannot be done online.', source: 'tmo-cancel', quote: 'Cancellations cannot be completed online.' },
    {
      text: 'When the entire account closes, the whole device installment balance is charged on the final bill.',
      source: 'tmo-cancel',
      quote: 'If the entire account is closed, all remaining EIP remaining balances will be charged in full on your final bill.',
    },
    {
      text: 'Voicemail is deleted when a number is cancelled: save messages you want to keep first.',
      source: 'tmo-cancel',
      quote:
        'Voicemail and DIGITS call histories and messages will be deleted and cannot be recovered. Check and save your voicemail messages prior to cancelling.',
    },
    {
      text: 'Consumerist (2012) reported families sending death certificates again and again to phone companies that then had no record of them: keep a dated record of every document you send.',
      source: 'consumerist-2012',
      quote:
        'people repeatedly sending death certificates to phone companies — who subsequently never have a record of receiving the documents',
    },
  ],
  guidance: {
    bereavement: [
      {
        text: 'Only authorized users may call 1-877-746-0909 (or 611). Have the name, number, date of death and last 4 of the SSN ready.',
        source: 'tmo-doc-10437',
        quote: authorizedOnly,
      },
      {
        text: 'Not an authorized user? Mail the request with a copy of the death certificate, an obituary or estate documents to Customer Relations, PO Box 37380, Albuquerque, NM 87176-7380.',
        source: 'tmo-doc-10437',
        quote: mailAddress,
      },
      {
        text: 'Save your voicemail messages before the number is cancelled: they cannot be recovered.',
        source: 'tmo-cancel',
        quote: 'Check and save your voicemail messages prior to cancelling.',
      },
    ],
    cancel: [
      {
        text: 'Closing the whole account makes any device installment balance due at once, on the final bill.',
        source: 'tmo-cancel',
        quote: 'If the entire account is closed, all remaining EIP remaining balances will be charged in full on your final bill.',
      },
    ],
  },
  sources: [
    {
      id: 'tmo-doc-10437',
      url: deceasedPage,
      title: 'Cancel an account of a deceased family member',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'An older support page.',
    },
    {
      id: 'tmo-cancel',
      url: 'https://www.t-mobile.com/support/account/cancel-service',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Stored copy at t-mobile.com without www.',
    },
    {
      id: 'consumerist-2012',
      url: 'https://consumerist.com/2012/08/20/you-only-have-30-days-after-a-loved-one-dies-to-cancel-their-t-mobile-account-without-etf/',
      title: 'You Only Have 30 Days After A Loved One Dies To Cancel Their T-Mobile Account Without ETF',
      published: '2012-08-20',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
