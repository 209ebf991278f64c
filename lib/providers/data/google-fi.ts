import type { ProviderInput } from '../schema';

const cancelPage = 'https://support.google.com/fi/answer/6079398';
const deceased = "To cancel a deceased subscriber's service, contact Google Fi support.";

export const googleFi: ProviderInput = {
  id: 'google-fi',
  name: 'Google Fi',
  aliases: ['Google Fi Wireless', 'Project Fi'],
  categories: ['wireless'],
  // Google's other sites are not Fi's: only the Fi host (its help pages sit on support.google.com, shared by all of Google).
  hosts: ['fi.google.com'],
  pages: [{ kind: 'account', path: '^/account' }],
  testUrls: [
    { url: 'https://fi.google.com/account', kind: 'account', origin: 'constructed' },
    { url: 'https://fi.google.com/about/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: {
    status: 'verified first-party',
    searched: '2026-11-30',
    url: cancelPage,
    options: [{ option: 'close', source: 'fi-cancel', quote: deceased }],
    notes: [
      {
        text: "Google Fi's cancellation page says: to cancel a deceased subscriber's service, contact Google Fi support.",
        source: 'fi-cancel',
        quote: deceased,
      },
    ],
  },
  notes: [
    {
      text: 'Cancelling Google Fi carries no termination fee.',
      source: 'fi-cancel',
      quote: 'You can cancel your Google Fi service at any time. There are no termination fees.',
    },
    {
      text: 'A phone bought in instalments through Google Fi: the whole remaining balance is charged when the account is closed.',
      source: 'fi-cancel',
      quote: "If you finance your device with Google Fi, you're charged the full balance when you close your account.",
    },
    {
      text: 'On a group plan, the other members have to leave or be removed before the plan can be cancelled.',
      source: 'fi-cancel',
      quote: "If you're part of a group plan, before you can start the cancellation process, you have to leave or remove members.",
    },
    {
      text: 'After cancelling a single-member plan, up to two more bills may come to close out the charges.',
      source: 'fi-cancel',
      quote: 'For single member plans, after you cancel your service, you may get up to 2 more bills to close out your charges.',
    },
  ],
  sources: [
    {
      id: 'fi-cancel',
      url: cancelPage,
      title: 'Cancel your Google Fi service (Google Fi Wireless Help)',
      checked: '2026-11-30',
      quality: 'first-party',
      readAt: 'https://c.oro.n.a.akfx@support.google.com/fi/answer/6079398?hl=en&ref_topic=6216168',
      note: "Read in a stored copy of Google's help page (the stored address carries odd user-name text before support.google.com); an older stored copy at the plain address lacks the deceased-subscriber line.",
    },
  ],
};
