import type { ProviderInput } from '../schema';

const caNotice = 'https://www.assurancewireless.com/lifeline-services/states/ca-lifeline-notice';

export const assuranceWireless: ProviderInput = {
  id: 'assurance-wireless',
  name: 'Assurance Wireless',
  aliases: ['Assurance', 'Assurance Wireless Lifeline'],
  categories: ['wireless'],
  domains: ['assurancewireless.com'],
  testUrls: [
    { url: caNotice, kind: 'other', origin: 'seen' },
    { url: 'https://www.assurancewireless.com/legal/terms-and-conditions', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'A Lifeline discount belongs to the person who qualified for it: Assurance Wireless’s California notice says it cannot be passed to someone else.',
      source: 'aw-ca-notice',
      quote: 'Discounts are non-transferable from one person to another.',
    },
  ],
  sources: [
    {
      id: 'aw-ca-notice',
      url: caNotice,
      title: 'Important notice about the California LifeLine Program from Assurance Wireless',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'A notice for California LifeLine customers.',
    },
  ],
};
