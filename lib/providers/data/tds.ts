import type { ProviderInput } from '../schema';

const disclaimers = 'https://tdstelecom.com/support/welcome/account-setup/disclaimers.html';
const seasonal = 'https://tdstelecom.com/support/account/account-changes-seasonal-hold.html';

export const tds: ProviderInput = {
  id: 'tds',
  name: 'TDS Telecom',
  aliases: ['TDS', 'TDS Fiber', 'TDS TV'],
  categories: ['cable_internet', 'landline'],
  domains: ['tdstelecom.com'],
  // Help articles ("account-setup", "account-changes") are not the account itself.
  pages: [{ kind: 'other', path: '^/support/' }],
  testUrls: [
    { url: disclaimers, kind: 'other', origin: 'seen' },
    { url: seasonal, kind: 'other', origin: 'seen' },
    { url: 'https://tdstelecom.com/support/account/customer-information-disconnection.html', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Monthly services are charged for the whole month in which they are stopped (no part-month refund); leased TV and internet equipment is pro-rated.',
      source: 'tds-disclaimers',
      quote:
        'You shall be responsible for the full monthly charges (without pro-ration) for those Services that are offered on a monthly subscription basis to which You are subscribed, regardless of Your termination',
    },
    {
      text: 'A seasonal hold can pause the services instead of stopping them, where offered; all TDS services go on hold together.',
      source: 'tds-seasonal',
      quote:
        'Seasonal Holds are not available in every location please contact us to verify availability and charges. All TDS services (Data/Voice/Video) must be put on hold together.',
    },
  ],
  sources: [
    {
      id: 'tds-disclaimers',
      url: disclaimers,
      title: 'Disclaimers (TDS support)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'tds-seasonal',
      url: seasonal,
      title: 'Account changes: seasonal hold (TDS support)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
