import type { ProviderInput } from '../schema';

const cancelPage = 'https://faqs.starz.com/hc/en-us/articles/4402089887387-How-do-I-cancel-';
const statement =
  'If you cannot identify the partner provider with these steps, you can use your billing statement to find your billing provider. For example, a charge through Google will show up as Google STARZ, Apple as iTunes STARZ, and Roku as ROKU STARZ.';

export const starz: ProviderInput = {
  id: 'starz',
  name: 'Starz',
  aliases: ['STARZ'],
  categories: ['streaming'],
  domains: ['starz.com'],
  pages: [{ kind: 'cancel', path: 'cancel' }],
  testUrls: [
    { url: cancelPage, kind: 'cancel', origin: 'seen' },
    { url: 'https://www.starz.com/us/en/settings', kind: 'other', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Starz is cancelled where it is billed. The card statement tells which: "Google STARZ" (Google), "iTunes STARZ" (Apple), "ROKU STARZ" (Roku).',
      source: 'starz-cancel',
      quote: statement,
    },
  ],
  sources: [
    {
      id: 'starz-cancel',
      url: cancelPage,
      title: 'How do I cancel? (STARZ FAQs)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
