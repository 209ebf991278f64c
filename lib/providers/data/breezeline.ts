import type { ProviderInput } from '../schema';

const townCommon = 'https://thetowncommon.com/2022/06/29/new-cable-internet-company-coming-to-north-shore/';

export const breezeline: ProviderInput = {
  id: 'breezeline',
  name: 'Breezeline',
  aliases: ['Atlantic Broadband'],
  categories: ['cable_internet', 'landline'],
  domains: ['breezeline.com', 'atlanticbb.com'],
  formerly: [
    {
      name: 'Atlantic Broadband',
      domains: ['atlanticbb.com'],
      source: 'towncommon-breezeline',
      quote: 'Breezeline, formerly Atlantic Broadband, has applied to several North Shore towns and cities for a license',
    },
  ],
  testUrls: [
    { url: 'https://www.breezeline.com/fcc-info', kind: 'other', origin: 'seen' },
    { url: 'https://atlanticbb.com/my-services/my-account/outages-and-storms', kind: 'account', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Breezeline was called Atlantic Broadband until 2022: older bills and letters may carry that name.',
      source: 'towncommon-breezeline',
      quote: 'Breezeline, formerly Atlantic Broadband, has applied to several North Shore towns and cities for a license',
    },
  ],
  sources: [
    {
      id: 'towncommon-breezeline',
      url: townCommon,
      title: 'New Cable/Internet Company Coming to North Shore (The Town Common)',
      published: '2022-06-29',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
