import type { ProviderInput } from '../schema';

const payment = 'https://help.redpocket.com/how-can-i-change-my-payment-method';

export const redPocket: ProviderInput = {
  id: 'red-pocket',
  name: 'Red Pocket Mobile',
  aliases: ['Red Pocket'],
  categories: ['wireless'],
  domains: ['redpocket.com'],
  pages: [{ kind: 'billing', path: 'payment' }],
  testUrls: [
    { url: payment, kind: 'billing', origin: 'seen' },
    { url: 'https://help.redpocket.com/what-happens-to-my-financing-if-i-cancel-service', kind: 'cancel', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Lines are put on auto-pay at activation. "Cancel subscription" in the online account stops the renewals; the line then expires at the end of the billing cycle.',
      source: 'redpocket-payment',
      quote:
        'To turn auto-pay off, click CANCEL SUBSCRIPTION instead. This button will cancel the recurring subscription and force your account into an expired or suspended status when your billing cycle ends.',
    },
  ],
  sources: [
    {
      id: 'redpocket-payment',
      url: payment,
      title: 'How can I change my payment method? (Red Pocket Mobile help)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
