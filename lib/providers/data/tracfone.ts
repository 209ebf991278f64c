import type { ProviderInput } from '../schema';

const terms = 'https://www.tracfone.com/termsandconditions?lang=es';
const olderTermsCopy = 'https://dubaiemulatesillinois.pages.dev/822382.html';

export const tracfone: ProviderInput = {
  id: 'tracfone',
  name: 'Tracfone',
  aliases: ['TracFone Wireless', 'Tracfone Wireless'],
  categories: ['wireless'],
  domains: ['tracfone.com'],
  testUrls: [
    { url: terms, kind: 'other', origin: 'seen' },
    { url: 'https://www.tracfone.com/my-account', kind: 'account', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-800-867-7183',
      label: 'Tracfone Customer Care, a general line (from a copy of older terms)',
      source: 'tracfone-older-terms',
      quote: 'For assistance or more information, please contact Tracfone Customer Care at 1-800-867-7183.',
    },
  ],
  notes: [
    {
      text: 'Tracfone belongs to Verizon: the agreement is with Verizon Value, Inc., so letters about the account may carry that name.',
      source: 'tracfone-terms',
      quote: 'Tracfone is a registered trademark of Verizon Value, Inc., a Verizon company.',
    },
  ],
  sources: [
    {
      id: 'tracfone-terms',
      url: terms,
      title: 'Tracfone Wireless Terms and Conditions of Service',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Read in the English text served at the address with ?lang=es.',
    },
    {
      id: 'tracfone-older-terms',
      url: olderTermsCopy,
      title: 'Tracfone wireless service agreement (a copy of older terms, when TracFone Wireless, Inc. was the company)',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "A third party's copy of an earlier version of Tracfone's terms; undated.",
    },
  ],
};
