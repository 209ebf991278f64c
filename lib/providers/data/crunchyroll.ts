import type { ProviderInput } from '../schema';

const cancelPage = 'https://help.crunchyroll.com/hc/en-us/articles/204538129-How-do-I-cancel-my-membership-';

export const crunchyroll: ProviderInput = {
  id: 'crunchyroll',
  name: 'Crunchyroll',
  aliases: ['Crunchyroll Premium'],
  categories: ['streaming'],
  domains: ['crunchyroll.com'],
  pages: [
    { kind: 'cancel', path: 'cancel' },
    { kind: 'account', path: '^/acct' },
  ],
  testUrls: [
    { url: cancelPage, kind: 'cancel', origin: 'seen' },
    { url: 'https://www.crunchyroll.com/acct?action=status', kind: 'account', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'No refund for the part of the billing period already paid; the paid time stays usable after cancelling.',
      source: 'crunchyroll-cancel',
      quote:
        'You can easily cancel your renewal at any time after the first 24 hours. However, there are no refunds for partial subscriptions.',
    },
    {
      text: 'A membership paid through PayPal, iTunes, Google Play or Roku is cancelled there; by card, on the account billing page.',
      source: 'crunchyroll-cancel',
      quote:
        'You may be paying through PayPal, iTunes, Google Playstore, Roku Pay, or credit card. Please skip to the appropriate section to correctly cancel through your type of payment method.',
    },
  ],
  sources: [
    {
      id: 'crunchyroll-cancel',
      url: cancelPage,
      title: 'How do I cancel my membership? (Crunchyroll Help)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
