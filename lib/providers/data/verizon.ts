import type { ProviderInput } from '../schema';

export const verizon: ProviderInput = {
  id: 'verizon',
  name: 'Verizon',
  aliases: ['Verizon Wireless', 'Verizon Fios', 'Fios', 'VZW'],
  categories: ['wireless', 'cable_internet', 'landline'],
  domains: ['verizon.com', 'verizonwireless.com'],
  pages: [
    { kind: 'cancel', path: '/support/disconnect-cancel-mobile' },
    { kind: 'transfer', path: 'transfer-of-service|assumption-of-liability|transfer-service|change-account-owner' },
    { kind: 'sign_in', path: '^/signin|^/digital/nsa/secure/ui/login|/myverizon/signin' },
    { kind: 'billing', path: '^/digital/nsa/secure/ui/bill|/mybill|/bill/' },
    { kind: 'account', path: '^/digital/nsa/secure/ui/acct|^/my-verizon' },
  ],
  testUrls: [
    { url: 'https://www.verizon.com/support/disconnect-cancel-mobile/', kind: 'cancel' },
    { url: 'https://secure.verizon.com/signin', kind: 'sign_in' },
    { url: 'https://www.verizon.com/digital/nsa/secure/ui/bill/viewbill', kind: 'billing' },
    { url: 'https://www.verizon.com/digital/nsa/secure/ui/acct/overview', kind: 'account' },
    { url: 'https://www.verizon.com/support/transfer-of-service-faqs/', kind: 'transfer' },
  ],
  bereavement: {
    options: ['close', 'transfer'],
    documents: [],
    channels: [
      {
        kind: 'phone',
        value: '1.800.Verizon',
        label: 'Fios: change of account ownership after a death (have the account ID)',
        source: 'fios-ownership-copy',
      },
    ],
    notes: [
      {
        text: 'Second-hand: if the account owner died, anyone who knows the last 4 digits of their SSN can ask to disconnect the wireless account; no death certificate is needed.',
        source: 'digitaldeathguide',
      },
      { text: 'Second-hand: Verizon waives the early termination fee on a disconnect because of death.', source: 'digitaldeathguide' },
      {
        text: "Second-hand copy of Verizon's Fios text: Fios ownership can change because of the death of the account holder by calling 1.800.Verizon with the account ID.",
        source: 'fios-ownership-copy',
      },
      {
        text: "Second-hand copy of Verizon's Fios text: after a Fios ownership change the new holder takes on any remaining term agreement, and content in the free Verizon Cloud storage is lost.",
        source: 'fios-ownership-copy',
      },
    ],
  },
  equipment: {
    kinds: ['phone', 'router', 'tv_box'],
    returnMethods: [],
    fees: [],
    notes: [
      { text: 'Any outstanding device balance goes on the final bill, unless it was already paid separately.', source: 'vz-disconnect' },
    ],
  },
  notes: [
    {
      text: "Only the Account Owner or an Account Manager can disconnect lines or close the account online or by chat; by phone Verizon asks for the Account Owner's name, the phone number and the Account PIN or the last 4 digits of the Account Owner's SSN.",
      source: 'vz-disconnect',
    },
    { text: 'In My Verizon, choose Chat and type "Cancel" to disconnect a line or reach a live agent.', source: 'vz-disconnect' },
    {
      text: 'If every number is moved to another carrier, the Verizon account closes by itself after the last line moves; keep it open until then and until the final bill is issued.',
      source: 'vz-disconnect',
    },
    {
      text: "In 2011 families reported a dead man's account kept open for months while the PIN was demanded, and another family's bill sent to collections: keep a dated record of every call.",
      source: 'pcworld-2011',
    },
  ],
  guidance: {
    cancel: [
      {
        text: "By phone Verizon asks for the Account Owner's name, the number, and the Account PIN or last 4 digits of their SSN. Say the owner has died and ask that the early termination fee be waived.",
        source: 'vz-disconnect',
      },
      { text: 'Any device balance will be on the final bill.', source: 'vz-disconnect' },
    ],
    transfer: [
      {
        text: "For Fios, a change of ownership because of a death is done by calling 1.800.Verizon with the account ID (second-hand copy of Verizon's text).",
        source: 'fios-ownership-copy',
      },
    ],
  },
  escalation: { regulators: ['FCC', 'state_PUC'], channels: [] },
  sources: [
    {
      id: 'vz-disconnect',
      url: 'https://www.verizon.com/support/disconnect-cancel-mobile/',
      checked: '2026-11-22',
      quality: 'first-party',
    },
    {
      id: 'digitaldeathguide',
      url: 'https://digitaldeathguide.com/planning-your-digital-legacy-part-ii/',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: 'Author contacted the carriers; undated.',
    },
    {
      id: 'fios-ownership-copy',
      url: 'https://www.hcez66.com/changing-account-information.html',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: "A Fios sales agent's page copying Verizon's account-change text; the stored copy was at the http:// address.",
    },
    {
      id: 'pcworld-2011',
      url: 'https://www.pcworld.com/article/229028/Verizon_Bill_Follows_Customer_to_the_Grave.html',
      checked: '2026-11-22',
      quality: 'second-hand',
    },
  ],
};
