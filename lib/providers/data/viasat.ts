import type { ProviderInput } from '../schema';

const agreementCopy = 'https://docslib.org/doc/6590111/viasat-inc-annual-report-2019';

export const viasat: ProviderInput = {
  id: 'viasat',
  name: 'Viasat',
  aliases: ['Viasat Internet', 'Exede', 'WildBlue'],
  categories: ['cable_internet'],
  domains: ['viasat.com', 'exede.com'],
  formerly: [{ name: 'Exede', domains: ['exede.com'] }],
  testUrls: [
    { url: 'https://www.viasat.com/', kind: 'other', origin: 'constructed' },
    { url: 'https://www.exede.com/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-855-463-9333',
      label: 'Customer Care, a general line (from a copy of the residential customer agreement)',
      source: 'viasat-agreement-copy',
      quote:
        'If you would like to contact us, you may call 1-855-463-9333 or write to: Viasat, Inc., P.O. Box 4427, Englewood, CO 80155 - Attention: Customer Care.',
    },
    {
      kind: 'mail',
      value: 'Viasat, Inc., P.O. Box 4427, Englewood, CO 80155 - Attention: Customer Care',
      source: 'viasat-agreement-copy',
      quote:
        'If you would like to contact us, you may call 1-855-463-9333 or write to: Viasat, Inc., P.O. Box 4427, Englewood, CO 80155 - Attention: Customer Care.',
    },
  ],
  equipment: {
    notes: [
      {
        text: 'Second-hand (a reseller): leased equipment is to be returned within 30 days of the end of service, or a fee is charged for each piece.',
        source: 'americantv-viasat',
        quote:
          'Unless you chose to purchase your equipment, you are expected to return your equipment within 30 days of termination of your service. If you fail to return the equipment within 30 days, you will need to pay a fee for each piece of equipment that is not returned.',
      },
    ],
  },
  notes: [
    {
      text: 'Internet plans come with a 24-month minimum term unless a different term or the no-contract option was chosen: ask what ending early costs.',
      source: 'viasat-agreement-copy',
      quote:
        'The Internet Services require you to commit to a 24-month minimum service term (“Minimum Service Term”), unless (i) a different term is stated in this Agreement for your plan',
    },
  ],
  sources: [
    {
      id: 'viasat-agreement-copy',
      url: agreementCopy,
      title: 'Viasat Customer Agreement (Residential), in a copy of Viasat documents on docslib.org',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "A third party's copy of Viasat's residential customer agreement; its date is not given.",
    },
    {
      id: 'americantv-viasat',
      url: 'https://www.americantv.com/can-you-make-a-payment-arrangement-with-viasat.php',
      title: 'Can you make a payment arrangement with Viasat? (americantv.com)',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
