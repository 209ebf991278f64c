import type { ProviderInput } from '../schema';

const billHelp = 'https://www.altafiber.com/help-center/account-billing/understanding-managing-my-bill?path=10/17552/17553';
const policyCopy = 'https://spannerpeeiflares.pages.dev/552984.html';

export const altafiber: ProviderInput = {
  id: 'altafiber',
  name: 'altafiber',
  aliases: ['Altafiber', 'Cincinnati Bell', 'Hawaiian Telcom'],
  categories: ['cable_internet', 'landline'],
  domains: ['altafiber.com'],
  testUrls: [
    { url: billHelp, kind: 'billing', origin: 'seen' },
    { url: 'https://altafiber.com/help-center/account-billing', kind: 'billing', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Without eBill, a paper statement comes each month; with eBill, the bills are in the My altafiber account.',
      source: 'altafiber-bill',
      quote:
        'You can view your bill by signing into My altafiber Account. If you are enrolled in our eBill program, you can opt-in to receive a text alert or email when your monthly bill is available online. If you are not enrolled in eBill, we will mail you a paper statement each month.',
    },
    {
      text: 'Second-hand copy of altafiber’s FAQ: services are cancelled by phone or at a retail store, not online.',
      source: 'altafiber-policy-copy',
      quote: 'If you want to cancel some or all of your services you can call or stop into a retail store.',
    },
    {
      text: 'Second-hand copy of altafiber’s FAQ: services other than regulated phone service are billed for the full month, even when cancelled one day in.',
      source: 'altafiber-policy-copy',
      quote: 'Non-regulated services are billed for a full month even if you cancel the service one day into your billing cycle.',
    },
    {
      text: 'Second-hand copy of altafiber’s FAQ: Vacation Service keeps the equipment and lowers the monthly rate instead of disconnecting.',
      source: 'altafiber-policy-copy',
      quote:
        'Vacation Service is available for all services (Internet/TV/Phone). Rather than totally disconnecting service, customers can use Vacation Service and:',
    },
  ],
  sources: [
    {
      id: 'altafiber-bill',
      url: billHelp,
      title: 'Understanding & Managing My Bill (altafiber Help Center)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'altafiber-policy-copy',
      url: policyCopy,
      title: 'Cincinnati Bell cancellation policy (a copy of altafiber FAQ answers)',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "A third party's copy of altafiber's FAQ answers; undated.",
    },
  ],
};
