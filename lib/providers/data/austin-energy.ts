import type { ProviderInput } from '../schema';

const manage = 'https://coautilities.com/wps/wcm/connect/occ/coa/util/support/utility-service/manage-account';
const shutdown = 'https://austinenergy.com/ae/about/news/press-releases/2019/customers-affected-by-federal-government-shutdown';

export const austinEnergy: ProviderInput = {
  id: 'austin-energy',
  name: 'Austin Energy (City of Austin Utilities)',
  aliases: ['Austin Energy', 'City of Austin Utilities', 'Austin Water'],
  categories: ['electric', 'water'],
  domains: ['austinenergy.com', 'coautilities.com'],
  identity: { states: ['TX'] },
  testUrls: [
    { url: manage, kind: 'account', origin: 'seen' },
    { url: shutdown, kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '512-494-9400',
      label: 'Customer Care',
      source: 'coa-manage-account',
      quote: 'To add an authorized user, account holders can call Customer Care at 512-494-9400.',
    },
    { kind: 'tty', value: '512-477-3663', label: 'TDD', source: 'ae-shutdown-2019', quote: 'TDD: 512-477-3663' },
  ],
  notes: [
    {
      text: 'An authorized user (often a spouse or partner) added by the account holder can start or stop service and make payments, and is financially responsible for the bills while they benefit from the service.',
      source: 'coa-manage-account',
      quote:
        'They can request to start or stop service and can make payments. Authorized users also are financially responsible for utility bills while they benefit from services.',
    },
    {
      text: 'Austin Energy handles the City of Austin utility bill, water included.',
      source: 'ae-shutdown-2019',
      quote: 'Austin Energy manages the City of Austin utility billing for water, electric, and other services.',
    },
  ],
  sources: [
    {
      id: 'coa-manage-account',
      url: manage,
      title: 'Manage Your Account (City of Austin Utilities)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'ae-shutdown-2019',
      url: shutdown,
      title: 'City of Austin Utilities prepared to assist customers affected by federal government shutdown',
      published: '2019-01-18',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
