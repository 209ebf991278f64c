import type { ProviderInput } from '../schema';

const lifeEvents = 'https://www.att.com/support/article/my-account/KM1113355/';
const noFees = "We don't charge early termination fees (or other cancellation fees) for the deceased person’s line of service.";
const installments = 'If the deceased had lines with devices on an installment plan, the devices must be returned to AT&T.';

export const att: ProviderInput = {
  id: 'att',
  name: 'AT&T',
  aliases: ['ATT', 'AT&T Wireless', 'AT&T Internet', 'AT&T Prepaid', 'GoPhone'],
  categories: ['wireless', 'cable_internet', 'landline'],
  domains: ['att.com', 'att.net', 'paygonline.com'],
  pages: [
    { kind: 'bereavement', path: 'KM1113355' },
    // The life-event page at /survivorhelp also serves survivors of domestic abuse: not a bereavement page.
    { kind: 'account', path: '^/survivorhelp' },
    { kind: 'cancel', path: 'KM1395721' },
    { kind: 'transfer', path: 'KM1045352|transfer-billing|change-of-responsibility|transfer-of-billing|FAQ-Transfer-Billing' },
    { kind: 'sign_in', path: '^/acctmgmt/login|^/my/#/login|signin' },
    { kind: 'billing', path: '/acctmgmt/billing|/my/#/billing|/billing' },
  ],
  testUrls: [
    { url: lifeEvents, kind: 'bereavement', origin: 'seen' },
    { url: 'https://www.att.com/support/article/wireless/KM1113355/', kind: 'bereavement', origin: 'seen' },
    { url: 'https://att.com/survivorhelp', kind: 'account', origin: 'seen' },
    { url: 'https://www.att.com/support/article/my-account/KM1395721', kind: 'cancel', origin: 'seen' },
    { url: 'https://www.att.com/support/article/wireless/KM1045352', kind: 'transfer', origin: 'seen' },
    { url: 'https://forums.att.com/page/FAQ-Transfer-Billing', kind: 'transfer', origin: 'seen' },
    { url: 'https://www.att.com/acctmgmt/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.att.com/acctmgmt/billing/mybillingcenter', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.att.com/acctmgmt/accountoverview', kind: 'account', origin: 'constructed' },
    { url: 'https://www.att.net/', kind: 'other', origin: 'constructed' },
    { url: 'https://www.paygonline.com/websc/loginPage.html', kind: 'sign_in', origin: 'constructed' },
  ],
  bereavement: {
    status: 'verified first-party',
    searched: '2026-11-30',
    url: lifeEvents,
    notes: [
      {
        text: "No early termination or other cancellation fees are charged on the deceased person's line.",
        source: 'att-km1113355',
        quote: noFees,
      },
      { text: 'Devices on an installment plan must be returned to AT&T.', source: 'att-km1113355', quote: installments },
      {
        text: 'The page lists "required info" for managing a deceased loved one’s account; the list is past the part of the stored copy that could be read, so ask AT&T what they need.',
        source: 'att-km1113355',
        quote: 'If someone close to you has passed away, and you have the required info as listed below, you have a few options.',
      },
    ],
  },
  contact: [
    {
      kind: 'phone',
      value: '800.331.0500',
      label: 'Name changes (marriage, divorce or other reasons): a general line, not a bereavement line',
      source: 'att-km1113355',
      quote: 'To change the name on your account due to marriage, divorce, or other reasons, call us at 800.331.0500.',
    },
  ],
  equipment: {
    notes: [{ text: 'Devices on an installment plan must be returned to AT&T.', source: 'att-km1113355', quote: installments }],
  },
  notes: [
    {
      text: 'On cancellation the remaining device installment balance is due on the next bill.',
      source: 'att-km1395721',
      quote: 'Any remaining device installment balance is due on your next bill when you cancel service.',
    },
    {
      text: 'A transfer of billing responsibility needs the account active for 60+ days and current, with no past-due balance.',
      source: 'att-forums-tobr',
      quote: '1. Your account must be active for 60+ days. 2. Your account status must be current with no past-due balance.',
    },
    {
      text: 'Wireless must be separated from internet, home phone or TV billing before a transfer of billing responsibility.',
      source: 'att-tobr',
      quote: 'You must separate wireless from any other services before you start a request to transfer billing responsibility.',
    },
    {
      text: 'A prepaid (AT&T PREPAID) or company account cannot be transferred this way.',
      source: 'att-forums-tobr',
      quote: 'Make sure this account is not an AT&T PREPAID or company account.',
    },
    {
      text: 'Whoever accepts a transfer of billing responsibility must pass a credit check.',
      source: 'att-km1045352',
      quote: 'Be required to complete a (and have a satisfactory) credit check.',
    },
  ],
  guidance: {
    bereavement: [
      {
        text: 'AT&T charges no early termination or cancellation fee on the line of someone who died.',
        source: 'att-km1113355',
        quote: noFees,
      },
      { text: 'Phones still on an installment plan have to go back to AT&T.', source: 'att-km1113355', quote: installments },
    ],
    transfer: [
      {
        text: 'Before a transfer: the account must be active 60+ days with no past-due balance.',
        source: 'att-forums-tobr',
        quote: '1. Your account must be active for 60+ days. 2. Your account status must be current with no past-due balance.',
      },
      {
        text: 'Combined wireless/internet/TV billing must be separated first.',
        source: 'att-tobr',
        quote: 'You must separate wireless from any other services before you start a request to transfer billing responsibility.',
      },
      {
        text: 'The person taking over needs a satisfactory credit check.',
        source: 'att-km1045352',
        quote: 'Be required to complete a (and have a satisfactory) credit check.',
      },
    ],
  },
  sources: [
    {
      id: 'att-km1113355',
      url: lifeEvents,
      title: 'Change a wireless account due to a life event (section "Manage account for a deceased loved one")',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Also published at att.com/support/article/wireless/KM1113355; att.com/survivorhelp shows the same life-event page, which also serves survivors of domestic abuse.',
    },
    {
      id: 'att-km1395721',
      url: 'https://www.att.com/support/article/my-account/KM1395721',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'att-forums-tobr',
      url: 'https://forums.att.com/page/FAQ-Transfer-Billing',
      title: 'Transfer of Billing Responsibility (AT&T community forums FAQ)',
      checked: '2026-11-30',
      quality: 'first-party',
      note: "AT&T's own FAQ page on its community forums.",
    },
    {
      id: 'att-tobr',
      url: 'https://sm.att.com/1ddf250a',
      title: 'Transfer billing responsibility (AT&T support, through an AT&T short link)',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Stored copy at the http:// address of the short link.',
    },
    {
      id: 'att-km1045352',
      url: 'https://www.att.com/support/article/wireless/KM1045352',
      title: 'Accept billing responsibility',
      published: '2022-12-07',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
