import type { ProviderInput } from '../schema';

const newOccupant = 'https://txu.com/es/help/support/new-occupant-statement';

export const txu: ProviderInput = {
  id: 'txu-energy',
  name: 'TXU Energy',
  aliases: ['TXU'],
  categories: ['electric'],
  domains: ['txu.com'],
  identity: { states: ['TX'] },
  // The New Occupant Statement page is about a hold on an address, not a bill.
  pages: [{ kind: 'other', path: 'new-occupant' }],
  testUrls: [
    { url: newOccupant, kind: 'other', origin: 'seen' },
    { url: 'https://www.txu.com/residential/customer-care/online-forms.aspx', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'A "hold" on an address blocks switching provider until the previous occupant\'s charges are paid; a new occupant not associated with that person is not responsible for them and can send a New Occupant Statement with proof of occupancy.',
      source: 'txu-new-occupant',
      quote:
        'But if you’re a new occupant and not associated with the previous occupant who has outstanding charges, then you’re not responsible for those charges.',
    },
    {
      text: "Someone associated with the occupant who has the hold must contact that address's current electricity provider to have it removed.",
      source: 'txu-new-occupant',
      quote:
        'If you’re associated with the occupant with the Hold, you’ll need to contact the current electricity provider of the address to have the Hold removed.',
    },
  ],
  sources: [
    {
      id: 'txu-new-occupant',
      url: newOccupant,
      title: 'Moving to a new address with a hold?',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'The stored copy is in English although its address is under /es/.',
    },
  ],
};
