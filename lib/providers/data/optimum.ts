import type { ProviderInput } from '../schema';

export const optimum: ProviderInput = {
  id: 'optimum',
  name: 'Optimum',
  aliases: ['Altice', 'Altice USA', 'Suddenlink', 'Cablevision', 'Optimum Mobile'],
  categories: ['cable_internet', 'landline', 'wireless'],
  domains: ['optimum.net', 'optimum.com', 'suddenlink.com'],
  pages: [
    { kind: 'transfer', path: 'account-transfer|transfer-form|takeover|authorized-user' },
    { kind: 'sign_in', path: '^/login|^/sign-?in' },
    { kind: 'billing', path: '^/pay-?bill|^/billing|/bill/' },
    { kind: 'equipment_return', path: 'return-equipment|equipment-return' },
  ],
  testUrls: [
    { url: 'https://www.optimum.net/login/', kind: 'sign_in' },
    { url: 'https://www.optimum.net/pay-bill/', kind: 'billing' },
    { url: 'https://www.optimum.net/support/account-transfer-form', kind: 'transfer' },
    { url: 'https://help.suddenlink.com/knowledge/authorized-user', kind: 'transfer' },
    { url: 'https://www.optimum.net/support/return-equipment', kind: 'equipment_return' },
    { url: 'https://www.optimum.net/my-account/', kind: 'account' },
  ],
  bereavement: {
    options: ['transfer'],
    documents: [],
    channels: [
      { kind: 'fax', value: '516-803-1688', label: 'Account transfer form', source: 'cabletv-optimum' },
      {
        kind: 'mail',
        value: 'Altice USA, Attn: Shared Services, 200 Jericho Quadrangle, Jericho, NY 11753',
        label: 'Account transfer form',
        source: 'cabletv-optimum',
      },
    ],
    notes: [
      {
        text: "Optimum's account transfer form is sent by fax or mail to Altice USA Shared Services; the same fax number and address are printed on Altice's own authorized-user form instructions.",
        source: 'suddenlink-authorized-user',
      },
    ],
  },
  equipment: { kinds: ['cable_modem', 'router', 'tv_box', 'remote'], returnMethods: [], fees: [], notes: [] },
  notes: [
    {
      text: 'Second-hand: the business name-change/service-takeover form must be notarized; the authorized-user form need not be.',
      source: 'legalclarity-optimum',
    },
  ],
  guidance: {
    transfer: [
      {
        text: 'Fax the account transfer form to 516-803-1688, or mail it to Altice USA, Attn: Shared Services, 200 Jericho Quadrangle, Jericho, NY 11753. Keep the fax confirmation page.',
        source: 'cabletv-optimum',
      },
    ],
  },
  escalation: { regulators: ['FCC', 'franchise_authority'], channels: [] },
  sources: [
    { id: 'cabletv-optimum', url: 'https://cabletv.com/optimum/change-or-cancel', checked: '2026-11-22', quality: 'second-hand' },
    {
      id: 'suddenlink-authorized-user',
      url: 'https://help.suddenlink.com/knowledge/authorized-user',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Suddenlink is an Altice USA brand; same fax and address for the authorized-user form.',
    },
    {
      id: 'legalclarity-optimum',
      url: 'https://legalclarity.org/how-to-fill-out-and-submit-the-optimum-authorized-user-form/',
      checked: '2026-11-22',
      quality: 'second-hand',
    },
  ],
};
