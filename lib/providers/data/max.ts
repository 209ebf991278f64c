import type { ProviderInput } from '../schema';

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
    { url: 'https://auth.max.com/login', kind: 'sign_in' },
    { url: 'https://play.max.com/settings/subscription', kind: 'billing' },
    { url: 'https://play.max.com/settings', kind: 'account' },
    { url: 'https://play.hbomax.com/settings/subscription/cancel', kind: 'cancel' },
  ],
  notes: [
    {
      text: 'Second-hand: a subscription bought through Amazon, Apple or Roku is cancelled there; access continues to the end of the billing period.',
      source: 'frugavo-max',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'Check who bills the subscription first: if it is Amazon, Apple, Roku or a TV provider, cancel it with them.',
        source: 'frugavo-max',
      },
    ],
  },
  escalation: { regulators: ['FTC', 'state_AG'], channels: [] },
  sources: [{ id: 'frugavo-max', url: 'https://frugavo.com/learn/how-to-cancel-hbo-max', checked: '2026-11-22', quality: 'second-hand' }],
};
