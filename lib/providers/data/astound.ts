import type { ProviderInput } from '../schema';

const businessFaq = 'https://www.astound.com/business/support/general/';

export const astound: ProviderInput = {
  id: 'astound',
  name: 'Astound Broadband',
  aliases: ['Astound', 'RCN', 'Grande', 'Grande Communications', 'Wave', 'Wave Broadband', 'enTouch'],
  categories: ['cable_internet', 'landline'],
  domains: ['astound.com', 'rcn.com', 'mygrande.com', 'wavebroadband.com'],
  formerly: [
    {
      name: 'RCN',
      domains: ['rcn.com'],
      source: 'astound-wow-release',
      quote:
        'Astound Broadband, the sixth largest cable operator in the United States (doing business as RCN, Grande Communications, and Wave Broadband)',
    },
    { name: 'Grande Communications', domains: ['mygrande.com'] },
    { name: 'Wave Broadband', domains: ['wavebroadband.com'] },
  ],
  testUrls: [
    { url: businessFaq, kind: 'other', origin: 'seen' },
    { url: 'https://www.astound.com/policies-disclaimers/mobile-terms-conditions/?support', kind: 'other', origin: 'seen' },
    { url: 'https://mygrande.com/policies-disclaimers/dmca', kind: 'other', origin: 'constructed' },
    { url: 'https://www.rcn.com/', kind: 'other', origin: 'constructed' },
    { url: 'https://www.wavebroadband.com/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  equipment: {
    notes: [
      {
        text: 'For business accounts, Astound supplies a prepaid FedEx label to return equipment.',
        source: 'astound-business-faq',
        quote:
          'Returning equipment is a simple process and Astound Business Solutions can supply you with the prepaid FedEx shipping label.',
      },
    ],
  },
  sources: [
    {
      id: 'astound-business-faq',
      url: businessFaq,
      title: 'General support FAQ (Astound Business Solutions)',
      checked: '2026-11-30',
      quality: 'first-party',
      note: "Astound's business support page; no residential equivalent was among the stored pages.",
    },
    {
      id: 'astound-wow-release',
      url: 'https://www.01net.it/astound-broadband-to-acquire-select-assets-of-wow-internet-cable-phone-adding-chicago-and-key-indiana-maryland-markets-to-nationwide-fiber-network/',
      title: 'Astound Broadband to acquire select assets of WOW! (Business Wire release, republished)',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "Astound's press release as republished by a news site.",
    },
  ],
};
