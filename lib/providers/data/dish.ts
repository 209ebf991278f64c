import type { ProviderInput } from '../schema';

export const dish: ProviderInput = {
  id: 'dish',
  name: 'DISH',
  aliases: ['DISH Network', 'Dish TV'],
  categories: ['satellite_tv'],
  domains: ['dish.com', 'dishnetwork.com'],
  pages: [
    { kind: 'sign_in', path: '^/(my-?)?account/?login|^/sign-?in|^/login' },
    { kind: 'billing', path: '/bill|/payments?' },
    { kind: 'equipment_return', path: 'return|equipment-return' },
  ],
  testUrls: [
    { url: 'https://www.dish.com/login/', kind: 'sign_in' },
    { url: 'https://my.dish.com/bill', kind: 'billing' },
    { url: 'https://my.dish.com/', kind: 'account' },
    { url: 'https://www.dish.com/support/equipment-return/', kind: 'equipment_return' },
    { url: 'https://www.dish.com/support/cancel-service/', kind: 'cancel' },
  ],
  bereavement: { options: [], documents: [], channels: [], notes: [] },
  equipment: {
    kinds: ['satellite_receiver', 'dvr', 'remote'],
    returnMethods: [],
    fees: [],
    notes: [{ text: 'Cancelling does not end the obligation to return leased equipment.', source: 'dish-agreement' }],
  },
  notes: [
    {
      text: 'Service may be cancelled at any time by phone, by the customer service email address, or by mail to the address in section 1 of the Residential Customer Agreement.',
      source: 'dish-agreement',
    },
    {
      text: 'A cancellation takes effect no sooner than the day DISH actually receives the notice; an early termination fee may apply under the promotion agreement.',
      source: 'dish-agreement',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'Cancellation only counts from the day DISH receives it: give notice as early as you can and keep proof of the date (call reference, email, or mail tracking).',
        source: 'dish-agreement',
      },
    ],
  },
  escalation: { regulators: ['FCC'], channels: [] },
  sources: [
    {
      id: 'dish-agreement',
      url: 'https://manualshive.com/en/manual/dish-network/4k-joey/2509084?page=25',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: 'DISH Residential Customer Agreement, section 6, as printed in a 4K Joey manual hosted by a third party.',
    },
  ],
};
