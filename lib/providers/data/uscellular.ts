import type { ProviderInput } from '../schema';

export const uscellular: ProviderInput = {
  id: 'uscellular',
  name: 'UScellular',
  aliases: ['U.S. Cellular', 'US Cellular', 'United States Cellular'],
  categories: ['wireless'],
  domains: ['uscellular.com'],
  pages: [
    { kind: 'sign_in', path: '^/my-?account/?(login|sign-?in)|^/login' },
    { kind: 'billing', path: '/bill|/payment' },
    { kind: 'account', path: '^/my-?account' },
  ],
  testUrls: [
    { url: 'https://www.uscellular.com/site/legal/customer-service-agreement.html', kind: 'other', origin: 'seen' },
    { url: 'https://www.uscellular.com/myaccount/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.uscellular.com/myaccount/bill', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.uscellular.com/myaccount/home', kind: 'account', origin: 'constructed' },
    { url: 'https://www.uscellular.com/support/cancel-service', kind: 'cancel', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  notes: [
    {
      text: 'Service can be ended at any time by telling UScellular, on the date you set.',
      source: 'usc-agreement',
      quote: 'You may terminate Service at any time by notifying UScellular. Termination shall be effective upon the date you set.',
    },
    {
      text: 'Moving the number to another carrier ends the UScellular service once the port is complete.',
      source: 'usc-agreement',
      quote:
        'A request to port your number is a request by you to terminate Service. Once the port is complete, your Service will terminate.',
    },
  ],
  sources: [
    {
      id: 'usc-agreement',
      url: 'https://www.uscellular.com/site/legal/customer-service-agreement.html',
      title: 'Customer Service Agreement',
      published: '2022-01-01',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Stored copy at the http:// address.',
    },
  ],
};
