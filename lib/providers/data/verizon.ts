import type { ProviderInput } from '../schema';

const disconnect = 'https://www.verizon.com/support/disconnect-cancel-mobile/';
const whatWeNeed = "We'll need the Account Owner's name, phone number and Account PIN or last 4 digits of the Account Owner's SSN.";
const fiosDeath =
  'If you need to change Fios Account Ownership because of the death of the account holder and can provide the account ID, you can do so by calling 1.800.Verizon.';
const deviceBalance =
  "Note: Your final bill will include any applicable outstanding device balance, if it hasn't already been paid separately.";

export const verizon: ProviderInput = {
  id: 'verizon',
  name: 'Verizon',
  aliases: ['Verizon Wireless', 'Verizon Fios', 'Fios', 'VZW'],
  categories: ['wireless', 'cable_internet', 'landline'],
  domains: ['verizon.com', 'verizonwireless.com', 'vzw.com', 'verizon.net'],
  pages: [
    { kind: 'cancel', path: '/support/disconnect-cancel-mobile' },
    { kind: 'transfer', path: 'transfer-your-service|assumption-of-liability|change-account-owner' },
    { kind: 'sign_in', path: '^/signin|^/digital/nsa/secure/ui/login|/myverizon/signin' },
    { kind: 'billing', path: '^/digital/nsa/secure/ui/bill|/mybill|/bill/' },
    { kind: 'account', path: '^/digital/nsa/secure/ui/acct|^/my-verizon' },
  ],
  testUrls: [
    { url: disconnect, kind: 'cancel', origin: 'seen' },
    { url: 'https://www.verizon.com/support/transfer-your-service-faqs/', kind: 'transfer', origin: 'seen' },
    { url: 'https://www.verizonwireless.com/support/transfer-your-service-faqs/', kind: 'transfer', origin: 'seen' },
    { url: 'https://www.verizon.com/support/transfer-your-service/', kind: 'transfer', origin: 'seen' },
    { url: 'https://secure.verizon.com/signin', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.verizon.com/digital/nsa/secure/ui/bill/viewbill', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.verizon.com/digital/nsa/secure/ui/acct/overview', kind: 'account', origin: 'constructed' },
    { url: 'https://www.vzw.com/', kind: 'other', origin: 'constructed' },
    { url: 'https://mail.verizon.net/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: {
    status: 'second-hand only',
    searched: '2026-11-30',
    channels: [
      {
        kind: 'phone',
        value: '1.800.Verizon',
        label:
          'Fios: change of account ownership after a death (have the account ID); from a copy of Verizon’s text on a sales agent’s site',
        source: 'fios-ownership-copy',
        quote: fiosDeath,
      },
    ],
    notes: [
      {
        text: 'Second-hand: if the account owner died, anyone who knows the last 4 digits of their SSN can ask to disconnect the wireless account; no death certificate is needed.',
        source: 'digitaldeathguide',
        quote:
          'If the account owner is the one who died, anyone can request this disconnect, as long as they know the last four digits of the deceased’s social security number. No death certificate is required for this process.',
      },
      {
        text: 'Second-hand: Verizon waives the early termination fee on a disconnect because of death.',
        source: 'digitaldeathguide',
        quote: 'Verizon waives the account’s early termination fee',
      },
      {
        text: "Second-hand copy of Verizon's Fios text: Fios ownership can change because of the death of the account holder by calling 1.800.Verizon with the account ID.",
        source: 'fios-ownership-copy',
        quote: fiosDeath,
      },
      {
        text: "Second-hand copy of Verizon's Fios text: whoever takes over Fios services takes on the rest of any term agreement.",
        source: 'fios-ownership-copy',
        quote:
          'If the services that you are assuming are subject to term agreement, you will take the services subject to the remaining portion of the term agreement.',
      },
      {
        text: "Second-hand copy of Verizon's Fios text: content in the free Verizon Cloud storage is lost when the account is transferred.",
        source: 'fios-ownership-copy',
        quote: 'If you currently use the FREE Verizon Cloud 5GB storage feature, all content will be lost once the account is transferred.',
      },
    ],
  },
  equipment: {
    notes: [
      {
        text: 'Any outstanding device balance goes on the final bill, unless it was already paid separately.',
        source: 'vz-disconnect',
        quote: deviceBalance,
      },
    ],
  },
  notes: [
    {
      text: 'Only the Account Owner or an Account Manager can disconnect lines or close the account.',
      source: 'vz-disconnect',
      quote: "Here's how the Account Owner or Account Manager can disconnect one or more lines or close your Verizon service account.",
    },
    {
      text: "By phone Verizon asks for the Account Owner's name, the phone number and the Account PIN or the last 4 digits of the Account Owner's SSN.",
      source: 'vz-disconnect',
      quote: whatWeNeed,
    },
    {
      text: 'In My Verizon, choose Chat and type "Cancel" to disconnect a line or reach a live agent.',
      source: 'vz-disconnect',
      quote: 'Sign into My Verizon. Choose Chat with us . Type "Cancel" into the Ask a question box.',
    },
    {
      text: 'If every number moves to another carrier, keep the Verizon account open until the last line has moved and the final bill is issued.',
      source: 'vz-disconnect',
      quote: 'Your Verizon account must stay open until the last line is moved and your final bill is issued.',
    },
    {
      text: 'Whoever takes over a line and its device payment agreement in a transfer of service must pass a credit check.',
      source: 'vz-transfer-faqs',
      quote:
        'The person taking responsibility for the wireless number and device payment agreement must be eligible and will need to pass a credit check.',
    },
    {
      text: "PCWorld (2011): Verizon kept a dead man's account open for eight months and would not close it without his PIN. Keep a dated record of every call.",
      source: 'pcworld-2011',
      quote:
        "Verizon kept Bill Young's account open for eight months after his death, and when his relatives attempted to close the account -- a necessary action before Young's estate as a whole could be settled -- customer service representatives refused to comply without the deceased man's PIN.",
    },
  ],
  guidance: {
    cancel: [
      {
        text: "By phone Verizon asks for the Account Owner's name, the number, and the Account PIN or last 4 digits of their SSN.",
        source: 'vz-disconnect',
        quote: whatWeNeed,
      },
      {
        text: 'Say the owner has died and ask that the early termination fee be waived: a digital-legacy guide reports Verizon waives it after a death.',
        source: 'digitaldeathguide',
        quote: 'Verizon waives the account’s early termination fee',
      },
      { text: 'Any device balance will be on the final bill.', source: 'vz-disconnect', quote: deviceBalance },
    ],
    transfer: [
      {
        text: "For Fios, a change of ownership because of a death is done by calling 1.800.Verizon with the account ID (second-hand copy of Verizon's text).",
        source: 'fios-ownership-copy',
        quote: fiosDeath,
      },
      {
        text: 'A wireless transfer of service needs the balance on the account to be current.',
        source: 'vz-transfer-faqs',
        quote: 'Make sure your balance is current on the account you want to transfer.',
      },
      {
        text: 'The person taking over the number and any device payment agreement must pass a credit check.',
        source: 'vz-transfer-faqs',
        quote:
          'The person taking responsibility for the wireless number and device payment agreement must be eligible and will need to pass a credit check.',
      },
    ],
  },
  sources: [
    {
      id: 'vz-disconnect',
      url: disconnect,
      title: 'How to disconnect a mobile line or close your mobile phone account',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'vz-transfer-faqs',
      url: 'https://www.verizon.com/support/transfer-your-service-faqs/',
      title: 'Transfer your service FAQs',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'digitaldeathguide',
      url: 'https://digitaldeathguide.com/planning-your-digital-legacy-part-ii/',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'The author says they contacted the carriers; undated.',
    },
    {
      id: 'fios-ownership-copy',
      url: 'https://www.hcez66.com/changing-account-information.html',
      title: 'Changing Account Information',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "A Fios sales agent's page copying Verizon's account-change text; stored copy at the http:// address.",
    },
    {
      id: 'pcworld-2011',
      url: 'https://www.pcworld.com/article/229028/Verizon_Bill_Follows_Customer_to_the_Grave.html',
      title: 'Verizon Bill Follows Customer to the Grave',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'Stored copy at the http:// address.',
    },
  ],
};
