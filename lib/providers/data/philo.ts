import type { ProviderInput } from '../schema';

const cancelPage = 'https://help.philo.com/hc/en-us/articles/360012797653-How-to-cancel-your-Philo-subscription-on-Fire';

export const philo: ProviderInput = {
  id: 'philo',
  name: 'Philo',
  aliases: ['Philo TV'],
  categories: ['streaming'],
  domains: ['philo.com'],
  pages: [{ kind: 'cancel', path: 'cancel' }],
  testUrls: [
    { url: cancelPage, kind: 'cancel', origin: 'seen' },
    {
      url: 'https://help.philo.com/hc/en-us/articles/360033767554-How-to-change-your-Philo-subscription-on-an-Apple-device',
      kind: 'other',
      origin: 'seen',
    },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Locking the card does not stop Philo from charging: the subscription itself has to be cancelled.',
      source: 'philo-cancel',
      quote:
        'Locking your card will not stop subscription charges. To cancel your subscription, please follow the steps below on your Philo device.',
    },
    {
      text: 'A subscription billed through Apple is cancelled with Apple; it stops once the current billing cycle is over.',
      source: 'philo-apple',
      quote:
        'If you’d prefer to be billed directly by Philo, you must first cancel your Apple-billed subscription. The Apple-billed subscription will stop after the current billing cycle completes.',
    },
  ],
  sources: [
    {
      id: 'philo-cancel',
      url: cancelPage,
      title: 'How to cancel your Philo subscription or trial (Philo Help)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'philo-apple',
      url: 'https://help.philo.com/hc/en-us/articles/360033767554-How-to-change-your-Philo-subscription-on-an-Apple-device',
      title: 'How to change your Philo subscription on an Apple device (Philo Help)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
