import type { ProviderInput } from '../schema';

export const wow: ProviderInput = {
  id: 'wow',
  name: 'WOW!',
  aliases: ['WOW', 'WideOpenWest', 'WOW! Internet, TV & Phone'],
  categories: ['cable_internet', 'landline'],
  domains: ['wowway.com'],
  pages: [
    { kind: 'account', path: 'how-do-i-manage-my-account-online' },
    { kind: 'sign_in', path: '^/login|^/sign-?in|/my-?account/login' },
    { kind: 'billing', path: '/bill|/payment' },
  ],
  testUrls: [
    {
      url: 'https://www.wowway.com/help-center/account-billing/how-do-i-manage-my-account-online-including-my-account-number-login-email',
      kind: 'account',
    },
    { url: 'https://www.wowway.com/login', kind: 'sign_in' },
    { url: 'https://www.wowway.com/my-account/pay-bill', kind: 'billing' },
    { url: 'https://www.wowway.com/help-center/account-billing/cancel-service', kind: 'cancel' },
  ],
  bereavement: {
    options: [],
    documents: [],
    channels: [
      { kind: 'phone', value: '866-496-9669', label: 'Customer care (second-hand)', source: 'homeowner-wow' },
      { kind: 'chat', value: 'Live chat after signing in to My Account', label: 'Second-hand', source: 'homeowner-wow' },
    ],
    notes: [],
  },
  equipment: { kinds: ['cable_modem', 'router', 'tv_box'], returnMethods: [], fees: [], notes: [] },
  notes: [
    {
      text: 'Second-hand: service cannot be cancelled in the online portal; call or use live chat, and ask for the confirmation by email.',
      source: 'homeowner-wow',
    },
    {
      text: "Registering for online access needs the last 4 digits of the account number, the account holder's last name and the service ZIP code; the account number is on the statement.",
      source: 'wow-manage-account',
    },
  ],
  guidance: {
    sign_in: [
      {
        text: "To register for online access you need the last 4 digits of the account number (on a statement), the account holder's last name and the service ZIP code.",
        source: 'wow-manage-account',
      },
    ],
  },
  escalation: { regulators: ['FCC', 'franchise_authority'], channels: [] },
  sources: [
    {
      id: 'wow-manage-account',
      url: 'https://www.wowway.com/help-center/account-billing/how-do-i-manage-my-account-online-including-my-account-number-login-email',
      checked: '2026-11-22',
      quality: 'first-party',
    },
    {
      id: 'homeowner-wow',
      url: 'https://homeowner.com/connectivity/wow-internet/cancel-wow-internet',
      checked: '2026-11-22',
      quality: 'second-hand',
    },
  ],
};
