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
    { url: 'https://www.nationalgridus.com/Form/NY-DPA-E-Sign', kind: 'billing' },
    { url: 'https://www.nationalgridus.com/login', kind: 'sign_in' },
    { url: 'https://www.nationalgridus.com/NY-Home/Start-Stop-Move/', kind: 'cancel' },
    { url: 'https://myaccount.nationalgridus.com/', kind: 'account' },
  ],
  notes: [],
  guidance: {},
  escalation: { regulators: ['state_PUC'], channels: [] },
  sources: [
    {
      id: 'ngrid-dpa',
      url: 'https://www.nationalgridus.com/Form/NY-DPA-E-Sign',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Residential deferred payment agreement page (New York). No bereavement or account-transfer source found.',
    },
  ],
};
