import type { ProviderInput } from '../schema';

export const mediacom: ProviderInput = {
  id: 'mediacom',
  name: 'Mediacom',
  aliases: ['Mediacom Cable', 'Xtream', 'Xtream powered by Mediacom'],
  categories: ['cable_internet', 'landline'],
  domains: ['mediacomcable.com'],
  pages: [
    { kind: 'sign_in', path: '^/login|^/sign-?in|/my-?account/login' },
    { kind: 'billing', path: '/bill|/payment' },
    { kind: 'equipment_return', path: 'return-equipment|equipment-return' },
  ],
  testUrls: [
    { url: 'https://mediacomcable.com/login/', kind: 'sign_in' },
    { url: 'https://mediacomcable.com/my-account/pay-bill/', kind: 'billing' },
    { url: 'https://mediacomcable.com/my-account/', kind: 'account' },
    { url: 'https://mediacomcable.com/support/return-equipment/', kind: 'equipment_return' },
  ],
  bereavement: {
    options: [],
    documents: [],
    channels: [{ kind: 'phone', value: '(855) 633-4226', label: 'Customer service (second-hand)', source: 'cancelmytv-mediacom' }],
    notes: [],
  },
  equipment: {
    kinds: ['cable_modem', 'router', 'tv_box', 'dvr', 'remote'],
    returnMethods: ['store'],
    fees: [],
    notes: [
      {
        text: 'Second-hand: equipment can be returned at a local Mediacom office (ask for a receipt), or in a prepaid return box requested from Mediacom. Guides disagree on the deadline (30 days, or 10 business days), so ask when you cancel.',
        source: 'cancelmytv-mediacom',
      },
    ],
  },
  notes: [
    {
      text: 'Second-hand: early termination fees of up to $120 (1-year) or $240 (2- and 3-year agreements), not pro-rated; billing is not pro-rated either.',
      source: 'cancelmytv-mediacom',
    },
    {
      text: "Second-hand: Mediacom's internet service is now branded Xtream; the company and the process are the same.",
      source: 'justcancel-mediacom',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'Ask whether the early termination fee is waived because the account holder died, ask the equipment return deadline, and get a confirmation number.',
        source: 'cancelmytv-mediacom',
      },
    ],
  },
  escalation: { regulators: ['FCC', 'franchise_authority'], channels: [] },
  sources: [
    {
      id: 'cancelmytv-mediacom',
      url: 'https://cancelmy.tv/how-to-cancel-your-mediacom-cable-service',
      checked: '2026-11-22',
      quality: 'second-hand',
    },
    {
      id: 'justcancel-mediacom',
      url: 'https://www.justcancel.io/blog/cancel-mediacom-2026',
      checked: '2026-11-22',
      quality: 'second-hand',
    },
  ],
};
