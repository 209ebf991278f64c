import type { ProviderInput } from '../schema';

const assistance = 'https://www.consumersenergy.com/residential/account-and-billing/billing-and-payment/payment-assistance-2';

export const consumersEnergy: ProviderInput = {
  id: 'consumers-energy',
  name: 'Consumers Energy',
  aliases: ['Consumers'],
  categories: ['electric', 'gas'],
  domains: ['consumersenergy.com'],
  identity: { states: ['MI'] },
  testUrls: [
    { url: assistance, kind: 'billing', origin: 'seen' },
    { url: 'https://www.consumersenergy.com/company/media/news-and-information/emergency-response', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-800-477-5050',
      label: 'Payment options (from a 2026 news release)',
      source: 'consumers-seniors-2026',
      quote: 'Eligible customers can also call 1-800-477-5050 to discuss their options.',
    },
  ],
  notes: [
    {
      text: "With the customer's written authorization, a copy of any shut-off notice is sent to a friend, relative or agency (Third Party Notification); that person is not responsible for the bill.",
      source: 'consumers-assistance',
      quote: 'We’ll send a copy of any shut-off notice you receive to a third party, with your written authorization.',
    },
  ],
  sources: [
    { id: 'consumers-assistance', url: assistance, title: 'Payment Plans and Assistance', checked: '2026-11-30', quality: 'first-party' },
    {
      id: 'consumers-seniors-2026',
      url: 'https://www.prnewswire.com/news-releases/consumers-energy-to-contact-seniors-for-assistance-with-heating-bills-302701187.html',
      title: 'Consumers Energy to Contact Seniors for Assistance with Heating Bills',
      published: '2026-03-02',
      checked: '2026-11-30',
      quality: 'first-party',
      note: "The company's news release, distributed by PR Newswire.",
    },
  ],
};
