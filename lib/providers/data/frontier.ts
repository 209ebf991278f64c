import type { ProviderInput } from '../schema';

export const frontier: ProviderInput = {
  id: 'frontier',
  name: 'Frontier',
  aliases: ['Frontier Communications', 'Frontier Fiber'],
  categories: ['cable_internet', 'landline'],
  domains: ['frontier.com'],
  pages: [
    { kind: 'sign_in', path: '^/login|^/sign-?in|/account/login' },
    { kind: 'billing', path: '/bill|/payment' },
    { kind: 'transfer', path: 'transfer-of-service|change-of-responsibility' },
  ],
  testUrls: [
    { url: 'https://frontier.com/login', kind: 'sign_in' },
    { url: 'https://frontier.com/account/bill-pay', kind: 'billing' },
    { url: 'https://frontier.com/account/overview', kind: 'account' },
    { url: 'https://frontier.com/helpcenter/categories/account/cancel-service', kind: 'cancel' },
  ],
  bereavement: {
    options: [],
    documents: [],
    channels: [
      {
        kind: 'phone',
        value: '1-800-921-8101',
        label: 'Residential customer service (old printed directory listing)',
        source: 'frontier-directory',
      },
      {
        kind: 'tty',
        value: '1-877-462-6606',
        label: 'Center for Customers with Disabilities, V/TTY (old printed directory listing)',
        source: 'frontier-directory',
      },
    ],
    notes: [],
  },
  equipment: { kinds: ['router'], returnMethods: [], fees: [], notes: [] },
  notes: [],
  guidance: {},
  escalation: { regulators: ['FCC', 'state_PUC'], channels: [] },
  sources: [
    { id: 'frontier-home', url: 'https://frontier.com/', checked: '2026-11-22', quality: 'first-party' },
    {
      id: 'frontier-directory',
      url: 'https://www.dexpages.com/guide/NC/Mocksville/White_Pages/2-3.php',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: 'Frontier customer guide in an old printed phone directory; numbers may be out of date. Stored copy at the http:// address.',
    },
  ],
};
