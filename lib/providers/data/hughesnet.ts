import type { ProviderInput } from '../schema';

const resellerReturns = 'https://www.satelliteinternet.net/return-policy/';
const breakAgreement =
  'If you should decide that you want to break that agreement, you must contact Hughesnet customer service. You will be subject to a penalty and if you are on the lease plan, asked to return all of your equipment to Hughesnet.';

export const hughesnet: ProviderInput = {
  id: 'hughesnet',
  name: 'Hughesnet',
  aliases: ['HughesNet', 'Hughes'],
  categories: ['cable_internet'],
  domains: ['hughesnet.com', 'myhughesnet.com'],
  testUrls: [
    { url: 'https://kb.hughesnet.com/al/12/2/3666.htm', kind: 'other', origin: 'constructed' },
    { url: 'https://customercare.myhughesnet.com/', kind: 'other', origin: 'constructed' },
    { url: 'https://rmastatus.hughesnet.com/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  equipment: {
    notes: [
      {
        text: 'Second-hand (a Hughesnet reseller): ending the service agreement early means a penalty, and leased equipment has to be returned.',
        source: 'reseller-returns',
        quote: breakAgreement,
      },
      {
        text: "Hughes's return instructions (in a copy of its guide): the return box goes to a staffed UPS location or a UPS driver, not a UPS drop box.",
        source: 'hughes-return-guide',
        quote: 'To ship the equipment, take the box to any staffed UPS location or give the box to any UPS driver.',
      },
    ],
  },
  notes: [
    {
      text: 'Second-hand: cancelling goes through Hughesnet customer service.',
      source: 'reseller-returns',
      quote: breakAgreement,
    },
  ],
  sources: [
    {
      id: 'reseller-returns',
      url: resellerReturns,
      title: 'Return Policy (satelliteinternet.net, a Hughesnet reseller)',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
    {
      id: 'hughes-return-guide',
      url: 'https://manuals.online/hughes/modem/dishnet-ht-1000/parts-list-manual/1lufg',
      title: 'Hughes equipment return instructions (copy on manuals.online)',
      published: '2012',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'A copy of a 2012 Hughes Network Systems document.',
    },
  ],
};
