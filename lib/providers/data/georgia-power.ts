import type { ProviderInput } from '../schema';

const startStop = 'https://www.georgiapower.com/business/industry-services/start-stop-move.html';

export const georgiaPower: ProviderInput = {
  id: 'georgia-power',
  name: 'Georgia Power',
  aliases: ['GPC', 'Georgia Power Company'],
  categories: ['electric'],
  domains: ['georgiapower.com'],
  pages: [
    { kind: 'cancel', path: 'start-stop|stop-service' },
    { kind: 'sign_in', path: '/sign-?in|/login' },
    { kind: 'billing', path: '/bill|/pay|installment-payment-plan' },
  ],
  testUrls: [
    { url: startStop, kind: 'cancel', origin: 'seen' },
    { url: 'https://georgiapower.com/about/company/helene-assistance/installment-payment-plan.html', kind: 'billing', origin: 'seen' },
    { url: 'https://www.georgiapower.com/residential/start-stop-move.html', kind: 'cancel', origin: 'constructed' },
    { url: 'https://www.georgiapower.com/residential/login.html', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.georgiapower.com/residential/billing-and-rate-plans/pay-my-bill.html', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.georgiapower.com/my-account/overview', kind: 'account', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-22' },
  contact: [
    {
      kind: 'phone',
      value: '888-660-5890',
      label: 'Residential customer care (from a 2024 Hurricane Helene page)',
      source: 'gp-helene',
      quote: 'Residential customer: Call 888-660-5890',
    },
  ],
  notes: [
    {
      text: 'Starting service asks for the Social Security number of the primary account holder.',
      source: 'gp-start-stop',
      quote: 'Social Security number (of the primary account holder)',
    },
    {
      text: 'Georgia Power may ask for more documents, such as a government photo ID.',
      source: 'gp-start-stop',
      quote: 'Valid government issued photo ID (driver’s license, passport, etc.)',
    },
  ],
  sources: [
    {
      id: 'gp-start-stop',
      url: startStop,
      title: 'Start, Stop or Move Service',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'The residential start, stop or move text, at an address under /business/.',
    },
    {
      id: 'gp-helene',
      url: 'https://georgiapower.com/about/company/helene-assistance/installment-payment-plan.html',
      title: 'Hurricane Helene installment payment plan',
      published: '2024',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'A 2024 hurricane-relief page that gives the residential customer number.',
    },
  ],
};
