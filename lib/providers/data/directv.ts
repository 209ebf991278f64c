import type { ProviderInput } from '../schema';

export const directv: ProviderInput = {
  id: 'directv',
  name: 'DIRECTV',
  aliases: ['DirecTV', 'DIRECTV STREAM', 'DTV'],
  categories: ['satellite_tv'],
  domains: ['directv.com'],
  pages: [
    {
      kind: 'equipment_return',
      path: '/support/article/000093574|/support/article/000072003|account-management/975|return-equipment|equipment-return',
    },
    { kind: 'sign_in', path: '^/sign-?in|^/login' },
    { kind: 'billing', path: '^/my-?account/bill|/billing' },
    { kind: 'cancel', path: 'cancel' },
  ],
  testUrls: [
    { url: 'https://www.directv.com/support/article/000093574', kind: 'equipment_return' },
    { url: 'https://www.directv.com/support/article/000072003', kind: 'equipment_return' },
    { url: 'https://support.directv.com/account-management/975', kind: 'equipment_return' },
    { url: 'https://www.directv.com/signin/', kind: 'sign_in' },
    { url: 'https://www.directv.com/myaccount/bill', kind: 'billing' },
    { url: 'https://www.directv.com/myaccount/cancel-service', kind: 'cancel' },
  ],
  bereavement: { options: [], documents: [], channels: [], notes: [] },
  equipment: {
    kinds: ['satellite_receiver', 'dvr', 'remote'],
    returnMethods: ['shipping_kit', 'shipping_store'],
    returnWindowDays: { days: 21, source: 'dtv-fees' },
    fees: [
      { device: 'satellite_receiver', upToUsd: 45, note: 'Per standard/HD receiver or Genie Mini not returned.', source: 'dtv-975' },
      { device: 'dvr', upToUsd: 135, note: 'Per DVR or Genie not returned.', source: 'dtv-975' },
    ],
    notes: [
      {
        text: 'Leased receivers, remote controls and power cords must be returned; owned receivers, dishes and mounts can be kept.',
        source: 'dtv-return',
      },
      {
        text: 'With a return kit, attach the prepaid label and give it to the mail carrier or a post office. Without one, bring the unboxed equipment and the account number to a FedEx Office location and get a receipt.',
        source: 'dtv-return',
      },
      {
        text: 'The non-return fee is charged if DIRECTV does not get the equipment within 21 days of the return or disconnect date; a later return is credited within 2 months of receipt.',
        source: 'dtv-fees',
      },
      {
        text: 'Keep the drop-off reference number or the box tracking number; a store can reprint a lost reference number.',
        source: 'dtv-fees',
      },
    ],
  },
  notes: [],
  guidance: {
    equipment_return: [
      {
        text: 'Return leased receivers, remotes and power cords within 21 days of the disconnect date, or a non-return fee (up to $45 per receiver, $135 per DVR/Genie) is charged.',
        source: 'dtv-fees',
      },
      { text: 'No box? Take the equipment unboxed with the account number to FedEx Office and keep the receipt.', source: 'dtv-return' },
    ],
  },
  escalation: { regulators: ['FCC'], channels: [] },
  sources: [
    { id: 'dtv-return', url: 'https://www.directv.com/support/article/000093574', checked: '2026-11-22', quality: 'first-party' },
    { id: 'dtv-fees', url: 'https://www.directv.com/support/article/000072003', checked: '2026-11-22', quality: 'first-party' },
    {
      id: 'dtv-975',
      url: 'https://support.directv.com/account-management/975',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Fee amounts as recorded in the project research file.',
    },
  ],
};
