import type { ProviderInput } from '../schema';

export const tMobile: ProviderInput = {
  id: 't-mobile',
  name: 'T-Mobile',
  aliases: ['TMobile', 'T Mobile'],
  categories: ['wireless'],
  domains: ['t-mobile.com'],
  pages: [
    { kind: 'bereavement', path: 'DOC-10437|deceased|passed-away' },
    { kind: 'cancel', path: '/support/account/cancel-service' },
    { kind: 'sign_in', path: '^/signin|^/login', host: 'account.t-mobile.com' },
    { kind: 'billing', path: '/bill|/payments' },
  ],
  testUrls: [
    { url: 'https://support.t-mobile.com/docs/DOC-10437', kind: 'bereavement' },
    { url: 'https://www.t-mobile.com/support/account/cancel-service', kind: 'cancel' },
    { url: 'https://account.t-mobile.com/signin/v2/', kind: 'sign_in' },
    { url: 'https://www.t-mobile.com/bill', kind: 'billing' },
    { url: 'https://www.t-mobile.com/account/profile', kind: 'account' },
  ],
  bereavement: {
    options: ['close', 'transfer'],
    documents: [
      { kind: 'death_certificate', note: 'When the caller is not an authorized user: mailed with the request.', source: 'tmo-doc-10437' },
      {
        kind: 'obituary',
        note: 'Accepted instead of a death certificate by mail (or a memorial website link, or estate documents).',
        source: 'tmo-doc-10437',
      },
    ],
    channels: [
      { kind: 'phone', value: '1-877-746-0909', label: 'Customer care (authorized users only)', source: 'tmo-doc-10437' },
      { kind: 'phone', value: '611', label: 'From a T-Mobile phone', source: 'tmo-doc-10437' },
      { kind: 'tty', value: '1-877-296-1018', source: 'tmo-doc-10437' },
      {
        kind: 'mail',
        value: 'Customer Relations, PO Box 37380, Albuquerque NM 87176-7380',
        label: 'If you are not an authorized user',
        source: 'tmo-doc-10437',
      },
    ],
    notes: [
      { text: 'You can close the account, or keep the number under a new account.', source: 'tmo-doc-10437' },
      {
        text: "Have ready: the account holder's name, the phone number, the date of death and the last 4 digits of their SSN.",
        source: 'tmo-doc-10437',
      },
      { text: 'By mail, include the account or mobile number and your relationship to the person who died.', source: 'tmo-doc-10437' },
    ],
  },
  equipment: {
    kinds: ['phone'],
    returnMethods: [],
    fees: [],
    notes: [],
  },
  notes: [
    { text: 'Cancellation takes effect at the end of the bill cycle and cannot be done online.', source: 'tmo-cancel' },
    { text: 'The whole device installment balance is charged when the entire account closes.', source: 'tmo-cancel' },
    {
      text: 'In 2012 families had 30 days to send documents for the early termination fee to be waived, and reported re-sending certificates that were "never received": keep a record of every document you send.',
      source: 'consumerist-2012',
    },
  ],
  guidance: {
    bereavement: [
      {
        text: 'Only authorized users may call 1-877-746-0909 (or 611). Have the name, number, date of death and last 4 of the SSN ready.',
        source: 'tmo-doc-10437',
      },
      {
        text: 'Not an authorized user? Mail the request with a death certificate, obituary or estate documents to Customer Relations, PO Box 37380, Albuquerque NM 87176-7380.',
        source: 'tmo-doc-10437',
      },
    ],
    cancel: [{ text: 'Closing the whole account makes any device installment balance due at once.', source: 'tmo-cancel' }],
  },
  escalation: { regulators: ['FCC'], channels: [] },
  sources: [
    {
      id: 'tmo-doc-10437',
      url: 'https://support.t-mobile.com/docs/DOC-10437',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Older page.',
    },
    { id: 'tmo-cancel', url: 'https://www.t-mobile.com/support/account/cancel-service', checked: '2026-11-22', quality: 'first-party' },
    {
      id: 'consumerist-2012',
      url: 'https://consumerist.com/',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: 'Consumerist, 2012, on T-Mobile families re-sending death certificates.',
    },
  ],
};
