import type { ProviderInput } from '../schema';

export const siriusxm: ProviderInput = {
  id: 'siriusxm',
  name: 'SiriusXM',
  aliases: ['Sirius XM', 'Sirius', 'XM Radio'],
  categories: ['streaming'],
  domains: ['siriusxm.com', 'sirius.com'],
  formerly: [{ name: 'Sirius Satellite Radio', domains: ['sirius.com'] }],
  pages: [
    { kind: 'sign_in', path: '/login|/sign-?in' },
    { kind: 'billing', path: '/billing|/payment' },
    { kind: 'account', path: '/myaccount|/account' },
  ],
  testUrls: [
    { url: 'https://care.siriusxm.com/login_view.action', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://care.siriusxm.com/billing', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.siriusxm.com/myaccount', kind: 'account', origin: 'constructed' },
    { url: 'https://www.siriusxm.com/cancel', kind: 'cancel', origin: 'constructed' },
    { url: 'https://www.sirius.com/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  notes: [
    {
      text: 'Second-hand (2015): SiriusXM service could not be cancelled online and had to be cancelled by phone with Listener Care; use the number on the bill.',
      source: 'techwalla-siriusxm',
      quote:
        "As of March 2015, however, it is still impossible to cancel your SiriusXM service online. Instead, terminating your subscription requires you to call SiriusXM's Listener Care hotline",
    },
  ],
  sources: [
    {
      id: 'techwalla-siriusxm',
      url: 'https://www.techwalla.com/articles/how-to-cancel-sirius',
      title: 'How to Cancel Sirius',
      published: '2015-03',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
