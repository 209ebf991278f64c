import type { ProviderInput } from '../schema';

export const spectrum: ProviderInput = {
  id: 'spectrum',
  name: 'Spectrum',
  aliases: ['Charter', 'Charter Spectrum', 'Time Warner Cable', 'TWC', 'Bright House'],
  categories: ['cable_internet', 'landline', 'wireless'],
  domains: ['spectrum.net', 'spectrum.com', 'charter.com', 'charter.net'],
  pages: [
    { kind: 'transfer', path: 'account-change|transfer-takeover|takeover|assumption' },
    { kind: 'sign_in', path: '^/login|^/sign-?in', host: 'www.spectrum.net' },
    { kind: 'sign_in', path: '^/login|^/sign-?in', host: 'id.spectrum.net' },
    { kind: 'billing', path: '^/billing' },
    { kind: 'equipment_return', path: 'return-equipment|equipment-return|/returns?\\b' },
  ],
  testUrls: [
    { url: 'https://www.spectrum.net/login', kind: 'sign_in' },
    { url: 'https://www.spectrum.net/billing', kind: 'billing' },
    { url: 'https://www.spectrum.net/account-summary', kind: 'account' },
    { url: 'https://www.spectrum.net/support/manage-account/spectrum-account-change', kind: 'transfer' },
    { url: 'https://www.spectrum.net/support/manage-account/return-equipment', kind: 'equipment_return' },
    { url: 'https://www.spectrum.com/cancel-service', kind: 'cancel' },
  ],
  bereavement: {
    options: ['transfer'],
    documents: [],
    channels: [],
    notes: [
      {
        text: "Spectrum's Customer Change Form and Transfer/Takeover Agreement moves the whole account, with its services, equipment, pricing and balance, to a new customer.",
        source: 'spectrum-change-form',
      },
      { text: 'A Name Change Form can be returned at a store, by mail or by fax.', source: 'research-providers' },
    ],
  },
  equipment: {
    kinds: ['cable_modem', 'router', 'tv_box', 'dvr', 'remote'],
    returnMethods: [],
    fees: [],
    notes: [
      {
        text: 'Whoever takes over the account must return all Spectrum equipment when service is disconnected, or pay the unreturned equipment fee.',
        source: 'spectrum-change-form',
      },
    ],
  },
  notes: [
    {
      text: "After a transfer, the new customer can see and control the old holder's phone records (numbers called, times, durations), emails and TV viewing history.",
      source: 'spectrum-change-form',
    },
    {
      text: 'The new customer takes on any outstanding balance; the former customer is to arrange payment of the existing balance directly with the new customer.',
      source: 'spectrum-change-form',
    },
  ],
  guidance: {
    transfer: [
      {
        text: 'Taking over the account means taking on its balance and every piece of equipment on it, and gaining access to the call records, email and viewing history. If you do not want that, close the account and open a new one instead.',
        source: 'spectrum-change-form',
      },
    ],
    cancel: [
      {
        text: 'List every Spectrum device and keep proof of each return: unreturned equipment is charged.',
        source: 'spectrum-change-form',
      },
    ],
  },
  escalation: { regulators: ['FCC', 'franchise_authority'], channels: [] },
  sources: [
    {
      id: 'spectrum-change-form',
      url: 'https://www.scribd.com/document/714297668/spectrum-account-change',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: 'A copy of Spectrum\'s "Customer Change Form and Transfer/Takeover Agreement" posted on Scribd.',
    },
    {
      id: 'research-providers',
      url: 'https://www.timewarnercable.com/',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Name Change Form (Time Warner Cable support, now Spectrum), as recorded in the project research file.',
    },
  ],
};
