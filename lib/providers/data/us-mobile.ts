import type { ProviderInput } from '../schema';

const leave = 'https://www.usmobile.com/help/knowledge-base/what-if-i-want-to-leave-us-mobile-how-do-i-do-it/';

export const usMobile: ProviderInput = {
  id: 'us-mobile',
  name: 'US Mobile',
  aliases: ['USMobile'],
  categories: ['wireless'],
  domains: ['usmobile.com'],
  testUrls: [
    { url: leave, kind: 'other', origin: 'seen' },
    { url: 'https://www.usmobile.com/help/articles/238016', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'US Mobile has no contract: turning off AutoPay ends the service when the current billing cycle runs out.',
      source: 'usmobile-leave',
      quote:
        'all you need to do is disable the AutoPay and remove the US Mobile SIM card from your phone. Your service will end automatically at the expiration of the billing cycle and will stay that way unless you decide to renew it.',
    },
  ],
  sources: [
    {
      id: 'usmobile-leave',
      url: leave,
      title: 'What if I Want to Leave US Mobile? How Do I Do it? (US Mobile help)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
