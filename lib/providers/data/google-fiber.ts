import type { ProviderInput } from '../schema';

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
    { url: 'https://gfiber.com/support/en/answer/1844/', kind: 'cancel' },
    { url: 'https://fiber.google.com/myfiber/', kind: 'account' },
    { url: 'https://fiber.google.com/myfiber/billing/', kind: 'billing' },
    { url: 'https://gfiber.com/account/billing', kind: 'billing' },
    { url: 'https://gfiber.com/support/equipment-return/', kind: 'equipment_return' },
  ],
  bereavement: {
    options: [],
    documents: [],
    channels: [
      {
        kind: 'phone',
        value: '1-866-777-7550',
        label: 'Support (second-hand summary of the official cancel page)',
        source: 'cancelatlas-gfiber',
      },
    ],
    notes: [],
  },
  equipment: {
    kinds: ['router'],
    returnMethods: [],
    returnWindowDays: { days: 60, source: 'cancelatlas-gfiber' },
    fees: [],
    notes: [
      {
        text: 'Second-hand: provided equipment (Network Box, mesh devices) must be returned within 60 days or replacement fees apply; the Fiber Jack and inside wiring stay.',
        source: 'cancelatlas-gfiber',
      },
    ],
  },
  notes: [
    {
      text: 'Second-hand: residential service is month-to-month with no early termination or cancellation fee.',
      source: 'cancelatlas-gfiber',
    },
    {
      text: 'Second-hand: cancellation is not self-service; contact support by phone, chat or email. Service stays on until the date you choose, and the unused part of the billing cycle is credited against any balance.',
      source: 'cancelatlas-gfiber',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'Contact GFiber support to cancel and pick the last day of service. There is no cancellation fee; return the Network Box and mesh devices within 60 days.',
        source: 'cancelatlas-gfiber',
      },
    ],
  },
  escalation: { regulators: ['FCC'], channels: [] },
  sources: [
    {
      id: 'cancelatlas-gfiber',
      url: 'https://www.cancelatlas.com/c/google-fiber-us',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: 'Summarises the official pages gfiber.com/support/en/answer/1844 and the residential terms (reviewed by that site 2026-06-16).',
    },
  ],
};
