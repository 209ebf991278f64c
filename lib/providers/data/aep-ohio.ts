import type { ProviderInput } from '../schema';

const handbook = 'https://paperzz.com/doc/9042984/aep-ohio-customer-handbook';

export const aepOhio: ProviderInput = {
  id: 'aep-ohio',
  name: 'AEP Ohio',
  aliases: ['Ohio Power', 'American Electric Power Ohio'],
  categories: ['electric'],
  domains: ['aepohio.com', 'aepohiowire.com'],
  identity: { states: ['OH'] },
  testUrls: [
    { url: 'https://www.aepohiowire.com/covid-19-faqs/', kind: 'other', origin: 'seen' },
    { url: 'https://www.aepohio.com/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-800-672-2231',
      label: 'Customer Service: open or close an account (2015 handbook)',
      source: 'aep-ohio-handbook-2015',
      quote: 'Customer Service: 1-800-672-2231 Or visit www.AEPOhio.com. Open/close your account',
    },
    {
      kind: 'tty',
      value: '1-800-617-1234',
      label: 'Hearing impaired (TTY) (2015 handbook)',
      source: 'aep-ohio-handbook-2015',
      quote: 'Hearing Impaired (TTY):\n1-800-617-1234',
    },
  ],
  sources: [
    {
      id: 'aep-ohio-handbook-2015',
      url: handbook,
      title: 'AEP Ohio Customer Handbook of Rights and Obligations',
      published: '2015-05',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "AEP Ohio's own handbook (revised 5/2015), read in a copy on paperzz.com.",
    },
  ],
};
