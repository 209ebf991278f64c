import type { ProviderInput } from '../schema';

const deposits = 'https://www.ameren.com/missouri/account/start-stop-move/deposit-faqs';
const details = 'https://www.qa.ameren.com/service/start-stop-move/details';

export const ameren: ProviderInput = {
  id: 'ameren',
  name: 'Ameren',
  aliases: ['Ameren Missouri', 'Ameren Illinois'],
  categories: ['electric', 'gas'],
  domains: ['ameren.com'],
  identity: { states: ['IL', 'MO'] },
  pages: [{ kind: 'cancel', path: '/start-stop-move' }],
  testUrls: [
    { url: deposits, kind: 'cancel', origin: 'seen' },
    { url: details, kind: 'cancel', origin: 'seen' },
    { url: 'https://www.ameren.com/account/customer-service/covid-19', kind: 'account', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Ameren Missouri: when an account is closed before its deposit has been held 12 months, the deposit with interest goes to the final bill.',
      source: 'ameren-mo-deposits',
      quote: 'If you close your account before 12 months have passed, the deposit with interest will be applied to your final bill.',
    },
    {
      text: 'Starting service in a new name asks for the primary account holder, their Social Security number, and the name of a spouse or roommate if any.',
      source: 'ameren-start-stop-details',
      quote: 'Name of spouse or roommate (if applicable)',
    },
  ],
  sources: [
    { id: 'ameren-mo-deposits', url: deposits, title: 'Deposit FAQs (Ameren Missouri)', checked: '2026-11-30', quality: 'first-party' },
    {
      id: 'ameren-start-stop-details',
      url: details,
      title: 'Start, stop or move: details',
      checked: '2026-11-30',
      quality: 'first-party',
      note: "Stored from Ameren's test host (qa.ameren.com).",
    },
  ],
};
