/** Regulator entries for the ladder's tests: shaped like the registry's, validated by its rules. */
import type { AuthorityInput } from '../../../lib/providers/regulatorSchema';
import { validateRegulators } from '../../../lib/providers/validateRegulators';

const source = (id: string, url: string) => ({ id, url, checked: '2026-11-30', quality: 'first-party' as const });

export const testAuthorities = validateRegulators([
  {
    id: 'fcc',
    kind: 'FCC',
    name: 'Federal Communications Commission',
    shortName: 'FCC',
    named: { source: 'fcc-help', quote: 'Federal Communications Commission consumer complaints' },
    covers: [
      { category: 'wireless', source: 'fcc-help', quote: 'complaints about phone, internet and TV service' },
      { category: 'cable_internet', source: 'fcc-help', quote: 'complaints about phone, internet and TV service' },
    ],
    complaintPage: { url: 'https://consumercomplaints.fcc.gov/hc/en-us', source: 'fcc-help', quote: 'File a complaint online' },
    channels: [{ kind: 'phone', value: '1-888-225-5322', source: 'fcc-help', quote: 'Call 1-888-225-5322' }],
    answerDays: { days: 30, source: 'fcc-answer', quote: 'the provider has 30 days to respond to you in writing' },
    notes: [
      {
        text: 'Leave out Social Security numbers and dates of birth.',
        source: 'fcc-help',
        quote: 'do not include your SSN or date of birth',
      },
    ],
    sources: [
      source('fcc-help', 'https://consumercomplaints.fcc.gov/hc/en-us/articles/202752940'),
      source('fcc-answer', 'https://consumercomplaints.fcc.gov/hc/en-us/articles/205082880'),
    ],
  },
  {
    id: 'puc-ca',
    kind: 'state_PUC',
    name: 'California Public Utilities Commission',
    shortName: 'CPUC',
    named: { source: 'cpuc', quote: 'California Public Utilities Commission' },
    state: 'CA',
    covers: [{ category: 'electric', source: 'cpuc', quote: 'electric, natural gas, telephone and water companies' }],
    complaintPage: { url: 'https://www.cpuc.ca.gov/consumer-support/file-a-complaint', source: 'cpuc', quote: 'File a complaint' },
    notes: [],
    sources: [source('cpuc', 'https://www.cpuc.ca.gov/consumer-support/file-a-complaint')],
  },
  {
    id: 'bbb',
    kind: 'BBB',
    name: 'Better Business Bureau',
    shortName: 'BBB',
    named: { source: 'bbb', quote: 'Better Business Bureau complaints' },
    answerDays: { days: 14, source: 'bbb', quote: 'the business is asked to respond within 14 days' },
    sources: [source('bbb', 'https://www.bbb.org/complaints')],
  },
] satisfies AuthorityInput[]);
