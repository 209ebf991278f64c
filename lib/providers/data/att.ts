import type { ProviderInput } from '../schema';

export const att: ProviderInput = {
  id: 'att',
  name: 'AT&T',
  aliases: ['ATT', 'AT&T Wireless', 'AT&T Internet'],
  categories: ['wireless', 'cable_internet', 'landline'],
  domains: ['att.com', 'att.net'],
  pages: [
    { kind: 'bereavement', path: '/survivorhelp|KM1113355' },
    { kind: 'cancel', path: 'KM1395721' },
    { kind: 'sign_in', path: '^/acctmgmt/login|^/my/#/login|signin' },
    { kind: 'billing', path: '/acctmgmt/billing|/my/#/billing|/billing' },
    { kind: 'transfer', path: 'transfer-billing|change-of-responsibility|transfer-of-billing' },
  ],
  testUrls: [
    { url: 'https://www.att.com/survivorhelp/', kind: 'bereavement' },
    { url: 'https://www.att.com/support/article/wireless/KM1113355/', kind: 'bereavement' },
    { url: 'https://www.att.com/support/article/my-account/KM1395721/', kind: 'cancel' },
    { url: 'https://www.att.com/acctmgmt/login', kind: 'sign_in' },
    { url: 'https://www.att.com/acctmgmt/billing/mybillingcenter', kind: 'billing' },
    { url: 'https://www.att.com/acctmgmt/accountoverview', kind: 'account' },
  ],
  bereavement: {
    url: 'https://www.att.com/survivorhelp/',
    options: ['close', 'transfer'],
    documents: [],
    channels: [{ kind: 'phone', value: '800.331.0500', label: 'Name changes', source: 'att-km1113355' }],
    notes: [
      { text: "No early termination or other cancellation fees are charged on the deceased person's line.", source: 'att-km1113355' },
      { text: 'Devices on an installment plan must be returned.', source: 'att-km1113355' },
    ],
  },
  equipment: {
    kinds: ['phone', 'router'],
    returnMethods: [],
    fees: [],
    notes: [{ text: 'Devices on an installment plan must be returned.', source: 'att-km1113355' }],
  },
  notes: [
    { text: 'On cancellation the remaining device installment balance is due on the next bill.', source: 'att-km1395721' },
    {
      text: 'Transfer of billing responsibility needs: the account active 60+ days, no past-due balance, combined wireless/internet/TV billing separated first, and not prepaid.',
      source: 'att-forums-tobr',
    },
  ],
  guidance: {
    bereavement: [
      { text: 'AT&T charges no early termination or cancellation fee on the line of someone who died.', source: 'att-km1113355' },
      { text: 'For a name change call 800.331.0500.', source: 'att-km1113355' },
    ],
    transfer: [
      {
        text: 'Before a transfer: the account must be active 60+ days with no past-due balance, and combined billing must be separated first.',
        source: 'att-forums-tobr',
      },
    ],
  },
  escalation: { regulators: ['FCC', 'state_PUC'], channels: [] },
  sources: [
    {
      id: 'att-km1113355',
      url: 'https://www.att.com/support/article/wireless/KM1113355/',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Same text at att.com/survivorhelp.',
    },
    {
      id: 'att-km1395721',
      url: 'https://www.att.com/support/article/my-account/KM1395721/',
      checked: '2026-11-22',
      quality: 'first-party',
    },
    {
      id: 'att-forums-tobr',
      url: 'https://forums.att.com/',
      checked: '2026-11-22',
      quality: 'second-hand',
      note: 'AT&T community forums FAQ on transfer of billing responsibility.',
    },
  ],
};
