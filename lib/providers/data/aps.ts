import type { ProviderInput } from '../schema';

const news = 'https://www.williamsnews.com/news/2019/jun/18/aps-temporarily-halts-customer-disconnects/';

export const aps: ProviderInput = {
  id: 'aps',
  name: 'APS',
  aliases: ['Arizona Public Service'],
  categories: ['electric'],
  domains: ['aps.com'],
  identity: {
    states: ['AZ'],
    customers: {
      count: 2_700_000,
      year: 2019,
      source: 'aps-azfamily-2019',
      quote: 'The largest electric utility in the state, APS serves 2.7 million customers and employs 6,400 people.',
    },
  },
  testUrls: [{ url: 'https://www.aps.com/', kind: 'other', origin: 'constructed' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '602-371-7171',
      label: 'Care center, Phoenix area, weekdays 7 a.m. to 7 p.m. (as quoted by a 2019 news story)',
      source: 'aps-williams-2019',
      quote:
        'Customers can reach a care center between 7 a.m. and 7 p.m. weekdays at 602-371-7171 (Phoenix area) or 800-253-9405 (outside Phoenix)',
    },
    {
      kind: 'phone',
      value: '800-253-9405',
      label: 'Care center, outside Phoenix (as quoted by a 2019 news story)',
      source: 'aps-williams-2019',
      quote:
        'Customers can reach a care center between 7 a.m. and 7 p.m. weekdays at 602-371-7171 (Phoenix area) or 800-253-9405 (outside Phoenix)',
    },
  ],
  sources: [
    {
      id: 'aps-williams-2019',
      url: news,
      title: 'APS temporarily halts customer disconnects (Williams-Grand Canyon News)',
      published: '2019-06-18',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
    {
      id: 'aps-azfamily-2019',
      url: 'https://www.azfamily.com/news/aps-delinquent-customers-to-stay-connected-after-man-s-woman/article_efa56dee-8e21-11e9-9a7b-af41e2263abe.html',
      title: 'APS: delinquent customers to stay connected (azfamily.com)',
      published: '2019-06',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
