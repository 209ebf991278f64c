import type { ProviderInput } from '../schema';

const summary =
  "Cancellation is not self-service online: the official 'Cancel GFiber Service' page states you must contact support directly, available by phone (1-866-777-7550), chat, or email; service stays active until the cancellation date you select.";
const equipment =
  'Provided equipment (Network Box/mesh devices, excluding the GFiber/Fiber Jack and inside wiring) must be returned within 60 days or Replacement Fees apply.';

/** GFiber lives on gfiber.com and on fiber.google.com; never the whole google.com domain. */
export const googleFiber: ProviderInput = {
  id: 'google-fiber',
  name: 'Google Fiber',
  aliases: ['GFiber', 'Google Fiber Webpass'],
  categories: ['cable_internet', 'landline'],
  domains: ['gfiber.com'],
  hosts: ['fiber.google.com'],
  pages: [
    { kind: 'cancel', path: '/support/[a-z-]+/answer/1844' },
    { kind: 'equipment_return', path: 'return-equipment|equipment-return|returns?\\b' },
    { kind: 'sign_in', path: '^/sign-?in|^/login' },
    { kind: 'billing', path: '/billing|/payments?' },
    { kind: 'account', path: '^/account|^/myfiber' },
  ],
  testUrls: [
    { url: 'https://gfiber.com/support/en/answer/1844/', kind: 'cancel', origin: 'constructed' },
    { url: 'https://fiber.google.com/myfiber/', kind: 'account', origin: 'constructed' },
    { url: 'https://fiber.google.com/myfiber/billing/', kind: 'billing', origin: 'constructed' },
    { url: 'https://gfiber.com/account/billing', kind: 'billing', origin: 'constructed' },
    { url: 'https://gfiber.com/support/equipment-return/', kind: 'equipment_return', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  contact: [
    {
      kind: 'phone',
      value: '1-866-777-7550',
      label: 'Support (second-hand summary of the official cancel page)',
      source: 'cancelatlas-gfiber',
      quote: summary,
    },
  ],
  equipment: {
    kinds: [{ kind: 'router', source: 'cancelatlas-gfiber', quote: equipment }],
    notes: [
      {
        text: 'Second-hand: provided equipment (Network Box, mesh devices) must be returned within 60 days or replacement fees apply; the Fiber Jack and inside wiring stay.',
        source: 'cancelatlas-gfiber',
        quote: equipment,
      },
    ],
  },
  notes: [
    {
      text: 'Second-hand: residential service is month-to-month with no early termination or cancellation fee.',
      source: 'cancelatlas-gfiber',
      quote: 'Google Fiber residential internet is month-to-month with no contract and no early-termination or cancellation fee.',
    },
    {
      text: 'Second-hand: cancellation is not self-service; contact support by phone, chat or email. Service stays on until the date you choose.',
      source: 'cancelatlas-gfiber',
      quote: summary,
    },
    {
      text: 'Second-hand: the unused part of the billing cycle is credited against any balance.',
      source: 'cancelatlas-gfiber',
      quote: 'Once disconnected, a credit for the remaining portion of the current billing cycle is applied toward any remaining balance.',
    },
  ],
  guidance: {
    cancel: [
      { text: 'Contact GFiber support to cancel and pick the last day of service.', source: 'cancelatlas-gfiber', quote: summary },
      { text: 'Return the Network Box and mesh devices within 60 days.', source: 'cancelatlas-gfiber', quote: equipment },
    ],
  },
  sources: [
    {
      id: 'cancelatlas-gfiber',
      url: 'https://www.cancelatlas.com/c/google-fiber-us',
      title: 'How hard is it to cancel Google Fiber?',
      published: '2026-06-16',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'Summarises the official pages gfiber.com/support/en/answer/1844 and the residential terms ("Last reviewed 2026-06-16").',
    },
  ],
};
