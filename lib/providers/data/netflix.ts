import type { ProviderInput } from '../schema';

const deleteAccount = 'https://help.netflix.com/fil/node/126558';

export const netflix: ProviderInput = {
  id: 'netflix',
  name: 'Netflix',
  aliases: [],
  categories: ['streaming'],
  domains: ['netflix.com'],
  pages: [
    { kind: 'bereavement', path: '/node/110165' },
    { kind: 'cancel', path: '^/cancelplan|/node/126558' },
    { kind: 'billing', path: '^/billingactivity|^/simplemember/managepaymentinfo' },
    { kind: 'sign_in', path: '^/([a-z]{2}(-[a-z]{2})?/)?login' },
    { kind: 'account', path: '^/(your)?account' },
  ],
  testUrls: [
    { url: deleteAccount, kind: 'cancel', origin: 'seen' },
    { url: 'https://help.netflix.com/en/node/110165', kind: 'bereavement', origin: 'constructed' },
    { url: 'https://www.netflix.com/cancelplan', kind: 'cancel', origin: 'constructed' },
    { url: 'https://www.netflix.com/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.netflix.com/account', kind: 'account', origin: 'constructed' },
    { url: 'https://www.netflix.com/BillingActivity', kind: 'billing', origin: 'constructed' },
  ],
  bereavement: {
    status: 'second-hand only',
    searched: '2026-11-30',
    notes: [
      {
        text: "A bereavement guide points to Netflix's own help page for a deceased member: help.netflix.com/en/node/110165 (the page itself was not in the stored pages searched).",
        source: 'afterloss-netflix',
        quote: 'Netflix deceased member help pagehelp.netflix.com/en/node/110165',
      },
      {
        text: "Second-hand: without the login, contact Netflix support with the account's email address or phone number and the full payment information.",
        source: 'lantern-netflix',
        quote:
          'Be ready to provide the following information of the deceased account owner: 1. Email address and/or phone number 2. The full payment information',
      },
    ],
  },
  notes: [
    {
      text: 'Second-hand: after cancelling, the account stays usable until the end of the current billing period.',
      source: 'afterloss-netflix',
      quote:
        'Once cancelled, the account remains accessible until the end of the current billing period – you do not lose access immediately.',
    },
    {
      text: "Netflix deletes a cancelled account automatically 24 months after the membership was cancelled; earlier deletion can be requested (Netflix's help page, read in its Filipino version).",
      source: 'netflix-delete-account',
      quote: 'Standard practice naming automatic na mag-delete ng mga Netflix account 24 na buwan pagkatapos ma-cancel ang membership.',
    },
    {
      text: 'Profiles and viewing preferences stay available if the membership is restarted within those 24 months.',
      source: 'netflix-delete-account',
      quote:
        'Kapag na-cancel ang membership mo at bumalik ka sa Netflix sa susunod na 24 na buwan para i-restart ang membership mo, nariyan lang ang mga profile mo, preferences sa panonood, at iba pa.',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'Access continues to the end of the paid period after cancelling.',
        source: 'afterloss-netflix',
        quote:
          'Once cancelled, the account remains accessible until the end of the current billing period – you do not lose access immediately.',
      },
    ],
  },
  sources: [
    {
      id: 'netflix-delete-account',
      url: deleteAccount,
      title: 'Pag-delete ng Netflix account mo (Deleting your Netflix account)',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Netflix help article 126558 in Filipino; the English version (help.netflix.com/en/node/126558) was not among the stored pages.',
    },
    {
      id: 'afterloss-netflix',
      url: 'https://afterlossguide.pages.dev/what-to-do/netflix/',
      title: 'How to cancel Netflix when someone dies',
      published: '2026-04-21',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'A UK-oriented bereavement guide.',
    },
    {
      id: 'lantern-netflix',
      url: 'https://www.lantern.co/articles/how-to-close-a-netflix-account-after-someone-dies',
      title: 'How to Close a Netflix Account After Someone Dies',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'Its "deleted after 10 months" is contradicted by Netflix’s own page (24 months) and is not used.',
    },
  ],
};
