import type { ProviderInput } from '../schema';

const blocking = 'https://ziplyfiber.com/corporate/blocking-options';
const changes = 'https://ziplyfiber.com/small-business/helpcenter/Categories/account/manage-your-account/make-account-changes';

export const ziplyFiber: ProviderInput = {
  id: 'ziply-fiber',
  name: 'Ziply Fiber',
  aliases: ['Ziply'],
  categories: ['cable_internet', 'landline'],
  domains: ['ziplyfiber.com'],
  testUrls: [
    { url: blocking, kind: 'other', origin: 'seen' },
    {
      url: 'https://ziplyfiber.com/helpcenter/categories/account/manage-my-account/troubleshooting-account',
      kind: 'account',
      origin: 'seen',
    },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '866-699-4759',
      label: 'Customer service (866-69-ZIPLY), a general line',
      source: 'ziply-blocking',
      quote: 'contact us toll-free at 866-69-ZIPLY (866-699-4759)',
    },
  ],
  notes: [
    {
      text: 'Changing the billing name or disconnecting service cannot be done online: Ziply asks you to contact them (said on its small-business help page).',
      source: 'ziply-changes',
      quote:
        'For account security, the following services changes cannot be made online, but we’re here to help. Contact us. - Changing the billing name or billing address on your account - Upgrading, changing, or disconnecting service',
    },
  ],
  sources: [
    {
      id: 'ziply-blocking',
      url: blocking,
      title: 'Blocking options (Ziply Fiber)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'ziply-changes',
      url: changes,
      title: 'Make account changes (Ziply Fiber small-business help center)',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'The small-business help center; the residential page was not among the stored pages.',
    },
  ],
};
