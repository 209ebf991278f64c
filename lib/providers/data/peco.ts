import type { ProviderInput } from '../schema';

const falls = 'https://www.fallstwp.com/tools-resources/news/article.aspx?aid=3455';

export const peco: ProviderInput = {
  id: 'peco',
  name: 'PECO',
  aliases: ['PECO Energy', 'Philadelphia Electric Company'],
  categories: ['electric', 'gas'],
  domains: ['peco.com'],
  identity: { states: ['PA'] },
  testUrls: [{ url: 'https://www.peco.com/', kind: 'other', origin: 'constructed' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-800-494-4000',
      label: "Customer questions (PECO's 2020 announcement, as reposted by a township)",
      source: 'peco-falls-2020',
      quote: 'Customers should direct their questions to PECO at 1-800-494-4000.',
    },
  ],
  sources: [
    {
      id: 'peco-falls-2020',
      url: falls,
      title: 'PECO Announcement (Falls Township)',
      published: '2020',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "PECO's message to municipalities, reposted on a township's news page.",
    },
  ],
};
