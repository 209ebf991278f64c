import type { ProviderInput } from '../schema';

const cancelPage = 'https://tello.com/help_center/how-can-i-cancel-my-service?_language=en';

export const tello: ProviderInput = {
  id: 'tello',
  name: 'Tello',
  aliases: ['Tello Mobile'],
  categories: ['wireless'],
  domains: ['tello.com'],
  pages: [{ kind: 'cancel', path: '/help_center/how-can-i-cancel-my-service' }],
  testUrls: [
    { url: cancelPage, kind: 'cancel', origin: 'seen' },
    { url: 'https://tello.com/help_center/will-unused-service-carry-over-to-the-next-month?_language=en', kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: "Tello's support team does not cancel a service: it is cancelled from the online account itself. Without the login, ask Tello support what they can do, and stop the card the plan is paid with.",
      source: 'tello-cancel',
      quote:
        'For security reasons, you must cancel your service yourself from your online account—our Customer Support team cannot cancel services on your behalf.',
    },
    {
      text: 'Cancel the plan at least 24 hours before the next renewal date to avoid another charge.',
      source: 'tello-cancel',
      quote: 'Cancel any active subscriptions at least 24 hours before your next plan renewal date.',
    },
    {
      text: 'A cancelled number that is not moved to another carrier during the billing cycle may be lost for good.',
      source: 'tello-cancel',
      quote:
        'If you cancel your service without porting out during the current billing cycle, your number may be permanently lost and cannot be retrieved.',
    },
  ],
  sources: [
    {
      id: 'tello-cancel',
      url: cancelPage,
      title: 'How can I cancel my service? (Tello Help Center)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
