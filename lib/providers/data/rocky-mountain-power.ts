import type { ProviderInput } from '../schema';

const brochure = 'https://paperzz.com/doc/7607585/consumer-information---rocky-mountain-power';

export const rockyMountainPower: ProviderInput = {
  id: 'rocky-mountain-power',
  name: 'Rocky Mountain Power',
  aliases: ['PacifiCorp', 'Pacific Power'],
  categories: ['electric'],
  domains: ['rockymountainpower.net'],
  identity: { states: ['ID', 'UT', 'WY'] },
  testUrls: [{ url: 'https://www.rockymountainpower.net/privacy', kind: 'other', origin: 'seen' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-888-221-7070',
      label: 'Customer service, toll free (Wyoming consumer brochure)',
      source: 'rmp-wy-brochure',
      quote: 'please call Rocky Mountain Power toll free at 1-888-221-7070',
    },
  ],
  notes: [
    {
      text: 'The customer is to tell Rocky Mountain Power when stopping service in their name or stopping it altogether (Wyoming summary of rights and responsibilities).',
      source: 'rmp-wy-brochure',
      quote: 'Notify Rocky Mountain Power about stopping service in\nyour name or about stopping service altogether.',
    },
  ],
  sources: [
    {
      id: 'rmp-wy-brochure',
      url: brochure,
      title: 'Consumer Information - Rocky Mountain Power (Wyoming)',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "Rocky Mountain Power's own brochure, read in a copy on paperzz.com.",
    },
  ],
};
