import type { ProviderInput } from '../schema';

const guide = 'https://www.not-subscribed.com/guides/how-to-cancel-espn';
const bundleGuide = 'https://pageguides.com/cancel/espn-plus';

export const espnPlus: ProviderInput = {
  id: 'espn-plus',
  name: 'ESPN+',
  aliases: ['ESPN Plus', 'ESPN Select', 'ESPN Unlimited'],
  categories: ['streaming'],
  // Only the subscription host: espn.com's news pages are not an account.
  hosts: ['plus.espn.com'],
  testUrls: [{ url: 'https://plus.espn.com/', kind: 'other', origin: 'constructed' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Second-hand: access lasts to the end of the billing cycle, with no refund for the part already paid.',
      source: 'notsubscribed-espn',
      quote:
        'ESPN says you can cancel at any time, keep access until the end of the current billing cycle, and that it does not refund or credit partially used billing periods.',
    },
    {
      text: 'Second-hand: in the Disney bundle (Disney+, Hulu, ESPN), ESPN cannot be dropped alone: the whole bundle is cancelled.',
      source: 'pageguides-espn',
      quote:
        'if ESPN came as part of the Disney Bundle with Disney+ and Hulu, you cannot drop ESPN alone, you have to cancel the entire bundle and re-subscribe to the others.',
    },
  ],
  sources: [
    {
      id: 'notsubscribed-espn',
      url: guide,
      title: 'How to cancel ESPN+ (not-subscribed.com)',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
    {
      id: 'pageguides-espn',
      url: bundleGuide,
      title: 'How to Cancel ESPN+ (now ESPN Select / ESPN Unlimited) in 2026 (PageGuides)',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'Says it was verified on 2026-06-25.',
    },
  ],
};
