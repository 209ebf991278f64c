import type { ProviderInput } from '../schema';

const release = 'https://nj.pseg.com/newsroom/newsrelease139';

export const pseg: ProviderInput = {
  id: 'pseg',
  name: 'PSE&G',
  aliases: ['PSEG', 'Public Service Electric and Gas'],
  categories: ['electric', 'gas'],
  domains: ['pseg.com'],
  identity: {
    states: ['NJ'],
    customers: {
      count: 2_400_000,
      year: 2020,
      source: 'pseg-covid-2020',
      quote: 'providing safe and reliable electricity and gas to its 2.4 million customers',
    },
  },
  testUrls: [
    { url: release, kind: 'other', origin: 'seen' },
    { url: 'https://nj.pseg.com/newsroom/newsrelease256', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '800-436-7734',
      label: 'Customer service (from a 2020 news release)',
      source: 'pseg-covid-2020',
      quote: 'The customer service phone line is 800-436-7734',
    },
  ],
  sources: [
    {
      id: 'pseg-covid-2020',
      url: release,
      title: 'PSE&G Implements Operational Updates to Continue to Safeguard Customer and Employee Health',
      published: '2020-03-17',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
