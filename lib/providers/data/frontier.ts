import type { ProviderInput } from '../schema';

const gunther =
  'When her mother died and the family canceled the mother’s Frontier Communications phone service, a NY assemblywoman named Aileen Gunther was socked with a $200 fee for early termination.';

export const frontier: ProviderInput = {
  id: 'frontier',
  name: 'Frontier',
  aliases: ['Frontier Communications', 'Frontier Fiber'],
  categories: ['cable_internet', 'landline'],
  domains: ['frontier.com'],
  pages: [
    { kind: 'sign_in', path: '^/login|^/sign-?in|/account/login' },
    { kind: 'billing', path: '/bill|/payment' },
    { kind: 'transfer', path: 'transfer-of-service|change-of-responsibility' },
  ],
  testUrls: [
    { url: 'https://frontier.com/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://frontier.com/account/bill-pay', kind: 'billing', origin: 'constructed' },
    { url: 'https://frontier.com/account/overview', kind: 'account', origin: 'constructed' },
    { url: 'https://frontier.com/helpcenter/categories/account/cancel-service', kind: 'cancel', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-800-921-8101',
      label: 'Residential customers (an old printed directory page)',
      source: 'frontier-directory',
      quote: 'Residential customers . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 1-800-921-8101',
    },
    {
      kind: 'tty',
      value: '1-877-462-6606',
      label: 'Residential Center for Customers with Disabilities, V/TTY (an old printed directory page)',
      source: 'frontier-directory',
      quote: 'Residential Center for Customers with Disabilities. . . . . . . V/TTY 1-877-462-6606',
    },
  ],
  notes: [
    {
      text: "A 2016 account: after a New York assemblywoman's mother died, Frontier charged the family a $200 early termination fee, then called it a mistake. Ask for fees to be waived, and note who agreed.",
      source: 'wandervogel-2016',
      quote: gunther,
    },
  ],
  sources: [
    {
      id: 'frontier-directory',
      url: 'https://www.dexpages.com/guide/NC/Mocksville/White_Pages/2-3.php',
      title: 'Frontier customer guide in a printed phone directory (Mocksville, NC)',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'Old printed directory pages; numbers may be out of date. Stored copy at the http:// address.',
    },
    {
      id: 'wandervogel-2016',
      url: 'https://wandervogeldiary.com/2016/01/21/death-taxes-and-the-phone-bill/',
      title: 'death, taxes—and the phone bill',
      published: '2016-01-21',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'A blog post retelling a New York Post story.',
    },
  ],
};
