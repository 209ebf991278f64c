import type { ProviderInput } from '../schema';

const policy = 'https://www.windstream.com/support/tv-entertainment/kinetic-cable-tv/equipment-policy';
const mustReturn = 'Rented equipment must be returned to us when service is discontinued for any reason';
const charged =
  "Failure to return rented equipment at the appropriate time will result in a charge to the customer's account and may lead to legal action to recover the equipment.";

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
    { url: policy, kind: 'equipment_return', origin: 'seen' },
    { url: 'https://www.windstream.com/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.windstream.com/myaccount/bill-pay', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.windstream.com/myaccount', kind: 'account', origin: 'constructed' },
    { url: 'https://www.windstream.com/support/account/cancel-service', kind: 'cancel', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  equipment: {
    kinds: [
      {
        kind: 'tv_box',
        source: 'ws-equipment',
        quote: 'Rented digital receivers that are provided to customers, if necessary or requested, are the property of the cable company.',
      },
    ],
    notes: [
      { text: 'Rented equipment must be returned when service ends for any reason.', source: 'ws-equipment', quote: mustReturn },
      {
        text: 'If it is not returned, the account is charged and Windstream may take legal action to recover it.',
        source: 'ws-equipment',
        quote: charged,
      },
      {
        text: 'Damage beyond normal wear and tear may be charged; equipment that was bought belongs to the customer.',
        source: 'ws-equipment',
        quote:
          'You are responsible for damage to rented equipment, other than normal wear and tear, and may be assessed a charge for repair or replacement. Equipment purchased from the cable company is the property of the customer',
      },
    ],
  },
  guidance: {
    cancel: [
      {
        text: 'Rented equipment has to go back when service ends, or it is charged to the account: ask how to return it and keep proof.',
        source: 'ws-equipment',
        quote: charged,
      },
    ],
  },
  sources: [{ id: 'ws-equipment', url: policy, title: 'Equipment Policy', checked: '2026-11-30', quality: 'first-party' }],
};
