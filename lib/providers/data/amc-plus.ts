import type { ProviderInput } from '../schema';

const cancelWeb =
  'https://support.amcplus.com/en/support/solutions/articles/11000107633-how-do-i-cancel-a-subscription-made-at-amcplus-com-';
const cancelWhere = 'https://support.amcplus.com/en/support/solutions/articles/11000095602';

export const amcPlus: ProviderInput = {
  id: 'amc-plus',
  name: 'AMC+',
  aliases: ['AMC Plus', 'AMCPlus'],
  categories: ['streaming'],
  domains: ['amcplus.com'],
  pages: [
    { kind: 'cancel', path: 'cancel' },
    { kind: 'account', path: '^/account' },
  ],
  testUrls: [
    { url: cancelWeb, kind: 'cancel', origin: 'seen' },
    { url: cancelWhere, kind: 'other', origin: 'seen' },
    { url: 'https://www.amcplus.com/account/subscription', kind: 'account', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'email',
      value: 'customerservice@amcplus.com',
      label: 'Customer service (a general address)',
      source: 'amcplus-cancel-web',
      quote: "If you're having trouble, you can email us at customerservice@amcplus.com",
    },
  ],
  notes: [
    {
      text: 'A subscription made on amcplus.com is cancelled from a computer’s web browser (not the app): Account, Subscription, Cancel.',
      source: 'amcplus-cancel-web',
      quote: '1. Use a computer and web browser (not the app) 2. Go to www.amcplus.com/account/subscription.',
    },
    {
      text: 'A subscription made in the AMC+ app is billed and cancelled by the device’s app store (Apple, Google Play, Amazon, Roku).',
      source: 'amcplus-cancel-where',
      quote:
        "When you subscribe in the AMC+ app, your subscription and payment are managed by the device's app store―Apple, Google Play, Amazon, Roku etc.",
    },
  ],
  sources: [
    {
      id: 'amcplus-cancel-web',
      url: cancelWeb,
      title: 'How do I cancel a subscription made at amcplus.com? (AMC+ Support)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'amcplus-cancel-where',
      url: cancelWhere,
      title: 'How do I cancel? (AMC+ Support)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
