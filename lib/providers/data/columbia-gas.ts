import type { ProviderInput } from '../schema';

const ohioRelease =
  'https://www.columbiagasohio.com/our-company/news-room/article/columbia-gas-to-suspend-shutoffs-for-non-payment-during-covid-19-pandemic-OH';
const kyShutOff = 'https://www.columbiagasky.com/en/billing-payment-options/avoid-being-shut-off';

export const columbiaGas: ProviderInput = {
  id: 'columbia-gas',
  name: 'Columbia Gas',
  aliases: ['Columbia Gas of Ohio', 'Columbia Gas of Kentucky', 'Columbia Gas of Virginia', 'Columbia Gas of Pennsylvania', 'NiSource'],
  categories: ['gas'],
  domains: ['columbiagasohio.com', 'columbiagasky.com'],
  identity: { states: ['KY', 'MD', 'OH', 'PA', 'VA'] },
  // News releases mention non-payment in their addresses; they are not billing pages.
  pages: [{ kind: 'other', path: '/news-room/' }],
  testUrls: [
    { url: ohioRelease, kind: 'other', origin: 'seen' },
    { url: kyShutOff, kind: 'billing', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-800-344-4077',
      label: 'Columbia Gas of Ohio (from a 2020 news release)',
      source: 'columbia-oh-2020',
      quote: 'should call 1-800-344-4077 to discuss payment arrangements and/or financial assistance programs.',
    },
    {
      kind: 'phone',
      value: '1-800-432-9345',
      label: 'Columbia Gas of Kentucky',
      hours: 'Monday through Friday, 7:00 a.m. - 7:00 p.m., and Saturday 8:00 a.m. - 12:00 p.m.',
      source: 'columbia-ky-shutoff',
      quote: 'Call us immediately at 1-800-432-9345, Monday through Friday, 7:00 a.m. - 7:00 p.m., and Saturday 8:00 a.m. - 12:00 p.m.',
    },
  ],
  sources: [
    {
      id: 'columbia-oh-2020',
      url: ohioRelease,
      title: 'Columbia Gas to suspend shutoffs for non-payment during COVID-19 pandemic',
      published: '2020-03',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    { id: 'columbia-ky-shutoff', url: kyShutOff, title: 'Avoid Being Shut Off', checked: '2026-11-30', quality: 'first-party' },
  ],
};
