import type { ProviderInput } from '../schema';

const guide = 'https://mygoodtrust.com/articles/how-to-delete-or-cancel-your-pandora-account';

export const pandora: ProviderInput = {
  id: 'pandora',
  name: 'Pandora',
  aliases: ['Pandora Plus', 'Pandora Premium'],
  categories: ['streaming'],
  domains: ['pandora.com'],
  testUrls: [{ url: 'https://www.pandora.com/settings/subscription', kind: 'other', origin: 'constructed' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Second-hand: a Pandora subscription can be billed through Pandora, Amazon, Apple, Best Buy, Google Play, a mobile carrier or Roku; it is cancelled where it is billed.',
      source: 'goodtrust-pandora',
      quote: 'Canceling a Pandora subscription can be complicated, as there are eight possible ways to subscribe and pay for it.',
    },
  ],
  sources: [
    {
      id: 'goodtrust-pandora',
      url: guide,
      title: 'How To Delete Or Cancel Pandora Account (GoodTrust)',
      published: '2021-07-27',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
