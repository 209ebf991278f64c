import type { ProviderInput } from '../schema';

const transferForm =
  'To transfer an Optimum account, fax Optimum’s account transfer form to +1-516-803-1688 or mail it to Optimum’s office: Altice USA Attn: Shared Services 200 Jericho Quadrangle Jericho, NY 11753';
const altice =
  'fax/mail a completed Authorized User Form to: Altice USA Attn: Shared Services 200 Jericho Quadrangle Jericho, NY 11753 Fax: 516-803-1688';

export const optimum: ProviderInput = {
  id: 'optimum',
  name: 'Optimum',
  aliases: ['Altice', 'Altice USA', 'Suddenlink', 'Cablevision', 'Optimum Mobile'],
  categories: ['cable_internet', 'landline', 'wireless'],
  domains: ['optimum.net', 'optimum.com', 'suddenlink.com'],
  formerly: [{ name: 'Suddenlink', domains: ['suddenlink.com'] }],
  pages: [
    { kind: 'transfer', path: 'account-transfer|transfer-form|takeover|authorized-user' },
    { kind: 'sign_in', path: '^/login|^/sign-?in' },
    { kind: 'billing', path: '^/pay-?bill|^/billing|/bill/' },
    { kind: 'equipment_return', path: 'return-equipment|equipment-return' },
  ],
  testUrls: [
    { url: 'https://www.optimum.net/login/', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.optimum.net/pay-bill/', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.optimum.net/support/account-transfer-form', kind: 'transfer', origin: 'constructed' },
    { url: 'https://help.suddenlink.com/knowledge/authorized-user', kind: 'transfer', origin: 'constructed' },
    { url: 'https://www.optimum.net/support/return-equipment', kind: 'equipment_return', origin: 'constructed' },
    { url: 'https://www.optimum.net/my-account/', kind: 'account', origin: 'constructed' },
    { url: 'https://www.optimum.com/terms-of-service/customer-privacy-notice-big-apple-connect-by-optimum', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  contact: [
    {
      kind: 'fax',
      value: '516-803-1688',
      label: 'Account transfer form (second-hand)',
      source: 'cabletv-optimum',
      quote: transferForm,
    },
    {
      kind: 'mail',
      value: 'Altice USA, Attn: Shared Services, 200 Jericho Quadrangle, Jericho, NY 11753',
      label: 'Account transfer form (second-hand)',
      source: 'cabletv-optimum',
      quote: transferForm,
    },
  ],
  notes: [
    {
      text: "The same fax number and address are printed on Altice's own instructions for its Authorized User Form (Suddenlink Business).",
      source: 'suddenlink-authorized-user',
      quote: altice,
    },
  ],
  guidance: {
    transfer: [
      {
        text: 'Second-hand: fax the account transfer form to 516-803-1688, or mail it to Altice USA, Attn: Shared Services, 200 Jericho Quadrangle, Jericho, NY 11753. Keep the fax confirmation page.',
        source: 'cabletv-optimum',
        quote: transferForm,
      },
    ],
  },
  sources: [
    {
      id: 'cabletv-optimum',
      url: 'https://cabletv.com/optimum/change-or-cancel',
      title: 'How to Change or Cancel Optimum',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
    {
      id: 'suddenlink-authorized-user',
      url: 'https://www.suddenlinkbusiness.com/faq/billing-and-tax-forms/how-do-i-add-authorized-user-my-business-account',
      title: 'Add/Remove an Authorized User to/from My Business Account',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Suddenlink is an Altice USA brand; this is its business help page.',
    },
  ],
};
