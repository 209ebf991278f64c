import type { ProviderInput } from '../schema';

const medical = 'https://peoplesgasdelivery.com/home/medical.aspx';

export const peoplesGas: ProviderInput = {
  id: 'peoples-gas',
  name: 'Peoples Gas (Chicago)',
  aliases: ['Peoples Gas', 'Peoples Gas Light and Coke', 'North Shore Gas'],
  categories: ['gas'],
  domains: ['peoplesgasdelivery.com'],
  identity: { states: ['IL'] },
  testUrls: [
    { url: medical, kind: 'other', origin: 'seen' },
    { url: 'https://peoplesgasdelivery.com/termsofuse.aspx', kind: 'other', origin: 'seen' },
    { url: 'https://accel.peoplesgasdelivery.com/', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '866-556-6001',
      label: 'Customer service (from a 2020 message by the company, as reposted by a city ward)',
      source: 'peoples-44thward-2020',
      quote: 'We urge customers to visit our website or call us at 866-556-6001 whenever we can assist with energy service questions.',
    },
  ],
  notes: [
    {
      text: 'A medical certificate from a licensed professional stops a disconnection for 60 days, for those who qualify.',
      source: 'peoples-medical',
      quote: 'We will not discontinue service for 60 days from certification.',
    },
  ],
  sources: [
    {
      id: 'peoples-medical',
      url: medical,
      title: 'Medical certificate',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Stored at the http:// address.',
    },
    {
      id: 'peoples-44thward-2020',
      url: 'https://www.44thward.org/news/peoples-gas-update-march-20-2020/',
      title: 'Peoples Gas update, March 20, 2020 (44th Ward)',
      published: '2020-03-20',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "A message from Peoples Gas's president, reposted by a Chicago alderman's office.",
    },
  ],
};
