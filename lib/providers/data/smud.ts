import type { ProviderInput } from '../schema';

const observer = 'https://sacobserver.com/2020/04/smud-extends-non-payment-deadline/';

export const smud: ProviderInput = {
  id: 'smud',
  name: 'SMUD',
  aliases: ['Sacramento Municipal Utility District'],
  categories: ['electric'],
  domains: ['smud.org'],
  identity: { states: ['CA'] },
  testUrls: [{ url: 'https://www.smud.org/', kind: 'other', origin: 'constructed' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-888-742-7683',
      label: 'Residential customers (as given in a 2020 news story)',
      source: 'smud-observer-2020',
      quote: 'call: Residential-1-888-742-7683; Business-1-877-622-7683',
    },
  ],
  sources: [
    {
      id: 'smud-observer-2020',
      url: observer,
      title: 'SMUD extends non-payment deadline (Sacramento Observer)',
      published: '2020-04',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'Stored at the http:// address.',
    },
  ],
};
