import type { ProviderInput } from '../schema';

const supportCloses =
  'If you do not, Disney+‘s support team can help you close the account – you will need some basic information about the account and, in most cases, a death certificate.';
const noPhone =
  'Disney+ is an online-only service: there is no dedicated bereavement phone line, but live chat and a contact form are available through the help centre.';

/** The Disney account host (my.disney.com) serves Disney+ and Hulu alike; Disney+ claims it. */
export const disneyPlus: ProviderInput = {
  id: 'disney-plus',
  name: 'Disney+',
  aliases: ['Disney Plus', 'DisneyPlus', 'Disney Bundle'],
  categories: ['streaming'],
  domains: ['disneyplus.com'],
  hosts: ['my.disney.com'],
  pages: [
    { kind: 'cancel', path: '/account/subscription|/cancel' },
    { kind: 'billing', path: '/account/billing|/payment' },
    { kind: 'sign_in', path: '/login|/identity' },
    { kind: 'account', path: '/account' },
  ],
  testUrls: [
    { url: 'https://www.disneyplus.com/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.disneyplus.com/account', kind: 'account', origin: 'constructed' },
    { url: 'https://www.disneyplus.com/account/subscription', kind: 'cancel', origin: 'constructed' },
    { url: 'https://www.disneyplus.com/account/billing-history', kind: 'billing', origin: 'constructed' },
    { url: 'https://help.disneyplus.com/en-GB/contact-us', kind: 'other', origin: 'constructed' },
    { url: 'https://my.disney.com/', kind: 'account', origin: 'constructed' },
  ],
  bereavement: {
    status: 'second-hand only',
    searched: '2026-11-30',
    documents: [
      {
        kind: 'death_certificate',
        note: 'Second-hand: usually asked for when you cannot sign in.',
        source: 'afterloss-disney',
        quote: supportCloses,
      },
    ],
    channels: [
      {
        kind: 'chat',
        value: 'https://help.disneyplus.com/en-GB/contact-us',
        label: 'Help centre live chat or contact form (second-hand, UK page)',
        source: 'afterloss-disney',
        quote: 'help.disneyplus.com/en-GB/contact-us – live chat and contact form',
      },
    ],
    notes: [
      {
        text: 'Second-hand: without the login, Disney+ support can close the account; a death certificate is usually asked for.',
        source: 'afterloss-disney',
        quote: supportCloses,
      },
      {
        text: 'Second-hand: there is no bereavement phone line; use the help centre chat or contact form.',
        source: 'afterloss-disney',
        quote: noPhone,
      },
    ],
  },
  notes: [
    {
      text: 'Second-hand: there is no automatic refund; access continues to the end of the billing period.',
      source: 'afterloss-disney',
      quote: 'No automatic refund; access continues to end of billing period',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'With the login: Profile > Account > Subscription > Cancel Subscription.',
        source: 'afterloss-disney',
        quote: 'disneyplus.com → Profile → Account → Subscription → Cancel Subscription',
      },
    ],
  },
  sources: [
    {
      id: 'afterloss-disney',
      url: 'https://afterlossguide.pages.dev/what-to-do/disney-plus/',
      title: 'How to cancel Disney+ when someone dies',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'A UK-oriented bereavement guide.',
    },
  ],
};
