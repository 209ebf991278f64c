import type { ProviderInput } from '../schema';

const kb = 'https://safelink-internal-knowledge-base.helpscoutdocs.com/article/939-cancel-enrollments';

export const safelink: ProviderInput = {
  id: 'safelink',
  name: 'SafeLink Wireless',
  aliases: ['SafeLink', 'Safelink Lifeline'],
  categories: ['wireless'],
  domains: ['safelinkwireless.com'],
  testUrls: [{ url: 'https://www.safelinkwireless.com/', kind: 'other', origin: 'constructed' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Second-hand (a published internal help article): before cancelling an enrolment, the agent asks whether the caller is the account holder and checks identity; have the account holder’s name, date of birth and Social Security number ready.',
      source: 'safelink-kb',
      quote:
        "Before cancelling an account, agents have to ask if the caller is the account holder and verify Risk factors accordingly: - If the caller is the account holder, the agent will have to verify the customer's first and last name, DOB and SSN mandatorily.",
    },
  ],
  sources: [
    {
      id: 'safelink-kb',
      url: kb,
      title: 'Cancel Enrollments (SafeLink internal knowledge base, on helpscoutdocs.com)',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'An agents’ knowledge base published on a help-desk service; not a page for customers. The passage read breaks off where it turns to callers who are not the account holder.',
    },
  ],
};
