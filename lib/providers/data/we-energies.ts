import type { ProviderInput } from '../schema';

const terms = 'https://www.we-energies.com/residential/acctoptions/termsofservice.htm';
const blog = 'https://weenergies.blogspot.com/2012/04/winter-shut-off-moratorium-ends.html';

export const weEnergies: ProviderInput = {
  id: 'we-energies',
  name: 'We Energies',
  aliases: ['WE Energies', 'Wisconsin Electric', 'WEC Energy'],
  categories: ['electric', 'gas'],
  domains: ['we-energies.com'],
  identity: {
    states: ['MI', 'WI'],
    customers: {
      count: 1_100_000,
      year: 2014,
      source: 'we-gmtoday-2014',
      quote:
        'The company, which serves over 1.1 million electric customers across Wisconsin and Michigan and provides 1.1 million in Wisconsin with natural gas',
    },
  },
  testUrls: [{ url: terms, kind: 'other', origin: 'seen' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '800-842-4565',
      label: 'Customer service (from a 2012 blog post)',
      source: 'we-blog-2012',
      quote: 'If you or someone you know is struggling to pay their We Energies bill, encourage them to contact us at 800-842-4565.',
    },
  ],
  notes: [
    {
      text: 'Payments made in My Account post by 2 p.m. the next business day; a mailed payment should go at least 7 days before the due date.',
      source: 'we-terms',
      quote: 'To avoid a late payment charge, customers should mail payment at least 7 days before the due date shown on the bill.',
    },
  ],
  sources: [
    {
      id: 'we-terms',
      url: terms,
      title: 'Terms of service',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Stored at the http:// address.',
    },
    {
      id: 'we-blog-2012',
      url: blog,
      title: 'Winter shut-off moratorium ends',
      published: '2012-04',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "A blog in We Energies' name on blogspot.com, not on the company's own domain; stored at the http:// address.",
    },
    {
      id: 'we-gmtoday-2014',
      url: 'https://www.gmtoday.com/news/business/front/topstory13.asp',
      title: "WE Energies' 'Stay Connected' plan starting early this year (The Freeman)",
      published: '2014-03-26',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'Stored at the http:// address.',
    },
  ],
};
