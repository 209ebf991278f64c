import type { ProviderInput } from '../schema';

const faq =
  'https://busy2.straighttalk.com/home/support/faqs/%21ut/p/a1/rZFNb4JAFEX_ChuX5L2B4cMlYhRNLWKNldmYAQacVhDh1TT/dl5/d5/L0lDUmlTUSEhL3dHa0FKRnNBLzRKVXBDQSEhL2Vu/index.html';
const cancelAnswer =
  'No, there is no cancellation or penalty fee. You can cancel anytime. Simply visit your Account online at www.straighttalk.com/myaccount or call 1-877-430-2355 to process your cancellation.';

export const straightTalk: ProviderInput = {
  id: 'straight-talk',
  name: 'Straight Talk',
  aliases: ['Straight Talk Wireless'],
  categories: ['wireless'],
  domains: ['straighttalk.com'],
  pages: [{ kind: 'account', path: '^/myaccount' }],
  testUrls: [
    { url: 'https://busy2.straighttalk.com/home/support/faqs/index.html', kind: 'other', origin: 'constructed' },
    { url: 'https://www.straighttalk.com/myaccount', kind: 'account', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-877-430-2355',
      label: 'Customer care (a general line; an old FAQ gives it for cancelling)',
      source: 'st-faq',
      quote: cancelAnswer,
    },
  ],
  notes: [
    {
      text: 'Straight Talk charges no cancellation or penalty fee.',
      source: 'st-faq',
      quote: cancelAnswer,
    },
    {
      text: 'When the plan is no longer paid for, the phone number is given to a new customer: keep paying while codes sent to that number are still needed.',
      source: 'st-faq',
      quote:
        'If you stop buying Service Plans or adding Service Cards or refilling your account, Straight Talk will stop paying the charges on that line for your use and will reassign that telephone number to a new Straight Talk customer.',
    },
  ],
  sources: [
    {
      id: 'st-faq',
      url: faq,
      title: 'Straight Talk FAQs: Getting Started - Adding a Service Card/Refilling my Account',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'An old Straight Talk FAQ, stored at the http:// address of a straighttalk.com server; undated.',
    },
  ],
};
