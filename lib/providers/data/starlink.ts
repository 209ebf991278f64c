import type { ProviderInput } from '../schema';

const cancelDoc = 'https://starlink.com/legal/documents/DOC-1738-79095-85?regionCode=DE';

export const starlink: ProviderInput = {
  id: 'starlink',
  name: 'Starlink',
  aliases: ['SpaceX Starlink'],
  categories: ['cable_internet'],
  domains: ['starlink.com'],
  testUrls: [
    { url: cancelDoc, kind: 'other', origin: 'seen' },
    { url: 'https://www.starlink.com/account/home', kind: 'account', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Starlink can be cancelled without signing in: the help document lists what to send (name, address, email, account number, service line number, termination date), both numbers being on the invoice. Read in the version for Germany.',
      source: 'starlink-cancel',
      quote:
        'You may also cancel the service without logging in to your account. We recommend cancellation through your user account whenever possible as additional processing time will be necessary for this alternative termination method.',
    },
    {
      text: 'After cancelling, the service stays on until the date already paid for.',
      source: 'starlink-cancel',
      quote: 'Your service will remain active up until the date paid for, and will be removed from future billing cycles.',
    },
  ],
  sources: [
    {
      id: 'starlink-cancel',
      url: cancelDoc,
      title: 'Starlink help document on cancelling service (region DE)',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'The version shown for Germany (regionCode=DE), in English; the US version was not among the stored pages.',
    },
  ],
};
