import type { ProviderInput } from '../schema';

const contactUs = 'https://www.audible.ca/contactus';

export const audible: ProviderInput = {
  id: 'audible',
  name: 'Audible',
  aliases: ['Audible Plus', 'Audible Premium Plus'],
  categories: ['streaming'],
  domains: ['audible.com', 'audible.ca'],
  testUrls: [
    { url: contactUs, kind: 'other', origin: 'seen' },
    { url: 'https://www.audible.com/account/overview', kind: 'account', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Unused credits are lost when the membership is cancelled: spend them on audiobooks first (the books already bought stay).',
      source: 'audible-contact',
      quote:
        'When you cancel your membership, your credits will be lost (regardless of expiration date) along with your other membership benefits.',
    },
    {
      text: 'The membership is cancelled on the desktop website (Account Details, Cancel membership), not in the app.',
      source: 'audible-contact',
      quote:
        'You can cancel your membership online directly from our desktop site. Memberships cannot be cancelled from the mobile site or through the Audible app.',
    },
  ],
  sources: [
    {
      id: 'audible-contact',
      url: contactUs,
      title: 'Contact us (Audible.ca)',
      checked: '2026-11-30',
      quality: 'first-party',
      note: "Audible's Canadian site; the US site's help pages were not among the stored pages.",
    },
  ],
};
