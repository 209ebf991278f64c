import type { ProviderInput } from '../schema';

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
  ],
  testUrls: [
    { url: 'https://www.centurylink.com/home/help/account/how-to-transfer-your-centurylink-service.html', kind: 'transfer' },
    { url: 'https://www.centurylink.com/my-account/login', kind: 'sign_in' },
    { url: 'https://www.centurylink.com/my-account/bill', kind: 'billing' },
    { url: 'https://www.quantumfiber.com/my-account/overview', kind: 'account' },
    { url: 'https://www.centurylink.com/home/help/account/cancel-service.html', kind: 'cancel' },
    { url: 'https://www.centurylink.com/home/help/account/unclaimed-property.html', kind: 'other' },
  ],
  bereavement: {
    options: ['transfer'],
    documents: [],
    channels: [],
    notes: [
      {
        text: 'A change of ownership is a "change of responsibility", started by chat; in some states the old and new owner must be members of the same household.',
        source: 'ctl-transfer',
      },
      {
        text: 'CenturyLink asks the other party to confirm a transfer, and cancels the request if it hears nothing within 10 days: when the account holder has died, ask what they accept instead of that confirmation.',
        source: 'ctl-transfer',
      },
      { text: 'If the criteria are not met, the service must be cancelled and the new owner orders new service.', source: 'ctl-transfer' },
    ],
  },
  equipment: { kinds: ['router', 'cable_modem'], returnMethods: [], fees: [], notes: [] },
  notes: [
    {
      text: 'CenturyLink writes to payees of uncashed checks before sending the money to the state as unclaimed property; the claim must be made in writing by the deadline in the letter.',
      source: 'ctl-unclaimed',
    },
  ],
  guidance: {
    transfer: [
      {
        text: 'Start the change of responsibility by chat. The normal process waits for the other party to confirm within 10 days; explain that the account holder has died.',
        source: 'ctl-transfer',
      },
    ],
  },
  escalation: { regulators: ['FCC', 'state_PUC'], channels: [] },
  sources: [
    {
      id: 'ctl-transfer',
      url: 'https://centurylink.com/home/help/account/how-to-transfer-your-centurylink-service.html',
      checked: '2026-11-22',
      quality: 'first-party',
    },
    {
      id: 'ctl-unclaimed',
      url: 'https://www.centurylink.com/home/help/account/unclaimed-property.html',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Stored copy at the http:// address.',
    },
  ],
};
