import type { ProviderInput } from '../schema';

const recovery = 'https://sdge.com/recoveryresources';

export const sdge: ProviderInput = {
  id: 'sdge',
  name: 'SDG&E',
  aliases: ['San Diego Gas & Electric', 'San Diego Gas and Electric'],
  categories: ['electric', 'gas'],
  domains: ['sdge.com'],
  identity: { states: ['CA'] },
  testUrls: [
    { url: recovery, kind: 'other', origin: 'seen' },
    { url: 'https://sdge.com/DecemberWildfires', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-800-411-7343',
      label: 'Customer Care Center (from a 2024 storm page)',
      source: 'sdge-recovery',
      quote: 'please call our Customer Care Center at 1-800-411-7343.',
    },
  ],
  sources: [
    {
      id: 'sdge-recovery',
      url: recovery,
      title: 'SDG&E Storm Recovery Resources & Assistance',
      captured: '2024',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
