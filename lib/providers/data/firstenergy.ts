import type { ProviderInput } from '../schema';

const stopService = 'https://www.firstenergycorp.com/help/making_service_requests/stopping_service.html';
const whoMay = 'A move-out request can be submitted by the residence owner, renter, spouse, or relative.';

export const firstEnergy: ProviderInput = {
  id: 'firstenergy',
  name: 'FirstEnergy',
  aliases: [
    'Ohio Edison',
    'The Illuminating Company',
    'Toledo Edison',
    'Met-Ed',
    'Penelec',
    'Penn Power',
    'West Penn Power',
    'JCP&L',
    'Jersey Central Power & Light',
    'Mon Power',
    'Potomac Edison',
  ],
  categories: ['electric'],
  domains: ['firstenergycorp.com'],
  identity: { states: ['MD', 'NJ', 'OH', 'PA', 'WV'] },
  pages: [{ kind: 'cancel', path: '/stopping_service' }],
  testUrls: [
    { url: stopService, kind: 'cancel', origin: 'seen' },
    { url: 'https://www.firstenergycorp.com/help/managing_my_account/manage_account_definitions.html', kind: 'account', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Stopping service (a "move-out") can be asked for by the owner, the renter, a spouse or a relative.',
      source: 'fe-stop-service',
      quote: whoMay,
    },
    {
      text: "In Pennsylvania, anyone still living at the address gets at least ten days' notice before a residential turn-off, so the earliest date is ten days away.",
      source: 'fe-stop-service',
      quote:
        'In Pennsylvania (residential only), any remaining occupants residing at the move-out service address must be given at least ten (10) days notice prior to the turn-off.',
    },
  ],
  guidance: {
    cancel: [
      { text: 'A spouse or relative may ask to stop the service: online, by email or by phone.', source: 'fe-stop-service', quote: whoMay },
      {
        text: 'Give a forwarding address for the final bill.',
        source: 'fe-stop-service',
        quote: 'Please provide a forwarding address.',
      },
    ],
  },
  sources: [
    {
      id: 'fe-stop-service',
      url: stopService,
      title: 'Stop Service (Move Out)',
      published: '2017-07-19',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
