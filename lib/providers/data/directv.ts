import type { ProviderInput } from '../schema';

const fees975 =
  'If you do not return equipment, DIRECTV may charge a fee of up to $45 per standard receiver, HD receiver, Genie Mini, Wireless Genie Mini and Wireless Video Bridge, or $135 per DVR, HD DVR, and Whole-Home DVR, also known as Genie HD DVR.';
const window21 =
  'We charge this fee if we don’t get your equipment within 21 days of your return or disconnect date. If you return it after 21 days, we’ll credit your account within 2 months of receiving the equipment.';
const whatToReturn = 'Leased receivers, remote controls, and power cords';
const kit = 'attach the prepaid shipping label to the return kit, and give the kit to your mail carrier or drop it off at a post office.';
const fedex =
  "bring your unboxed equipment and account number to any FedEx Office Print and Ship Center location. You'll get a receipt that confirms your return.";

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
    { url: 'https://www.directv.com/support/article/000093574', kind: 'equipment_return', origin: 'seen' },
    { url: 'https://www.directv.com/support/article/000072003', kind: 'equipment_return', origin: 'seen' },
    { url: 'https://support.directv.com/account-management/975', kind: 'equipment_return', origin: 'seen' },
    { url: 'https://www.directv.com/legal/directv-residential-customer-agreement-fee-schedule/', kind: 'other', origin: 'seen' },
    { url: 'https://www.directv.com/signin/', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.directv.com/myaccount/bill', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.directv.com/myaccount/cancel-service', kind: 'cancel', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '800.531.5000',
      label: 'Questions about a bill (fee schedule, 2022)',
      source: 'dtv-fee-schedule',
      quote: 'If you have questions about your bill, please call 800.531.5000.',
    },
  ],
  equipment: {
    kinds: [
      { kind: 'satellite_receiver', source: 'dtv-return', quote: whatToReturn },
      { kind: 'remote', source: 'dtv-return', quote: whatToReturn },
      { kind: 'dvr', source: 'dtv-975', quote: fees975 },
    ],
    returnMethods: [
      { method: 'shipping_kit', source: 'dtv-return', quote: kit },
      { method: 'shipping_store', source: 'dtv-return', quote: fedex },
    ],
    returnWindowDays: { days: 21, source: 'dtv-fees', quote: window21 },
    fees: [
      {
        device: 'satellite_receiver',
        upToUsd: 45,
        note: 'Per standard or HD receiver, Genie Mini, Wireless Genie Mini or Wireless Video Bridge not returned.',
        source: 'dtv-975',
        quote: fees975,
      },
      {
        device: 'dvr',
        upToUsd: 135,
        note: 'Per DVR, HD DVR or Whole-Home (Genie HD) DVR not returned.',
        source: 'dtv-975',
        quote: fees975,
      },
    ],
    notes: [
      {
        text: 'Leased receivers, remote controls and power cords must be returned; owned receivers, dishes and mounts can be kept.',
        source: 'dtv-return',
        quote: 'Owned receivers, satellite dishes and accessories like mount and pole.',
      },
      {
        text: 'With a return kit, attach the prepaid label and give it to the mail carrier or a post office.',
        source: 'dtv-return',
        quote: kit,
      },
      {
        text: 'Without a kit, bring the unboxed equipment and the account number to a FedEx Office location and get a receipt.',
        source: 'dtv-return',
        quote: fedex,
      },
      {
        text: 'The non-return fee is charged if DIRECTV does not get the equipment within 21 days of the return or disconnect date; a later return is credited within 2 months of receipt.',
        source: 'dtv-fees',
        quote: window21,
      },
      {
        text: 'Keep the return receipt or tracking number; a store can give you a copy of a lost reference number.',
        source: 'dtv-fees',
        quote:
          'Keep your return receipt or tracking number. If you already dropped off the equipment at a company-owned FedEx Office® Pack and Ship or The UPS Store® and don’t have a reference number, just go back and ask for a copy of it.',
      },
    ],
  },
  guidance: {
    equipment_return: [
      {
        text: 'Return leased receivers, remotes and power cords within 21 days of the disconnect date.',
        source: 'dtv-fees',
        quote: window21,
      },
      { text: 'Otherwise a fee of up to $45 per receiver and $135 per DVR/Genie may be charged.', source: 'dtv-975', quote: fees975 },
      {
        text: 'No box? Take the equipment unboxed with the account number to FedEx Office and keep the receipt.',
        source: 'dtv-return',
        quote: fedex,
      },
    ],
  },
  sources: [
    {
      id: 'dtv-return',
      url: 'https://www.directv.com/support/article/000093574',
      title: 'Shipping your return equipment',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'dtv-fees',
      url: 'https://www.directv.com/support/article/000072003',
      title: 'Get info about equipment and return fees',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'dtv-975',
      url: 'https://support.directv.com/account-management/975',
      title: 'Do I have to return my equipment if I disconnect it?',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'dtv-fee-schedule',
      url: 'https://www.directv.com/legal/directv-residential-customer-agreement-fee-schedule/',
      title: 'DIRECTV Residential Customer Agreement - Fee Schedule',
      published: '2022-01-23',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
