import type { ProviderInput } from '../schema';

export const siriusxm: ProviderInput = {
  id: 'siriusxm',
  name: 'SiriusXM',
  aliases: ['Sirius XM', 'Sirius', 'XM Radio'],
  categories: ['streaming'],
  domains: ['siriusxm.com'],
  pages: [
    { kind: 'sign_in', path: '/login|/sign-?in' },
    { kind: 'billing', path: '/billing|/payment' },
    { kind: 'account', path: '/myaccount|/account' },
  ],
  testUrls: [
    { url: 'https://care.siriusxm.com/login_view.action', kind: 'sign_in' },
    { url: 'https://care.siriusxm.com/billing', kind: 'billing' },
    { url: 'https://www.siriusxm.com/myaccount', kind: 'account' },
    { url: 'https://www.siriusxm.com/cancel', kind: 'cancel' },
  ],
  notes: [
    {
      text: 'Second-hand (2015): SiriusXM service could not be cancelled online and had to be cancelled by phone with Listener Care; guides give differing numbers, so use the one on the bill.',
      source: 'techwalla-siriusxm',
    },
  ],
  guidance: {},
  escalation: { regulators: ['FTC', 'state_AG'], channels: [] },
  sources: [
    {
      id: 'techwalla-siriusxm',
      url: 'https://www.techwalla.com/articles/how-to-cancel-sirius',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: 'Dated March 2015.',
    },
  ],
};
