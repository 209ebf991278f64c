import type { ProviderInput } from '../schema';

const faq =
  'https://www.sce.com/wps/portal/home/customer-service/faqs/service/!ut/p/b0/04_Sj9CPykssy0xPLMnMz0vMAfGjzOINLdwdPTyDDTwtvI1dDDydXF2Cgyy9jN29DPQLsh0VAQYJbZE!/';
const turnOn =
  "call us 24/7 at 1-800-655-4555 at least 48 hours before you'd like your service turned on (please note that we do not turn on service on weekends or holidays). A $6 service connection charge will be added to your opening statement.";

export const sce: ProviderInput = {
  id: 'sce',
  name: 'Southern California Edison',
  aliases: ['SCE', 'Edison', 'SoCal Edison'],
  categories: ['electric'],
  domains: ['sce.com'],
  pages: [
    { kind: 'cancel', path: 'move-center|start-stop|turn-off|faqs/service' },
    { kind: 'sign_in', path: '/(mysce/)?login|/sign-?in' },
    { kind: 'billing', path: '/billing|/pay-?bill|/mysce/bill' },
    { kind: 'account', path: '/mysce' },
  ],
  testUrls: [
    { url: faq, kind: 'cancel', origin: 'seen' },
    { url: 'https://www.sce.com/residential/move-center', kind: 'cancel', origin: 'constructed' },
    { url: 'https://www.sce.com/mysce/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.sce.com/mysce/billing', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.sce.com/mysce/myaccount', kind: 'account', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  contact: [
    {
      kind: 'phone',
      value: '1-800-655-4555',
      label: 'Service requests, 24/7',
      source: 'sce-service-faq',
      quote: "If you didn't find an answer for a question, give us a call at 1-800-655-4555 and we'll be happy to help.",
    },
  ],
  notes: [
    {
      text: 'Service can be turned on or off online in the Move Center.',
      source: 'sce-service-faq',
      quote: 'You can quickly and easily submit your service request online with our Move Center.',
    },
    {
      text: 'By phone, turning service on needs a call at least 48 hours ahead (no turn-ons on weekends or holidays); a $6 connection charge appeared on the opening statement (older FAQ).',
      source: 'sce-service-faq',
      quote: turnOn,
    },
    {
      text: 'Turning service on by phone asks for the Social Security number of the customer of record (the name on the account).',
      source: 'sce-service-faq',
      quote: 'Social Security Number for customer of record (name on account)',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'Use the Move Center online, or call 1-800-655-4555.',
        source: 'sce-service-faq',
        quote: 'You can quickly and easily submit your service request online with our Move Center.',
      },
    ],
  },
  sources: [
    {
      id: 'sce-service-faq',
      url: faq,
      title: 'Your Electric Service (FAQ)',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'An older FAQ page.',
    },
  ],
};
