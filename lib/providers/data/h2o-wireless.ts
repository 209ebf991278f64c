import type { ProviderInput } from '../schema';

const autopay = 'https://www.h2owirelessnow.com/AR';
const cancelAutoPay =
  'You can cancel AutoPay at any time with no additional fees by pressing Cancel AutoPay in your H2O Account or by calling our customer service team at 1-800-643-4926.';

export const h2oWireless: ProviderInput = {
  id: 'h2o-wireless',
  name: 'H2O Wireless',
  aliases: ['H2O', 'h2o Wireless'],
  categories: ['wireless'],
  domains: ['h2owireless.com', 'h2owirelessnow.com'],
  testUrls: [
    { url: autopay, kind: 'other', origin: 'seen' },
    { url: 'https://stores.h2owireless.com/terms-conditions', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-800-643-4926',
      label: 'Customer service, a general line (given for AutoPay)',
      source: 'h2o-autopay',
      quote: cancelAutoPay,
    },
  ],
  notes: [
    {
      text: 'Automatic payments stop with "Cancel AutoPay" in the H2O account, or by calling customer service; there is no fee.',
      source: 'h2o-autopay',
      quote: cancelAutoPay,
    },
  ],
  sources: [
    {
      id: 'h2o-autopay',
      url: autopay,
      title: 'AutoPay (H2O Wireless)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
