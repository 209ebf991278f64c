import type { ProviderInput } from '../schema';

const helpP14 = 'https://www.calwater.com/page/14/?post_type=help';
const helpP3 = 'https://www.calwater.com/page/3/?post_type=help';

export const calWater: ProviderInput = {
  id: 'cal-water',
  name: 'California Water Service',
  aliases: ['Cal Water'],
  categories: ['water'],
  domains: ['calwater.com'],
  identity: { states: ['CA'] },
  testUrls: [
    { url: helpP14, kind: 'other', origin: 'seen' },
    { url: helpP3, kind: 'other', origin: 'seen' },
    { url: 'https://www.calwater.com/help/customer-care-faqs/', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Only single-family residential service can be started or stopped online; other requests go through the local Customer Center.',
      source: 'calwater-help-14',
      quote:
        'At this time, only single-family residential service can be started or stopped online. All other requests must be made by contacting your local Customer Center.',
    },
    {
      text: 'To add another person to an account, use the Contact Us form or call the local Customer Center.',
      source: 'calwater-help-14',
      quote:
        'To add an additional person to your account, please either send a request using the Contact Us form or call your local Customer Center.',
    },
    {
      text: "Water service is stopped on the Start or Stop Service page; to move service within Cal Water's area, call the local office.",
      source: 'calwater-help-3',
      quote:
        'To stop your water service, visit the Start or Stop Service page. If you are moving within our service area and would like to transfer your service, please contact your local Cal Water office.',
    },
    {
      text: 'Customers aged 62 or over, or with a disability, can have a door-hanger notice at least 10 days before any shut-off for non-payment.',
      source: 'calwater-help-3',
      quote: 'Cal Water will provide notice via door hanger at least 10 days prior to discontinuance of your service.',
    },
  ],
  sources: [
    { id: 'calwater-help-14', url: helpP14, title: 'Help (page 14)', checked: '2026-11-30', quality: 'first-party' },
    { id: 'calwater-help-3', url: helpP3, title: 'Help (page 3)', checked: '2026-11-30', quality: 'first-party' },
  ],
};
