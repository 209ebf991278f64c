import type { ProviderInput } from '../schema';

export const visible: ProviderInput = {
  id: 'visible',
  name: 'Visible',
  aliases: ['Visible Wireless', 'Visible by Verizon'],
  categories: ['wireless'],
  domains: ['visible.com'],
  pages: [
    { kind: 'sign_in', path: '^/(login|sign-?in)' },
    { kind: 'billing', path: '/bill|/payment|autopay' },
    { kind: 'account', path: '^/account' },
  ],
  testUrls: [
    { url: 'https://visible.com/legal/autopay.html', kind: 'billing', origin: 'seen' },
    { url: 'https://www.visible.com/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.visible.com/account/payment', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.visible.com/account/overview', kind: 'account', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  notes: [
    {
      text: 'Visible is paid month by month by autopay; if every payment attempt fails, the account lapses and service stops.',
      source: 'visible-autopay',
      quote: 'If all three attempts fail, your account will lapse and you will lose service.',
    },
    {
      text: 'Autopay is turned off in the account, under Account Overview.',
      source: 'visible-autopay',
      quote:
        'You may modify or cancel your automatic payment at any time by logging into your account at www.visible.com, navigating to the Account Overview section, and deselecting autopay.',
    },
  ],
  sources: [
    {
      id: 'visible-autopay',
      url: 'https://visible.com/legal/autopay.html',
      title: 'Autopay terms',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
