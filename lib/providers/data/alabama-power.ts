import type { ProviderInput } from '../schema';

const faq = 'https://www.alabamapower.com/residential/residential-faq.html';

export const alabamaPower: ProviderInput = {
  id: 'alabama-power',
  name: 'Alabama Power',
  aliases: ['Alabama Power Company'],
  categories: ['electric'],
  domains: ['alabamapower.com'],
  identity: { states: ['AL'] },
  testUrls: [
    { url: faq, kind: 'other', origin: 'seen' },
    { url: 'https://www.alabamapower.com/our-company/outages-and-storm-center/coronavirus.html', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-800-245-2244',
      label: 'Customer Service',
      hours: 'Monday through Friday, 7:00 a.m. to 7:00 p.m. CST',
      source: 'alabama-power-faq',
      quote: 'You can contact Customer Service at 1-800-245-2244',
    },
  ],
  notes: [
    {
      text: "Starting service in a new name asks for the primary account holder's Social Security number and the name of a spouse or roommate, if any.",
      source: 'alabama-power-faq',
      quote: 'Spouse or roommate name (if applicable)',
    },
    {
      text: 'A new account carries a $40 account establishment charge on the first bill, and a deposit may be asked after a credit check.',
      source: 'alabama-power-faq',
      quote: "an account establishment charge (AEC) of $40.00 will be included on your first month's bill.",
    },
  ],
  sources: [{ id: 'alabama-power-faq', url: faq, title: 'Residential FAQs', checked: '2026-11-30', quality: 'first-party' }],
};
