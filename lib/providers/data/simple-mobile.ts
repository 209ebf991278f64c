import type { ProviderInput } from '../schema';

const terms =
  'https://www.simplemobile.com/wps/portal/home/h/about/terms-conditions/!ut/p/a0/04_Sj9Q1NTUwMTc1NNCP0I_KSyzLTE8syczPS8wB8aPM4p0sDEO8LDycHU1dzF0MPP3MQnyMDC0N3IMN9XOjHBUBW1ADUg!!/';
const customerCare = 'For assistance or more information, please contact Simple Mobile Customer Care at 1-877-878-7908.';

export const simpleMobile: ProviderInput = {
  id: 'simple-mobile',
  name: 'Simple Mobile',
  aliases: ['SIMPLE Mobile'],
  categories: ['wireless'],
  domains: ['simplemobile.com'],
  testUrls: [
    { url: terms, kind: 'other', origin: 'seen' },
    { url: 'https://www.simplemobile.com/my-account', kind: 'account', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '1-877-878-7908',
      label: 'Simple Mobile Customer Care, a general line',
      source: 'simple-terms',
      quote: customerCare,
    },
  ],
  notes: [
    {
      text: 'Simple Mobile is a Tracfone brand: the agreement is with TracFone Wireless, Inc.',
      source: 'simple-terms',
      quote: 'Simple Mobile is a brand of TracFone Wireless, Inc. d/b/a Simple Mobile as is Powered by T-Mobile.',
    },
  ],
  sources: [
    {
      id: 'simple-terms',
      url: terms,
      title: 'Simple Mobile Terms and Conditions of Service',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'Undated; Tracfone itself now belongs to Verizon.',
    },
  ],
};
