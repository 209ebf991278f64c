import type { ProviderInput } from '../schema';

const specialNeeds = 'https://www.bge.com/MyAccount/CustomerSupport/Pages/SpecialNeedsPrograms.aspx';

export const bge: ProviderInput = {
  id: 'bge',
  name: 'BGE',
  aliases: ['Baltimore Gas and Electric', 'Baltimore Gas & Electric'],
  categories: ['electric', 'gas'],
  domains: ['bge.com'],
  identity: { states: ['MD'] },
  testUrls: [
    { url: specialNeeds, kind: 'account', origin: 'seen' },
    { url: 'https://www.bge.com/myaccount/Pages/Enhancements-to-Our-Customer-Account-System.aspx', kind: 'account', origin: 'seen' },
    { url: 'https://www.bge.com/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'tty',
      value: '1-800-735-2258',
      label: 'TTY/TDD (Maryland Relay Service)',
      source: 'bge-special-needs',
      quote: 'TTY/TDD (Maryland Relay Service): 1- 800-735-2258.',
    },
  ],
  notes: [
    {
      text: 'Someone who is ill, away for a long time or unable to handle their own affairs can name a third party to be told when the account is in danger of being cut off.',
      source: 'bge-special-needs',
      quote:
        'If you are ill, away from home for a long time or unable to handle your own affairs, you may designate a third party to be notified if your account is in danger of denial.',
    },
  ],
  sources: [{ id: 'bge-special-needs', url: specialNeeds, title: 'Special Needs Programs', checked: '2026-11-30', quality: 'first-party' }],
};
