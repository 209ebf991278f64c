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
    { url: 'https://mediacomcable.com/login/', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://mediacomcable.com/my-account/pay-bill/', kind: 'billing', origin: 'constructed' },
    { url: 'https://mediacomcable.com/my-account/', kind: 'account', origin: 'constructed' },
    { url: 'https://mediacomcable.com/support/return-equipment/', kind: 'equipment_return', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  contact: [
    {
      kind: 'phone',
      value: '(855) 633-4226',
      label: 'To cancel, 24/7 (second-hand)',
      source: 'cancelmytv-mediacom',
      quote: 'Call (855) 633-4226 to cancel - available 24/7',
    },
  ],
  equipment: {
    kinds: [
      { kind: 'cable_modem', source: 'cancelmytv-mediacom', quote: 'Modems, routers, cable boxes, DVRs' },
      { kind: 'router', source: 'cancelmytv-mediacom', quote: 'Modems, routers, cable boxes, DVRs' },
      { kind: 'tv_box', source: 'cancelmytv-mediacom', quote: 'Modems, routers, cable boxes, DVRs' },
      { kind: 'dvr', source: 'cancelmytv-mediacom', quote: 'Modems, routers, cable boxes, DVRs' },
    ],
    returnMethods: [
      { method: 'store', source: 'cancelmytv-mediacom', quote: 'Mediacom office - drop off in person and get a receipt. Best option.' },
      { method: 'shipping_kit', source: 'cancelmytv-mediacom', quote: 'Mail - request a prepaid return box via email.' },
    ],
    notes: [
      {
        text: 'Second-hand: return the equipment within 30 days of cancelling, at a local Mediacom office (ask for a receipt), or in a prepaid return box requested by email. Ask Mediacom to confirm the deadline.',
        source: 'cancelmytv-mediacom',
        quote: 'Return equipment within 30 days to a local Mediacom office',
      },
    ],
  },
  notes: [
    {
      text: 'Second-hand: early termination fees of up to $120 (1-year) or $240 (2- and 3-year agreements), not pro-rated.',
      source: 'cancelmytv-mediacom',
      quote: 'Early termination fee: up to $120 (1-year) or $240 (2-3 year contracts), not prorated',
    },
    {
      text: 'Second-hand: billing is not pro-rated; you pay to the end of the billing cycle.',
      source: 'cancelmytv-mediacom',
      quote: 'No prorating. You pay through the end of your billing cycle.',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'Ask whether the early termination fee is waived because the account holder died, and get a confirmation number.',
        source: 'cancelmytv-mediacom',
        quote: 'Early termination fee: up to $120 (1-year) or $240 (2-3 year contracts), not prorated',
      },
      {
        text: 'Ask the equipment return deadline: a cancellation guide says 30 days.',
        source: 'cancelmytv-mediacom',
        quote: 'Return equipment within 30 days to a local Mediacom office',
      },
    ],
  },
  sources: [
    {
      id: 'cancelmytv-mediacom',
      url: 'https://cancelmy.tv/how-to-cancel-your-mediacom-cable-service',
      title: 'How to Cancel Your Mediacom Cable Service',
      published: '2025-07-01',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
