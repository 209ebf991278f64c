import type { ProviderInput } from '../schema';

const guide = 'https://howtodo.b-cdn.net/how-to-terminate-sling-tv-a-step-by-step-guide';

export const slingTv: ProviderInput = {
  id: 'sling-tv',
  name: 'Sling TV',
  aliases: ['Sling', 'Sling Orange', 'Sling Blue'],
  categories: ['streaming'],
  domains: ['sling.com'],
  testUrls: [{ url: 'https://www.sling.com/account', kind: 'account', origin: 'constructed' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Second-hand: Sling TV is cancelled in a web browser, not in the app on a TV device.',
      source: 'howtodo-sling',
      quote:
        'you cannot cancel your Sling TV subscription directly through the Sling TV app on most devices (like Roku, Amazon Fire TV, or Apple TV). You must use a web browser on a computer or mobile device.',
    },
  ],
  sources: [
    {
      id: 'howtodo-sling',
      url: guide,
      title: 'How to Terminate Sling TV: A Step-by-Step Guide',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
