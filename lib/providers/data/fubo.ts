import type { ProviderInput } from '../schema';

const guide = 'https://www.whattowatch.com/how-to/how-cancel-fubotv';
const noRefund =
  "Fubo doesn't offer refunds for canceling your account in the middle of a pay cycle. When you cancel the account, you will still have access to all the features you paid for until the end of your billing cycle.";

export const fubo: ProviderInput = {
  id: 'fubo',
  name: 'Fubo',
  aliases: ['fuboTV', 'Fubo TV'],
  categories: ['streaming'],
  domains: ['fubo.tv'],
  testUrls: [{ url: 'https://www.fubo.tv/account', kind: 'account', origin: 'constructed' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Second-hand: no refund for the part of the month already paid; access continues to the end of the billing cycle.',
      source: 'whattowatch-fubo',
      quote: noRefund,
    },
    {
      text: 'Second-hand: a subscription started through Roku or an Apple device is cancelled there, not on the Fubo website.',
      source: 'whattowatch-fubo',
      quote:
        'The steps you need to take to cancel your Fubo TV account depend on how you started your account to begin with, whether you signed up online, with your iPod/iPad/iPhone, on Roku, or with your Apple TV.',
    },
  ],
  sources: [
    {
      id: 'whattowatch-fubo',
      url: guide,
      title: 'How to cancel Fubo TV (What to Watch)',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
