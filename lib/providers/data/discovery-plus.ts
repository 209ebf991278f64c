import type { ProviderInput } from '../schema';

const guide = 'https://www.lifewire.com/cancel-discovery-plus-5113500';

export const discoveryPlus: ProviderInput = {
  id: 'discovery-plus',
  name: 'discovery+',
  aliases: ['Discovery Plus', 'Discovery+'],
  categories: ['streaming'],
  domains: ['discoveryplus.com'],
  testUrls: [{ url: 'https://www.discoveryplus.com/account', kind: 'account', origin: 'constructed' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Second-hand: a web subscription is cancelled under Account, Cancel; one made on an Android phone or an iPhone is cancelled in Google Play or the Apple ID settings.',
      source: 'lifewire-discovery',
      quote:
        'Online: Go to Account > Cancel > Cancel Subscription. Android: Go to the Play Store, tap the Menu icon > Subscriptions > Discovery Plus > Cancel',
    },
    {
      text: 'Second-hand: the subscription ends at the end of the period already paid.',
      source: 'lifewire-discovery',
      quote: 'Your subscription will cease at the end of the current pay period.',
    },
  ],
  sources: [
    {
      id: 'lifewire-discovery',
      url: guide,
      title: 'How to Cancel Discovery Plus (Lifewire)',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
