import type { ProviderInput } from '../schema';

const transferPage = 'https://centurylink.com/home/help/account/how-to-transfer-your-centurylink-service.html';
const changeOfResponsibility =
  'To change the ownernship of a CenturyLink account to a different person, you need to ask us to complete a change of responsibility.';
const tenDays = "If we don't hear back from you within 10 days, we'll cancel the transfer request.";

/**
 * One entry for CenturyLink, Quantum Fiber and Lumen: one company (Lumen
 * Technologies) and one consumer account system; CenturyLink and Quantum Fiber
 * are its consumer brands. The only sourced facts are on centurylink.com.
 */
export const lumen: ProviderInput = {
  id: 'centurylink',
  name: 'CenturyLink / Quantum Fiber',
  aliases: ['CenturyLink', 'Quantum Fiber', 'Lumen', 'Lumen Technologies', 'Qwest', 'Embarq'],
  categories: ['cable_internet', 'landline'],
  domains: ['centurylink.com', 'quantumfiber.com', 'lumen.com', 'centurylink.net'],
  pages: [
    { kind: 'transfer', path: 'how-to-transfer-your-centurylink-service|transfer-service|change-of-responsibility' },
    { kind: 'sign_in', path: '^/(home/)?(my-?account/)?login|^/sign-?in' },
    { kind: 'billing', path: '/my-?account/bill|/bill-?pay|/billing' },
    { kind: 'other', path: 'unclaimed-property' },
    { kind: 'cancel', path: 'proration-ending' },
  ],
  testUrls: [
    { url: transferPage, kind: 'transfer', origin: 'seen' },
    { url: 'https://www.centurylink.com/home/help/account/unclaimed-property.html', kind: 'other', origin: 'seen' },
    { url: 'https://www.centurylink.com/home/help/account/high-speed-internet-proration-ending.html', kind: 'cancel', origin: 'seen' },
    { url: 'https://www.centurylink.com/my-account/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.centurylink.com/my-account/bill', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.quantumfiber.com/my-account/overview', kind: 'account', origin: 'constructed' },
    { url: 'https://www.centurylink.com/home/help/account/cancel-service.html', kind: 'cancel', origin: 'constructed' },
    { url: 'https://www.lumen.com/', kind: 'other', origin: 'constructed' },
    { url: 'https://mail.centurylink.net/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  notes: [
    { text: 'A change of ownership is a "change of responsibility".', source: 'ctl-transfer', quote: changeOfResponsibility },
    {
      text: 'In some states the old and new owner must be members of the same household.',
      source: 'ctl-transfer',
      quote: 'In some states, the new and existing owner must be members of the same household.',
    },
    {
      text: 'CenturyLink asks the other party to confirm a transfer and cancels the request if it hears nothing within 10 days: when the account holder has died, ask what they accept instead of that confirmation.',
      source: 'ctl-transfer',
      quote: tenDays,
    },
    {
      text: 'If the criteria are not met, the service must be cancelled and the new owner orders new service.',
      source: 'ctl-transfer',
      quote:
        "If you or the new owner don't meet one or more of the criteria, you will need to cancel your service and the new owner will order new service.",
    },
    {
      text: 'A deposit and its interest are applied to the final balance; a remaining credit is mailed as a check with the closing bill.',
      source: 'ctl-cancel-faq',
      quote:
        'If you were required to make a deposit when you set up your CenturyLink service, your deposit and any interest will be applied to your final balance.',
    },
    {
      text: 'CenturyLink writes to payees of uncashed checks before sending the money to the state as unclaimed property; the claim must be made in writing by the deadline in the letter.',
      source: 'ctl-unclaimed',
      quote: 'The form must be completed and returned within the timeframe stated on the letter.',
    },
  ],
  guidance: {
    transfer: [
      {
        text: 'Start the change of responsibility by chat.',
        source: 'ctl-transfer',
        quote: 'If you need to transfer your account, please chat with us to start the transfer.',
      },
      {
        text: 'The normal process waits for the other party to confirm within 10 days; explain that the account holder has died.',
        source: 'ctl-transfer',
        quote: tenDays,
      },
    ],
  },
  sources: [
    {
      id: 'ctl-transfer',
      url: transferPage,
      title: 'How to change responsibility on an account (transfer service)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'ctl-cancel-faq',
      url: 'https://www.centurylink.com/home/help/account/high-speed-internet-proration-ending.html',
      title: 'Discontinuing High-Speed Internet service proration FAQs',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'ctl-unclaimed',
      url: 'https://www.centurylink.com/home/help/account/unclaimed-property.html',
      title: 'Unclaimed Property',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Stored copy at the http:// address.',
    },
  ],
};
