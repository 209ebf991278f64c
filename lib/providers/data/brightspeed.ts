import type { ProviderInput } from '../schema';

const cancelPage = 'https://brspd-dev.brightspeed.com/help/account/how-to-cancel-your-brightspeed-service';
const callToCancel =
  'Please call to cancel services or close your Brightspeed account, call 833-692-7773 (MYBRSPD) between 8 am - 6 pm, Monday through Friday.';

export const brightspeed: ProviderInput = {
  id: 'brightspeed',
  name: 'Brightspeed',
  aliases: ['Brightspeed Fiber', 'Bright Speed'],
  categories: ['cable_internet', 'landline'],
  domains: ['brightspeed.com'],
  pages: [{ kind: 'cancel', path: '/help/account/how-to-cancel' }],
  testUrls: [
    { url: cancelPage, kind: 'cancel', origin: 'seen' },
    { url: 'https://www.brightspeed.com/help/account/how-to-cancel-your-brightspeed-service', kind: 'cancel', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '833-692-7773',
      label: 'To cancel service or close the account',
      hours: '8 am - 6 pm, Monday through Friday',
      source: 'brightspeed-cancel',
      quote: callToCancel,
    },
  ],
  notes: [
    {
      text: 'Brightspeed cancels by phone: its help page gives 833-692-7773, weekdays 8 am to 6 pm.',
      source: 'brightspeed-cancel',
      quote: callToCancel,
    },
    {
      text: 'A temporary hold suspends the services at a reduced rate and keeps the phone number: a choice while the estate decides.',
      source: 'brightspeed-cancel',
      quote:
        "You can put a temporary hold on your account. This simply suspends your services at a reduced rate until you're ready to use them again.",
    },
  ],
  sources: [
    {
      id: 'brightspeed-cancel',
      url: cancelPage,
      title: 'How to cancel your Brightspeed service',
      checked: '2026-11-30',
      quality: 'first-party',
      note: "Stored from a Brightspeed server (brspd-dev.brightspeed.com); the same help article's path on www.brightspeed.com was not among the stored pages.",
    },
  ],
};
