import type { ProviderInput } from '../schema';

const cancelPage = 'https://support.sparklight.com/hc/en-us/articles/32768571343895-How-to-Change-or-Cancel-Your-Service-Online';

export const sparklight: ProviderInput = {
  id: 'sparklight',
  name: 'Sparklight',
  aliases: ['Cable One', 'CableOne', 'Cable ONE'],
  categories: ['cable_internet', 'landline'],
  domains: ['sparklight.com'],
  pages: [{ kind: 'cancel', path: 'Change-or-Cancel-Your-Service' }],
  testUrls: [
    { url: cancelPage, kind: 'cancel', origin: 'seen' },
    { url: 'https://sparklight.com/legal/terms-and-conditions', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-877-692-2253',
      label: 'Customer Service, given for disconnecting (from a copy of the annual notice)',
      source: 'sparklight-annual-notice',
      quote: 'If you are disconnecting your Sparklight services, please call our Customer Service Department at 1-877-692-2253.',
    },
  ],
  equipment: {
    notes: [
      {
        text: 'Leased equipment (cable modem, digital receiver) goes back after cancelling; equipment you own stays.',
        source: 'sparklight-cancel',
        quote:
          'Return Equipment (if applicable) - If you own your equipment, it does not need to be returned. If you are leasing equipment from us, such as a cable modem or digital receiver',
      },
    ],
  },
  notes: [
    {
      text: 'Some services can be cancelled online from the account (Account Settings, Manage My Service); others need a call.',
      source: 'sparklight-cancel',
      quote:
        'Please note that not all services can be canceled online; for certain services, you may need to contact our support team for assistance.',
    },
  ],
  sources: [
    {
      id: 'sparklight-cancel',
      url: cancelPage,
      title: 'How to Change or Cancel Your Service Online (Sparklight support)',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'The passage read breaks off in the equipment sentence.',
    },
    {
      id: 'sparklight-annual-notice',
      url: 'https://docslib.org/doc/12907682/annual-notice-card',
      title: 'Sparklight annual notice card (copy on docslib.org)',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "A third party's copy of Sparklight's annual customer notice; undated.",
    },
  ],
};
