import type { ProviderInput } from '../schema';

export const windstream: ProviderInput = {
  id: 'windstream',
  name: 'Kinetic by Windstream',
  aliases: ['Windstream', 'Kinetic', 'Kinetic Internet'],
  categories: ['cable_internet', 'landline'],
  domains: ['windstream.com'],
  pages: [
    { kind: 'equipment_return', path: 'equipment-policy|return-equipment' },
    { kind: 'sign_in', path: '^/login|^/sign-?in|/kinetic-login' },
    { kind: 'billing', path: '/bill|/payment' },
  ],
  testUrls: [
    { url: 'https://www.windstream.com/support/kinetic-tv/cable-tv/equipment-policy', kind: 'equipment_return' },
    { url: 'https://www.windstream.com/login', kind: 'sign_in' },
    { url: 'https://www.windstream.com/myaccount/bill-pay', kind: 'billing' },
    { url: 'https://www.windstream.com/myaccount', kind: 'account' },
    { url: 'https://www.windstream.com/support/account/cancel-service', kind: 'cancel' },
  ],
  bereavement: { options: [], documents: [], channels: [], notes: [] },
  equipment: {
    kinds: ['router', 'cable_modem', 'tv_box'],
    returnMethods: [],
    fees: [],
    notes: [
      {
        text: 'Rented equipment must be returned when service ends for any reason; if it is not, the account is charged and Windstream may take legal action to recover it.',
        source: 'ws-equipment',
      },
      {
        text: 'Damage beyond normal wear and tear may be charged; equipment that was bought belongs to the customer.',
        source: 'ws-equipment',
      },
    ],
  },
  notes: [],
  guidance: {
    cancel: [
      {
        text: 'Rented equipment has to go back when service ends, or it is charged to the account: ask how to return it and keep proof.',
        source: 'ws-equipment',
      },
    ],
  },
  escalation: { regulators: ['FCC', 'state_PUC'], channels: [] },
  sources: [
    {
      id: 'ws-equipment',
      url: 'https://www.windstream.com/support/kinetic-tv/cable-tv/equipment-policy',
      checked: '2026-11-22',
      quality: 'first-party',
    },
  ],
};
