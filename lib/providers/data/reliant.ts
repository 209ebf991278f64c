import type { ProviderInput } from '../schema';

const accountFaq = 'https://www.reliant.com/en/residential/customer-care/information-center/faqs/account-management.jsp';
const financialHelp = 'https://www.reliant.com/en/about/inside-reliant/community/financial-help.jsp';

export const reliant: ProviderInput = {
  id: 'reliant',
  name: 'Reliant Energy',
  aliases: ['Reliant'],
  categories: ['electric'],
  domains: ['reliant.com'],
  identity: { states: ['TX'] },
  testUrls: [
    { url: accountFaq, kind: 'account', origin: 'seen' },
    { url: financialHelp, kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-866-222-7100',
      label: 'Customer service (from a site-maintenance notice)',
      source: 'reliant-financial-help',
      quote: 'Please call 1-866-222-7100 for assistance.',
    },
    {
      kind: 'phone',
      value: '1-866-RELIANT',
      label: 'To change the name on the account',
      source: 'reliant-account-faq',
      quote: 'To change the name associated with your account, you must call 1-866-RELIANT.',
    },
  ],
  notes: [
    {
      text: 'The name on the account can only be changed by phone (1-866-RELIANT), not online.',
      source: 'reliant-account-faq',
      quote: 'To change the name associated with your account, you must call 1-866-RELIANT. You cannot make this change',
    },
  ],
  sources: [
    { id: 'reliant-account-faq', url: accountFaq, title: 'Account Management FAQs', checked: '2026-11-30', quality: 'first-party' },
    { id: 'reliant-financial-help', url: financialHelp, title: 'Financial Help', checked: '2026-11-30', quality: 'first-party' },
  ],
};
