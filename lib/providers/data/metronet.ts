import type { ProviderInput } from '../schema';

const refund = 'https://www.mymetronet.net/oam/refund_policy.aspx';

export const metronet: ProviderInput = {
  id: 'metronet',
  name: 'Metronet',
  aliases: ['MetroNet'],
  categories: ['cable_internet', 'landline'],
  domains: ['metronet.com', 'mymetronet.net'],
  testUrls: [
    { url: refund, kind: 'other', origin: 'seen' },
    { url: 'https://www.metronet.com/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-877-407-3224',
      label: 'Customer service (given for refund requests)',
      source: 'metronet-refund',
      quote: 'All requests for a refund must be made to our customer service department at 1-877-407-3224',
    },
  ],
  notes: [
    {
      text: 'Service paid in advance can be refunded after the final invoice: the account must be current, all equipment returned in working order, and the request made within 60 days of receiving the final invoice.',
      source: 'metronet-refund',
      quote:
        'All equipment provided to you by us must be returned to us in proper working condition. 3. All requests for a refund must be made within sixty (60) days of the date you receive a final invoice from us.',
    },
  ],
  sources: [
    {
      id: 'metronet-refund',
      url: refund,
      title: 'Refund policy (MetroNet)',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Undated page on MetroNet’s account site.',
    },
  ],
};
