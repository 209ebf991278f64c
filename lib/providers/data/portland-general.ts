import type { ProviderInput } from '../schema';

const startStop = 'https://portlandgeneral.com/start-stop-move/residential';
const estate =
  'Generally, we do not allow others to start service for someone else but there are some exceptions including: Conservatorship, Estate, Guardianship, Power of Attorney and Trusts.';

export const portlandGeneral: ProviderInput = {
  id: 'portland-general',
  name: 'Portland General Electric',
  aliases: ['PGE (Oregon)', 'Portland General'],
  categories: ['electric'],
  domains: ['portlandgeneral.com'],
  identity: { states: ['OR'] },
  pages: [{ kind: 'cancel', path: '^/start-stop-move|/secure/service/stop' }],
  testUrls: [
    { url: startStop, kind: 'cancel', origin: 'seen' },
    { url: 'https://portlandgeneral.com/help/help-topics/avoid-disconnection', kind: 'cancel', origin: 'seen' },
    { url: 'https://portlandgeneral.com/property-managers', kind: 'other', origin: 'seen' },
    { url: 'https://portlandgeneral.com/secure/service/stop', kind: 'cancel', origin: 'constructed' },
  ],
  // The start/stop page names an estate among the exceptions, but describes no process after a death: not counted as one.
  bereavement: { status: 'none found', searched: '2026-11-30' },
  contact: [
    {
      kind: 'phone',
      value: '800-542-8818',
      label: 'Start, stop or transfer service',
      hours: '7am to 7pm, Monday to Friday',
      source: 'pge-or-start-stop',
      quote: 'If you have one of these exceptions, please call us at 800-542-8818 7am – 7pm M-F and we will be happy to help.',
    },
    {
      kind: 'phone',
      value: '503-228-6322',
      label: 'Bill help and payment options',
      source: 'pge-or-disconnection',
      quote: 'We encourage customers to call us at 503-228-6322 to learn about their bill help options',
    },
  ],
  notes: [
    {
      text: 'Someone else may start service for a person only in some cases, an estate among them (also conservatorship, guardianship, power of attorney and trusts): call with the documents.',
      source: 'pge-or-start-stop',
      quote: estate,
    },
    {
      text: 'To move service to someone else, the current holder stops it online, then the new person requests service online or by phone.',
      source: 'pge-or-start-stop',
      quote: 'We would suggest removing the service from your name first at https://portlandgeneral.com/secure/service/stop.',
    },
  ],
  guidance: {
    cancel: [
      {
        text: 'Acting for an estate: call 800-542-8818 (7am to 7pm, Monday to Friday) with the estate papers ready.',
        source: 'pge-or-start-stop',
        quote: 'Please have the appropriate documentation available when you call.',
      },
      {
        text: 'Without estate papers, the person taking over the home requests service in their own name, online or by phone.',
        source: 'pge-or-start-stop',
        quote:
          'If legal documentation of the above is not available, please have the individual taking over responsibility either request service online Portlandgeneral.com or call us at 800-542-8818 7am to 7pm M-F.',
      },
    ],
  },
  sources: [
    {
      id: 'pge-or-start-stop',
      url: startStop,
      title: 'Start, Stop or Move: Residential Customers',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'pge-or-disconnection',
      url: 'https://portlandgeneral.com/help/help-topics/avoid-disconnection',
      title: 'Keeping You Connected',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
