import type { ProviderInput } from '../schema';

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
    { url: 'https://www.sce.com/residential/move-center', kind: 'cancel' },
    { url: 'https://www.sce.com/mysce/login', kind: 'sign_in' },
    { url: 'https://www.sce.com/mysce/billing', kind: 'billing' },
    { url: 'https://www.sce.com/mysce/myaccount', kind: 'account' },
    { url: 'https://www.sce.com/customer-service/faqs/service', kind: 'cancel' },
  ],
  bereavement: {
    options: [],
    documents: [],
    channels: [{ kind: 'phone', value: '1-800-655-4555', label: 'Service requests, 24/7', source: 'sce-service-faq' }],
    notes: [],
  },
  notes: [
    {
      text: 'Service can be turned on or off online in the Move Center, or by calling 1-800-655-4555 at least 48 hours ahead (no turn-ons on weekends or holidays).',
      source: 'sce-service-faq',
    },
    {
      text: "Turning service on in a new name asks for that person's Social Security number and driver's licence number; a $6 connection charge appeared on the opening statement (older FAQ).",
      source: 'sce-service-faq',
    },
  ],
  guidance: {
    cancel: [{ text: 'Use the Move Center online or call 1-800-655-4555 at least 48 hours ahead.', source: 'sce-service-faq' }],
  },
  escalation: { regulators: ['state_PUC'], channels: [] },
  sources: [
    {
      id: 'sce-service-faq',
      url: 'https://www.sce.com/wps/portal/home/customer-service/faqs/service/!ut/p/b0/04_Sj9CPykssy0xPLMnMz0vMAfGjzOINLdwdPTyDDTwtvI1dDDydXF2Cgyy9jN29DPQLsh0VAQYJbZE!/',
      checked: '2026-11-22',
      quality: 'first-party',
      note: '"Your Electric Service" FAQ; an older page.',
    },
  ],
};
