import type { ProviderInput } from '../schema';

const conversion = 'https://nicorgas.com/business/why-switch-to-natural-gas/gas-service-conversion-process';

export const nicorGas: ProviderInput = {
  id: 'nicor-gas',
  name: 'Nicor Gas',
  aliases: ['Nicor'],
  categories: ['gas'],
  domains: ['nicorgas.com'],
  identity: { states: ['IL'] },
  testUrls: [
    { url: conversion, kind: 'other', origin: 'seen' },
    { url: 'https://www.nicorgas.com/residential/pricing-rate-plans/customer-select.html', kind: 'other', origin: 'seen' },
    { url: 'https://www.nicorgas.com/business/manage-your-business-account/landlord-information.html', kind: 'account', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '888.Nicor4U (642.6748)',
      label: 'Gas leaks, odors or emergencies (not for account questions)',
      source: 'nicor-conversion',
      quote: 'Leaks, Odor or Emergencies 888.Nicor4U (642.6748)',
    },
  ],
  sources: [
    { id: 'nicor-conversion', url: conversion, title: 'Gas Service Switch Process', checked: '2026-11-30', quality: 'first-party' },
  ],
};
