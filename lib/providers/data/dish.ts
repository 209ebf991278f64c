import type { ProviderInput } from '../schema';

const howToCancel =
  'You may cancel your Services for any or no reason at any time (including, without limitation, during any term commitment to which you have agreed) by giving us notice of cancellation via the telephone number, Customer Service E-mail Address or General Customer Service Mailing Address set forth in Section 1.';
const effective =
  'Any cancellation will be effective no sooner than the date that DISH actually receives notice that has been provided in accordance with this Agreement.';
const contactBlock =
  'Phone: 1 (800) 333-DISH (3474) Email: care@dish.com Mail: DISH NETWORK CUSTOMER SERVICE CENTER P.O. BOX 9033 LITTLETON, CO 80160';

export const dish: ProviderInput = {
  id: 'dish',
  name: 'DISH',
  aliases: ['DISH Network', 'Dish TV'],
  categories: ['satellite_tv'],
  domains: ['dish.com', 'dishnetwork.com', 'mydish.com'],
  pages: [
    { kind: 'sign_in', path: '^/(my-?)?account/?login|^/sign-?in|^/login' },
    { kind: 'billing', path: '/bill|/payments?' },
    { kind: 'equipment_return', path: 'return|equipment-return' },
  ],
  testUrls: [
    { url: 'https://www.dish.com/login/', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://my.dish.com/bill', kind: 'billing', origin: 'constructed' },
    { url: 'https://my.dish.com/', kind: 'account', origin: 'constructed' },
    { url: 'https://www.dish.com/support/equipment-return/', kind: 'equipment_return', origin: 'constructed' },
    { url: 'https://www.dish.com/support/cancel-service/', kind: 'cancel', origin: 'constructed' },
    { url: 'https://www.dishnetwork.com/', kind: 'other', origin: 'constructed' },
    { url: 'https://www.mydish.com/login', kind: 'sign_in', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1 (800) 333-DISH (3474)',
      label: 'Customer service, as printed in the Residential Customer Agreement of a receiver manual',
      source: 'dish-agreement-contacts',
      quote: contactBlock,
    },
    {
      kind: 'mail',
      value: 'DISH Network Customer Service Center, P.O. Box 9033, Littleton, CO 80160',
      label: 'Customer service mailing address, as printed in the same agreement',
      source: 'dish-agreement-contacts',
      quote: contactBlock,
    },
  ],
  equipment: {
    notes: [
      {
        text: 'Cancelling does not end the obligation to return leased equipment.',
        source: 'dish-agreement',
        quote: 'you will continue to have obligations with respect to the return of Equipment',
      },
      {
        text: 'Second-hand copy of a DISH agreement: leased equipment must be returned within 30 days of cancellation or disconnection.',
        source: 'lawinsider-dish',
        quote:
          'You must return all Leased Equipment in good operating condition, normal wear and tear excepted, within thirty (30) days following cancellation or disconnection of your Services',
      },
    ],
  },
  notes: [
    {
      text: 'Service may be cancelled at any time by phone, by the customer service email address, or by mail to the address in section 1 of the Residential Customer Agreement.',
      source: 'dish-agreement',
      quote: howToCancel,
    },
    {
      text: 'A cancellation takes effect no sooner than the day DISH actually receives the notice.',
      source: 'dish-agreement',
      quote: effective,
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'Cancellation only counts from the day DISH receives it: give notice as early as you can and keep proof of the date (call reference, email, or mail tracking).',
        source: 'dish-agreement',
        quote: effective,
      },
    ],
  },
  sources: [
    {
      id: 'dish-agreement',
      url: 'https://manualshive.com/en/manual/dish-network/4k-joey/2509084?page=25',
      title: 'Residential Customer Agreement, section 6, in a 4K Joey manual',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "DISH's agreement as printed in a receiver manual hosted by a third party.",
    },
    {
      id: 'dish-agreement-contacts',
      url: 'https://www.easymanua.ls/dish-network/joey/manual?p=41',
      title: 'Residential Customer Agreement, section 1, in a Joey manual',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'A third-party copy of an older manual; the numbers may have changed.',
    },
    {
      id: 'lawinsider-dish',
      url: 'https://www.lawinsider.com/clause/return-of-leased-equipment/_1',
      title: 'Return of Leased Equipment (clause examples)',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'An undated clause from a DISH agreement quoted on a contract-clause site.',
    },
  ],
};
