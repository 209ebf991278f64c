import type { ProviderInput } from '../schema';

const agreements = 'https://www.cpsenergy.com/en/customer-support/manage-my-account/online-acct-agreements.html';
const closed =
  'https://newsroom.cpsenergy.com/cps-energy-offices-closed-monday-july-5-braunig-and-calaveras-lakes-reopen-to-full-capacity/';

export const cpsEnergy: ProviderInput = {
  id: 'cps-energy',
  name: 'CPS Energy',
  aliases: ['CPS', 'City Public Service San Antonio'],
  categories: ['electric', 'gas'],
  domains: ['cpsenergy.com'],
  identity: { states: ['TX'] },
  testUrls: [
    { url: agreements, kind: 'account', origin: 'seen' },
    { url: closed, kind: 'other', origin: 'seen' },
    { url: 'https://www.cpsenergy.com/en/my-home/customer-assist-programs/disabled-billing-program.html', kind: 'billing', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '(210) 353-2222',
      label: 'Customer Service',
      source: 'cps-online-agreements',
      quote: 'calling CPS Energy Customer Service at (210) 353-2222',
    },
  ],
  notes: [
    {
      text: 'Service can be started, stopped or transferred online in Manage My Account.',
      source: 'cps-closed-2021',
      quote: 'start/stop/transfer service,',
    },
  ],
  sources: [
    { id: 'cps-online-agreements', url: agreements, title: 'Online Account Agreements', checked: '2026-11-30', quality: 'first-party' },
    {
      id: 'cps-closed-2021',
      url: closed,
      title: 'CPS Energy offices closed Monday, July 5',
      published: '2021-07-01',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
