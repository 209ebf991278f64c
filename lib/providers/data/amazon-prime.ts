import type { ProviderInput } from '../schema';

const process =
  "Amazon provides a bereavement support process for relatives and estate representatives. Through Amazon's customer service, you can ask to close the account of someone who has died, cancel their subscriptions such as Prime, and handle outstanding matters.";
const stillAssist =
  "If you can't provide all the required documents for authorization, we can still assist with: Terminating subscriptions • Stopping recurring deliveries • Deactivating the account";

/**
 * amazon.com is a big shared retail domain: almost every page there is
 * shopping, not the Prime account. Low priority so any more specific entry wins.
 */
export const amazonPrime: ProviderInput = {
  id: 'amazon-prime',
  name: 'Amazon Prime',
  aliases: ['Amazon', 'Prime Video', 'Amazon Prime Video'],
  categories: ['streaming'],
  domains: ['amazon.com'],
  priority: -10,
  pages: [
    { kind: 'bereavement', path: 'nodeId=TzcJJiVFnIi3pG2yDA' },
    { kind: 'cancel', path: '/mc/pipelines/cancellation|/primecentral.*cancel|endmembership' },
    { kind: 'account', path: '^/gp/primecentral|^/gp/css/homepage|^/your-account' },
    { kind: 'sign_in', path: '^/ap/signin' },
    { kind: 'billing', path: '^/cpe/yourpayments|^/gp/css/order-history' },
    { kind: 'other', path: '^/dp/|^/s\\?|^/gp/product/' },
  ],
  testUrls: [
    { url: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=TzcJJiVFnIi3pG2yDA', kind: 'bereavement', origin: 'constructed' },
    { url: 'https://www.amazon.com/ap/signin', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.amazon.com/gp/primecentral', kind: 'account', origin: 'constructed' },
    { url: 'https://www.amazon.com/mc/pipelines/cancellation', kind: 'cancel', origin: 'constructed' },
    { url: 'https://www.amazon.com/cpe/yourpayments/wallet', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.amazon.com/dp/B08N5WRWNW', kind: 'other', origin: 'constructed' },
  ],
  bereavement: {
    status: 'second-hand only',
    searched: '2026-11-30',
    options: [{ option: 'close', source: 'afterlife-amazon', quote: process }],
    documents: [
      { kind: 'death_certificate', note: 'Second-hand.', source: 'afterlife-amazon', quote: 'A copy of the death certificate.' },
      {
        kind: 'letters_testamentary',
        note: 'Second-hand: proof of authority to act for the estate (probate or executor papers).',
        source: 'afterlife-amazon',
        quote: 'Documentation showing you are authorised to act for the estate, such as probate or executor paperwork',
      },
      {
        kind: 'id',
        note: 'Second-hand: your own government photo ID.',
        source: 'afterlife-amazon',
        quote: 'A government-issued photo ID for yourself.',
      },
    ],
    notes: [
      {
        text: 'Second-hand: Amazon customer service has a bereavement process to close the account of someone who died and cancel subscriptions such as Prime.',
        source: 'afterlife-amazon',
        quote: process,
      },
      {
        text: 'Have the email address or phone number of the account ready.',
        source: 'afterlife-amazon',
        quote: 'The email address or phone number linked to the Amazon account.',
      },
      {
        text: "Amazon's Canadian help page (read in a copy on another site) says that without every document, Amazon can still end subscriptions, stop recurring deliveries and deactivate the account.",
        source: 'amazon-ca-bereavement',
        quote: stillAssist,
      },
    ],
  },
  guidance: {
    account: [
      {
        text: 'Before closing the account, ask for subscriptions and recurring deliveries to be stopped: an Amazon help page says this is possible even without every estate document.',
        source: 'amazon-ca-bereavement',
        quote: stillAssist,
      },
    ],
  },
  sources: [
    {
      id: 'afterlife-amazon',
      url: 'https://www.afterlife.ai/what-happens-to-amazon-when-you-die',
      title: 'What happens to your Amazon account when you die?',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
    {
      id: 'amazon-ca-bereavement',
      url: 'https://www.amazon.ca/gp/help/customer/display.html?nodeId=TzcJJiVFnIi3pG2yDA',
      title: 'Bereavement support (Amazon.ca)',
      checked: '2026-11-30',
      quality: 'first-party',
      readAt: 'http://www.chipcdm.com/gp/help/customer/display.html?nodeId=TzcJJiVFnIi3pG2yDA',
      note: "Amazon Canada's page, read in a copy on another site; the amazon.com page was not read.",
    },
  ],
};
