import type { ProviderInput } from '../schema';

const atlas = 'https://www.cancelatlas.com/c/total-wireless-us';

export const totalWireless: ProviderInput = {
  id: 'total-wireless',
  name: 'Total Wireless',
  aliases: ['Total by Verizon', 'Total Wireless by Verizon'],
  categories: ['wireless'],
  domains: ['totalwireless.com'],
  testUrls: [{ url: 'https://www.totalwireless.com/terms-and-conditions', kind: 'other', origin: 'seen' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Second-hand: Total Wireless is prepaid with no early-termination fee and no cancel button: the service ends when the plan runs out at its Service End Date, or when the number moves to another carrier.',
      source: 'cancelatlas-total',
      quote:
        'there is no dedicated self-service cancel button, so the practical way to end service is to let the plan lapse at its Service End Date or port the number out (via Customer Care).',
    },
  ],
  sources: [
    {
      id: 'cancelatlas-total',
      url: atlas,
      title: 'How hard is it to cancel Total Wireless (Total by Verizon)? (CancelAtlas)',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'Reviewed by the site on 2026-06-16.',
    },
  ],
};
