import type { ProviderInput } from '../schema';

const covid = 'https://www.appalachianpower.com/community/caring/coronavirus';

export const appalachianPower: ProviderInput = {
  id: 'appalachian-power',
  name: 'Appalachian Power',
  aliases: ['APCo', 'AEP Appalachian Power'],
  categories: ['electric'],
  domains: ['appalachianpower.com'],
  identity: { states: ['TN', 'VA', 'WV'] },
  testUrls: [
    { url: covid, kind: 'other', origin: 'seen' },
    { url: 'https://www.appalachianpower.com/company/about/choice/va/switch', kind: 'other', origin: 'seen' },
    { url: 'https://appalachianpower.com/outages/faq/CommunicatingWithAEP.aspx', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1.800.956.4237',
      label: 'Payment options (from a 2021 pandemic page)',
      source: 'apco-covid',
      quote: 'please contact us to discuss payment options at 1.800.956.4237',
    },
  ],
  sources: [
    {
      id: 'apco-covid',
      url: covid,
      title: 'How We’re Helping During COVID-19',
      captured: '2021',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
