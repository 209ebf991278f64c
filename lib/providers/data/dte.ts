import type { ProviderInput } from '../schema';

const guide = 'https://www.scribd.com/document/45927573/Your-Guide';

export const dte: ProviderInput = {
  id: 'dte-energy',
  name: 'DTE Energy',
  aliases: ['DTE', 'Detroit Edison', 'MichCon'],
  categories: ['electric', 'gas'],
  domains: ['dteenergy.com'],
  identity: { states: ['MI'] },
  testUrls: [
    {
      url: 'https://newlook.dteenergy.com/wps/wcm/connect/dte-web/home/billing-and-payments/common/energy-assistance/shut-off-protection-plan',
      kind: 'billing',
      origin: 'seen',
    },
    { url: 'https://newlook.dteenergy.com/wps/wcm/connect/dte-web/quicklinks/footer/covid19-response', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '800.477.4747',
      label: 'Customer Service (2009 customer guide)',
      source: 'dte-guide-2009',
      quote: 'You can start service online at dteenergy.com or by calling Customer Service at 800.477.4747.',
    },
  ],
  notes: [
    {
      text: 'In the 2009 guide, a new service charge of $5 applied when electric service was requested at a new address or transferred; gas service had no charge.',
      source: 'dte-guide-2009',
      quote: 'a new service charge of $5 is applied to your account. There is no charge for establishing gas service.',
    },
  ],
  sources: [
    {
      id: 'dte-guide-2009',
      url: guide,
      title: 'Your Guide to Working with DTE Energy',
      published: '2009-09',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "DTE's own residential guide (revised September 2009), read in a copy on scribd.com.",
    },
  ],
};
