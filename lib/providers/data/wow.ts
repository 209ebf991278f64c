import type { ProviderInput } from '../schema';

const manage =
  'https://www.wowway.com/help-center/account-billing/how-do-i-manage-my-account-online-including-my-account-number-login-email';
const register =
  "To register for online account access, you will need the last 4 digits of your account number, the account holder's last name and the service zip code.";
const returnIn10 =
  'Return ALL equipment within 10 business days or face unreturned equipment charges ($100-200+ per device). Return in person at a WOW! service center and get a receipt.';
const toReturn = 'Equipment to return: modem/router, TV set-top boxes, remotes, and all cables.';

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
    { url: manage, kind: 'account', origin: 'seen' },
    { url: 'https://www.wowway.com/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.wowway.com/my-account/pay-bill', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.wowway.com/help-center/account-billing/cancel-service', kind: 'cancel', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  contact: [
    {
      kind: 'phone',
      value: '866-496-9669',
      label: 'Customer care (second-hand)',
      source: 'homeowner-wow',
      quote: 'Call customer care at 866-496-9669',
    },
    {
      kind: 'chat',
      value: 'Live chat after signing in to My Account',
      label: 'Second-hand',
      source: 'homeowner-wow',
      quote:
        'While you cannot stop WOW service directly from the online portal, ISP offers a chat support service where you can raise the cancellation request directly to a live agent.',
    },
  ],
  equipment: {
    kinds: [
      { kind: 'cable_modem', source: 'justcancel-wow', quote: toReturn },
      { kind: 'router', source: 'justcancel-wow', quote: toReturn },
      { kind: 'tv_box', source: 'justcancel-wow', quote: toReturn },
      { kind: 'remote', source: 'justcancel-wow', quote: toReturn },
    ],
    returnMethods: [{ method: 'store', source: 'justcancel-wow', quote: returnIn10 }],
    notes: [
      {
        text: 'Second-hand (2026 guide): return all equipment within 10 business days, in person at a WOW! service center, and get a receipt; unreturned devices are charged.',
        source: 'justcancel-wow',
        quote: returnIn10,
      },
    ],
  },
  notes: [
    {
      text: 'Second-hand: service cannot be cancelled in the online portal; call or use live chat.',
      source: 'homeowner-wow',
      quote:
        'While you cannot stop WOW service directly from the online portal, ISP offers a chat support service where you can raise the cancellation request directly to a live agent.',
    },
    {
      text: 'Second-hand: ask for the cancellation confirmation by email.',
      source: 'homeowner-wow',
      quote: 'Get the cancellation confirmation via email.',
    },
    {
      text: "Registering for online access needs the last 4 digits of the account number, the account holder's last name and the service ZIP code; the account number is on the statement.",
      source: 'wow-manage-account',
      quote: register,
    },
  ],
  guidance: {
    sign_in: [
      {
        text: "To register for online access you need the last 4 digits of the account number (on a statement), the account holder's last name and the service ZIP code.",
        source: 'wow-manage-account',
        quote: register,
      },
    ],
  },
  sources: [
    {
      id: 'wow-manage-account',
      url: manage,
      title: 'How do I manage my account online, including my account number, login email, contact email and password?',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'homeowner-wow',
      url: 'https://homeowner.com/connectivity/wow-internet/cancel-wow-internet',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
    {
      id: 'justcancel-wow',
      url: 'https://www.justcancel.io/blog/cancel-wow-internet-2026',
      title: 'How to Cancel WOW! Internet & TV in 2026',
      published: '2026-02',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
