import type { ProviderInput } from '../schema';

const equipmentReturn = 'https://www.midco.com/support/account-and-billing/equipment-return/';
const vacationPlan = 'https://uat.midco.com/support/account-and-billing/vacation-plan/';
const within14 =
  'if you’re no longer using equipment, you must return leased equipment to us within 14 calendar days to avoid unreturned equipment charges.';

export const midco: ProviderInput = {
  id: 'midco',
  name: 'Midco',
  aliases: ['Midcontinent Communications', 'Midcontinent'],
  categories: ['cable_internet', 'landline'],
  domains: ['midco.com'],
  // Support articles ("account-and-billing") are help pages, not the account.
  pages: [
    { kind: 'equipment_return', path: 'equipment-return' },
    { kind: 'other', path: '^/support/' },
  ],
  testUrls: [
    { url: equipmentReturn, kind: 'equipment_return', origin: 'seen' },
    { url: vacationPlan, kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1.800.888.1300',
      label: 'Midco support, a general line',
      source: 'midco-equipment-return',
      quote: "Need more help? Let's Chat Online Chat We'd Love to Talk Text 64326 1.800.888.1300",
    },
  ],
  equipment: {
    returnWindowDays: { days: 14, source: 'midco-equipment-return', quote: within14 },
    returnMethods: [
      {
        method: 'shipping_kit',
        source: 'midco-equipment-return',
        quote:
          'Contact us to request one. We’ll send it to your email address, so you can print it at your own convenience and return the equipment via UPS.',
      },
      {
        method: 'store',
        source: 'midco-equipment-return',
        quote: 'You can drop off unused equipment at one of our Midco Customer Experience Centers during open business hours.',
      },
    ],
    notes: [
      {
        text: 'Return the power cords, remotes and other accessories with each device.',
        source: 'midco-equipment-return',
        quote: 'Be sure to include power cords, remotes and other associated accessories.',
      },
      {
        text: 'A charge for unreturned equipment shows after 14 days and is removed once Midco receives the equipment.',
        source: 'midco-equipment-return',
        quote:
          'if we don’t receive unreturned equipment within 14 days – a charge will show on your statement. It will be removed once we receive the equipment.',
      },
    ],
  },
  notes: [
    {
      text: 'The vacation plan puts services on hold at a lower monthly cost (more than 30 days, under six months) and keeps the equipment, the email address and the phone number.',
      source: 'midco-vacation',
      quote: 'The vacation plan allows you to suspend services if you’re away for more than 30 days, but less than six months.',
    },
  ],
  sources: [
    {
      id: 'midco-equipment-return',
      url: equipmentReturn,
      title: 'Equipment Return (Midco Support)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'midco-vacation',
      url: vacationPlan,
      title: 'Vacation Plan (Midco Support)',
      checked: '2026-11-30',
      quality: 'first-party',
      note: "Stored from Midco's test server (uat.midco.com); the same support path on www.midco.com was not among the stored pages.",
    },
  ],
};
