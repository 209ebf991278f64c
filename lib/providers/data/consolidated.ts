import type { ProviderInput } from '../schema';

const cancelPage = 'https://www.consolidated.com/support/account-support/canceling-service-equipment-returns';
const callToCancel =
  'Call Consolidated at 1.844.YOUR.CCI (1.844.968.7224), and tell us what type of change you’d like to make to your service.';
const returnWithin = 'Return your equipment within 30 days of service cancellation to avoid fees for unreturned equipment.';

export const consolidated: ProviderInput = {
  id: 'consolidated',
  name: 'Consolidated Communications',
  aliases: ['Consolidated', 'Consolidated Fiber', 'Fidium', 'Fidium Fiber'],
  categories: ['cable_internet', 'landline'],
  domains: ['consolidated.com'],
  pages: [{ kind: 'cancel', path: 'canceling-service' }],
  testUrls: [
    { url: cancelPage, kind: 'cancel', origin: 'seen' },
    { url: 'https://www.consolidated.com/support/terms-policies/90-day-service-guarantee', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1.844.968.7224',
      label: 'To change or cancel service (1.844.YOUR.CCI)',
      source: 'consolidated-cancel',
      quote: callToCancel,
    },
  ],
  equipment: {
    returnMethods: [
      {
        method: 'shipping_kit',
        source: 'consolidated-cancel',
        quote: 'We’ll send you a prepaid return shipping label, which will arrive at your home in 5 to 7 days.',
      },
    ],
    returnWindowDays: { days: 30, source: 'consolidated-cancel', quote: returnWithin },
    notes: [
      {
        text: 'Send the equipment only to the address on the prepaid label; Consolidated offices do not take it.',
        source: 'consolidated-cancel',
        quote: 'Do not send the boxes to any other address. Do not drop them off at any office location.',
      },
    ],
  },
  notes: [
    {
      text: 'Cancelling carries no penalty; call Consolidated, who will say which equipment goes back.',
      source: 'consolidated-cancel',
      quote: 'You have the flexibility to change your plan or cancel your service whenever you want with no penalty.',
    },
  ],
  sources: [
    {
      id: 'consolidated-cancel',
      url: cancelPage,
      title: 'Canceling Service & Equipment Returns (Consolidated account support)',
      checked: '2026-11-30',
      quality: 'first-party',
      readAt: 'https://thedpol.com/www.consolidated.com/support/account-support/canceling-service-equipment-returns',
      note: "Consolidated's own page, read in a copy kept on another site under the page's address.",
    },
  ],
};
