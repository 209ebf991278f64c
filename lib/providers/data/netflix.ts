import type { ProviderInput } from '../schema';

export const netflix: ProviderInput = {
  id: 'netflix',
  name: 'Netflix',
  aliases: [],
  categories: ['streaming'],
  domains: ['netflix.com'],
  pages: [
    { kind: 'cancel', path: '^/cancelplan' },
    { kind: 'billing', path: '^/billingactivity|^/simplemember/managepaymentinfo' },
    { kind: 'sign_in', path: '^/([a-z]{2}(-[a-z]{2})?/)?login' },
    { kind: 'account', path: '^/(your)?account' },
  ],
  testUrls: [
    { url: 'https://www.netflix.com/cancelplan', kind: 'cancel' },
    { url: 'https://www.netflix.com/login', kind: 'sign_in' },
    { url: 'https://www.netflix.com/account', kind: 'account' },
    { url: 'https://www.netflix.com/BillingActivity', kind: 'billing' },
  ],
  bereavement: {
    options: ['close'],
    documents: [],
    channels: [
      {
        kind: 'web_form',
        value: 'https://www.netflix.com/cancelplan',
        label: 'Cancel with the account login',
        source: 'afterloss-netflix',
      },
    ],
    notes: [
      {
        text: "Second-hand: without the login, contact Netflix support with the account's email address or phone number and the payment details on file.",
        source: 'lantern-netflix',
      },
    ],
  },
  notes: [
    {
      text: 'Second-hand: after cancelling, the account stays usable until the end of the current billing period.',
      source: 'afterloss-netflix',
    },
    {
      text: 'Second-hand (quoting Netflix): a cancelled account is deleted automatically 10 months after cancellation; earlier deletion can be requested.',
      source: 'livemint-netflix',
    },
  ],
  guidance: {
    cancel: [{ text: 'Cancel at netflix.com/cancelplan; access continues to the end of the paid period.', source: 'afterloss-netflix' }],
  },
  escalation: { regulators: ['FTC', 'state_AG'], channels: [] },
  sources: [
    {
      id: 'afterloss-netflix',
      url: 'https://afterlossguide.pages.dev/what-to-do/netflix/',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: 'UK-oriented bereavement guide, updated April 2026.',
    },
    {
      id: 'lantern-netflix',
      url: 'https://www.lantern.co/articles/how-to-close-a-netflix-account-after-someone-dies',
      checked: '2026-11-22',
      quality: 'second-hand',
    },
    {
      id: 'livemint-netflix',
      url: 'https://www.livemint.com/technology/tech-news/want-to-delete-your-netflix-account-here-s-how-to-do-it/amp-11669136353228.html',
      checked: '2026-11-22',
      quality: 'second-hand',
    },
  ],
};
