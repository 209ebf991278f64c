import type { ProviderInput } from '../schema';

const faq = 'https://www.xcelenergy.com/About_Us/Contact_Us/Customer_Service_FAQ';
const contactUs =
  'If you don’t find the answer to your question below, please contact us: CustomerService@xcelenergy.com or 1-800-895-4999.';

export const xcel: ProviderInput = {
  id: 'xcel-energy',
  name: 'Xcel Energy',
  aliases: ['Xcel', 'Northern States Power', 'Public Service Company of Colorado'],
  categories: ['electric', 'gas'],
  domains: ['xcelenergy.com'],
  pages: [
    { kind: 'cancel', path: 'start,_stop|start-stop|stop-service|/move' },
    { kind: 'sign_in', path: '/sign-?in|/login' },
    { kind: 'billing', path: '/billing|/bill|/pay' },
    { kind: 'account', path: '/myaccount' },
    { kind: 'other', path: 'customer_service_faq' },
  ],
  testUrls: [
    { url: faq, kind: 'other', origin: 'seen' },
    { url: 'https://my.xcelenergy.com/MyAccount/s/login/', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://my.xcelenergy.com/MyAccount/s/billing', kind: 'billing', origin: 'constructed' },
    { url: 'https://my.xcelenergy.com/MyAccount/s/', kind: 'account', origin: 'constructed' },
    { url: 'https://www.xcelenergy.com/start,_stop,_transfer', kind: 'cancel', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  contact: [
    { kind: 'phone', value: '1-800-895-4999', label: 'Customer service', source: 'xcel-faq', quote: contactUs },
    { kind: 'email', value: 'CustomerService@xcelenergy.com', label: 'Customer service', source: 'xcel-faq', quote: contactUs },
  ],
  notes: [{ text: 'Service can be stopped or transferred online.', source: 'xcel-faq', quote: 'You can stop or transfer service online.' }],
  sources: [
    {
      id: 'xcel-faq',
      url: faq,
      title: 'Customer Service FAQ',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Stored copy at the http:// address.',
    },
  ],
};
