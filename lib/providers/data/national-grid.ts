import type { ProviderInput } from '../schema';

export const nationalGrid: ProviderInput = {
  id: 'national-grid',
  name: 'National Grid',
  aliases: ['National Grid US', 'Niagara Mohawk', 'KeySpan'],
  categories: ['electric', 'gas'],
  domains: ['nationalgridus.com'],
  pages: [
    { kind: 'cancel', path: 'start-stop|stop-service|/move' },
    { kind: 'sign_in', path: '/sign-?in|/login' },
    { kind: 'billing', path: '/bill|/pay|/form/ny-dpa' },
  ],
  testUrls: [
    { url: 'https://www.nationalgridus.com/Form/NY-DPA-E-Sign', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.nationalgridus.com/MA-Home/Smart-Meters/Smart-Meter-Opt-Out-Request', kind: 'other', origin: 'seen' },
    { url: 'https://www.nationalgridus.com/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.nationalgridus.com/NY-Home/Start-Stop-Move/', kind: 'cancel', origin: 'constructed' },
    { url: 'https://myaccount.nationalgridus.com/', kind: 'account', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: "Account forms such as the smart-meter opt-out must be completed by the customer of record (the account holder), since fees go on that person's account.",
      source: 'ngrid-opt-out',
      quote:
        'This form must be completed by the customer of record, or the National Grid account holder, as fees will be applied to individual customer accounts.',
    },
  ],
  sources: [
    {
      id: 'ngrid-opt-out',
      url: 'https://www.nationalgridus.com/MA-Home/Smart-Meters/Smart-Meter-Opt-Out-Request',
      title: 'Smart Meter Opt Out Request (Massachusetts)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
