import type { ProviderInput } from '../schema';

export const georgiaPower: ProviderInput = {
  id: 'georgia-power',
  name: 'Georgia Power',
  aliases: ['GPC', 'Georgia Power Company'],
  categories: ['electric'],
  domains: ['georgiapower.com'],
  pages: [
    { kind: 'cancel', path: 'start-stop|stop-service' },
    { kind: 'sign_in', path: '/sign-?in|/login' },
    { kind: 'billing', path: '/bill|/pay' },
  ],
  testUrls: [
    { url: 'https://www.georgiapower.com/residential/start-stop-move.html', kind: 'cancel' },
    { url: 'https://www.georgiapower.com/residential/login.html', kind: 'sign_in' },
    { url: 'https://www.georgiapower.com/residential/billing-and-rate-plans/pay-my-bill.html', kind: 'billing' },
    { url: 'https://www.georgiapower.com/my-account/overview', kind: 'account' },
  ],
  bereavement: {
    options: [],
    documents: [],
    channels: [{ kind: 'phone', value: '888-660-5890', label: 'Residential customer care', source: 'gp-residential-phone' }],
    notes: [],
  },
  notes: [],
  guidance: {},
  escalation: { regulators: ['state_PUC'], channels: [] },
  sources: [
    {
      id: 'gp-residential-phone',
      url: 'https://georgiapower.com/about/company/helene-assistance/installment-payment-plan.html',
      checked: '2026-11-22',
      quality: 'first-party',
      note: 'Hurricane Helene payment-plan page (2024) listing the residential customer number.',
    },
  ],
};
