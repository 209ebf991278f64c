import type { ProviderInput } from '../schema';

const thirdParty = 'https://www.nvenergy.com/home/assistance/thirdparty.cfm';
const guide = 'https://vdocuments.site/nv-energy-customer-information-guide.html';

export const nvEnergy: ProviderInput = {
  id: 'nv-energy',
  name: 'NV Energy',
  aliases: ['Nevada Power', 'Sierra Pacific Power'],
  categories: ['electric', 'gas'],
  domains: ['nvenergy.com'],
  identity: { states: ['NV'] },
  testUrls: [{ url: thirdParty, kind: 'other', origin: 'seen' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '(702) 402-5555',
      label: 'Southern Nevada (customer guide)',
      source: 'nve-guide',
      quote: 'call us anytime (excluding holidays) in southern Nevada at (702) 402-5555 and in northern Nevada at (775) 834-4444',
    },
    {
      kind: 'phone',
      value: '(775) 834-4444',
      label: 'Northern Nevada (customer guide)',
      source: 'nve-guide',
      quote: 'call us anytime (excluding holidays) in southern Nevada at (702) 402-5555 and in northern Nevada at (775) 834-4444',
    },
  ],
  notes: [
    {
      text: 'Under the Third Party Protection Plan, a copy of any termination notice goes to a person the customer names (a relative or friend), who is not made responsible for the bill.',
      source: 'nve-third-party',
      quote:
        'Mailing the termination of service notice to a third party in no way obligates the third party to pay the bill or be responsible in any way for payment.',
    },
  ],
  sources: [
    { id: 'nve-third-party', url: thirdParty, title: 'Third Party Protection Plan', checked: '2026-11-30', quality: 'first-party' },
    {
      id: 'nve-guide',
      url: guide,
      title: 'Welcome to NV Energy: Customer Information Guide',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "NV Energy's own guide, read in a copy on vdocuments.site.",
    },
  ],
};
