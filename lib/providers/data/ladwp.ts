import type { ProviderInput } from '../schema';

const billOfRights = 'https://www.ladwpnews.com/ladwp-customers-to-continue-receiving-service-incentives-and-guarantees/';
const citywatch = 'https://mail.citywatchla.com/los-angeles/16784-is-the-dwp-a-utility-or-a-collection-agency';

export const ladwp: ProviderInput = {
  id: 'ladwp',
  name: 'Los Angeles Department of Water and Power',
  aliases: ['LADWP', 'DWP', 'LA DWP'],
  categories: ['electric', 'water'],
  domains: ['ladwp.com', 'ladwpnews.com'],
  identity: { states: ['CA'] },
  testUrls: [
    { url: billOfRights, kind: 'other', origin: 'seen' },
    { url: 'https://www.ladwp.com/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: {
    status: 'second-hand only',
    searched: '2026-11-30',
    notes: [
      {
        text: "Second-hand (a family member's 2018 column): two years after paying what LADWP gave as the final bill of a relative who had died, LADWP moved a further closing balance of that account onto the writer's own account.",
        source: 'citywatch-2018',
        quote:
          'The closing bill in the amount of $398.19 for the account xxxxxxxxxx for services ending 09/23/2016 has been transferred to your current account.',
      },
    ],
  },
  notes: [
    {
      text: 'Under its Customer Bill of Rights (2019), LADWP waives the connection fee if a request to open a new residential account is not processed within one business day.',
      source: 'ladwp-bill-of-rights',
      quote:
        'If a request to open a new residential account is not processed within one business day, LADWP will waive the connection fee.',
    },
  ],
  sources: [
    {
      id: 'ladwp-bill-of-rights',
      url: billOfRights,
      title: 'LADWP Customers to Continue Receiving Service Incentives and Guarantees',
      published: '2019-03-25',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'citywatch-2018',
      url: citywatch,
      title: 'Is the DWP a Utility or a Collection Agency? (CityWatch LA)',
      published: '2018',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "One family's account in an opinion column; the quote is LADWP's letter as the writer reproduces it.",
    },
  ],
};
