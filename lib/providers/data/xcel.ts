import type { ProviderInput } from '../schema';

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
  ],
  testUrls: [
    { url: 'https://my.xcelenergy.com/MyAccount/s/login/', kind: 'sign_in' },
    { url: 'https://my.xcelenergy.com/MyAccount/s/billing', kind: 'billing' },
    { url: 'https://my.xcelenergy.com/MyAccount/s/', kind: 'account' },
    { url: 'https://www.xcelenergy.com/start,_stop,_transfer', kind: 'cancel' },
  ],
  bereavement: {
    options: [],
    documents: [],
    channels: [
      {
        kind: 'phone',
        value: '1-800-895-4999',
        label: 'Residential customer service',
        hours: 'Mon-Fri 7 a.m.-7 p.m., Sat 9 a.m.-5 p.m. (2019)',
        source: 'xcel-newsroom-2019',
      },
    ],
    notes: [],
  },
  notes: [],
  guidance: {},
  escalation: { regulators: ['state_PUC'], channels: [] },
  sources: [
    {
      id: 'xcel-newsroom-2019',
      url: 'https://newsroom.xcelenergy.com/news/cold-weather-rule-takes-effect-oct-15-MCUBQYXNUO5RHXLLAKPWYKNZA7KI',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'October 2019 news release (Minnesota).',
    },
  ],
};
