import type { ProviderInput } from '../schema';

export const disneyPlus: ProviderInput = {
  id: 'disney-plus',
  name: 'Disney+',
  aliases: ['Disney Plus', 'DisneyPlus', 'Disney Bundle'],
  categories: ['streaming'],
  domains: ['disneyplus.com'],
  pages: [
    { kind: 'cancel', path: '/account/subscription|/cancel' },
    { kind: 'billing', path: '/account/billing|/payment' },
    { kind: 'sign_in', path: '/login|/identity' },
    { kind: 'account', path: '/account' },
  ],
  testUrls: [
    { url: 'https://www.disneyplus.com/login', kind: 'sign_in' },
    { url: 'https://www.disneyplus.com/account', kind: 'account' },
    { url: 'https://www.disneyplus.com/account/subscription', kind: 'cancel' },
    { url: 'https://www.disneyplus.com/account/billing-history', kind: 'billing' },
    { url: 'https://help.disneyplus.com/en-GB/contact-us', kind: 'other' },
  ],
  bereavement: {
    options: ['close'],
    documents: [{ kind: 'death_certificate', note: 'Second-hand: may be asked for when you cannot sign in.', source: 'afterloss-disney' }],
    channels: [
      {
        kind: 'chat',
        value: 'https://help.disneyplus.com/',
        label: 'Help centre live chat or contact form (second-hand)',
        source: 'afterloss-disney',
      },
    ],
    notes: [
      {
        text: 'Second-hand: there is no bereavement team or phone line; without the login, use the help centre chat or contact form with the account email and payment details.',
        source: 'afterloss-disney',
      },
    ],
  },
  notes: [
    {
      text: 'Second-hand: access continues to the end of the billing period, with no automatic refund; a subscription billed by a third party must be cancelled with that company.',
      source: 'afterloss-disney',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'Cancel under Account > Subscription. If it is billed by Apple, Google, Roku or a phone/TV provider, cancel it there.',
        source: 'afterloss-disney',
      },
    ],
  },
  escalation: { regulators: ['FTC', 'state_AG'], channels: [] },
  sources: [
    {
      id: 'afterloss-disney',
      url: 'https://afterlossguide.pages.dev/what-to-do/disney-plus/',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: 'UK-oriented bereavement guide.',
    },
  ],
};
