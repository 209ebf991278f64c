import type { ProviderInput } from '../schema';

const sameWay =
  'If you signed up for HBO Max via another service (such as Hulu or Roku), you must cancel using the same method you used to sign up.';

export const max: ProviderInput = {
  id: 'max',
  name: 'HBO Max',
  aliases: ['Max', 'HBO', 'HBO Max'],
  categories: ['streaming'],
  domains: ['max.com', 'hbomax.com'],
  pages: [
    { kind: 'cancel', path: '/cancel' },
    { kind: 'billing', path: '/settings/subscription|/billing' },
    { kind: 'sign_in', path: '/sign-?in|/login' },
    { kind: 'account', path: '/settings|/account' },
  ],
  testUrls: [
    { url: 'https://auth.max.com/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://play.max.com/settings/subscription', kind: 'billing', origin: 'constructed' },
    { url: 'https://play.max.com/settings', kind: 'account', origin: 'constructed' },
    { url: 'https://play.hbomax.com/settings/subscription/cancel', kind: 'cancel', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  notes: [
    {
      text: 'Second-hand: a subscription bought through another service (such as Hulu or Roku) is cancelled the same way it was bought.',
      source: 'businessyield-max',
      quote: sameWay,
    },
    {
      text: 'Second-hand: after cancelling, HBO Max can be used until the end of the billing cycle.',
      source: 'businessyield-max',
      quote: 'You can continue to use HBO Max until the end of the billing cycle when your subscription',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'Check who bills the subscription first: if it is another service, cancel it there.',
        source: 'businessyield-max',
        quote: sameWay,
      },
    ],
  },
  sources: [
    {
      id: 'businessyield-max',
      url: 'https://businessyield.com/tech/how-to/how-to-cancel-hbo-max-on-amazon/',
      title: 'How To Cancel HBO Max on Amazon: Quick Guide',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
