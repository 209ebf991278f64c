import type { ProviderInput } from '../schema';

const specialServices = 'https://www.coned.com/en/accounts-billing/payment-plans-assistance/special-services';

export const coned: ProviderInput = {
  id: 'con-edison',
  name: 'Con Edison',
  aliases: ['Con Ed', 'ConEd', 'Consolidated Edison'],
  categories: ['electric', 'gas'],
  domains: ['coned.com'],
  pages: [
    { kind: 'cancel', path: 'start-stop|stop-service|/start-stop-or-move' },
    { kind: 'sign_in', path: '^/(en/)?login|sign-?in' },
    { kind: 'other', path: '/payment-plans-assistance/special-services' },
    { kind: 'account', path: '/accounts-billing/dashboard' },
    { kind: 'billing', path: '/accounts-billing/(your-bill|payment|pay)|/pay-my-bill' },
  ],
  testUrls: [
    { url: specialServices, kind: 'other', origin: 'seen' },
    { url: 'https://www.coned.com/en/login', kind: 'sign_in', origin: 'constructed' },
    { url: 'https://www.coned.com/en/accounts-billing/your-bill', kind: 'billing', origin: 'constructed' },
    { url: 'https://www.coned.com/en/services-and-outages/start-stop-or-move-service', kind: 'cancel', origin: 'constructed' },
    { url: 'https://www.coned.com/en/accounts-billing/dashboard', kind: 'account', origin: 'constructed' },
  ],
  bereavement: {
    status: 'second-hand only',
    searched: '2026-11-30',
    notes: [
      {
        text: "Second-hand (a New York utility advocate's blog, 2013): Con Edison threatened to shut off surviving household members over a dead customer's bill instead of closing that account and opening one for them.",
        source: 'pulp-2013',
        quote:
          'Contrary to these principles, Con Edison threatens shutoff of service to surviving household members when a customer dies, instead of closing the account and opening a new one for another household member.',
      },
      {
        text: "The same advocate's argument (not Con Edison's policy): the contract for service ends with death, and the dead customer's bill is collectible from the estate.",
        source: 'pulp-2013',
        quote:
          "The bill of a deceased customer is collectible from that customer's estate, because the contract for service ends with death, through conventional measures available to creditors.",
      },
    ],
  },
  contact: [
    {
      kind: 'phone',
      value: '1-800-75-CONED (1-800-752-6633)',
      label: 'Customer service',
      source: 'coned-special-services',
      quote: 'please call 1-800-75-CONED (1-800-752-6633) to enroll in this free service.',
    },
    {
      kind: 'tty',
      value: '1-877-423-4372',
      label: 'TDD',
      source: 'coned-special-services',
      quote:
        'Hearing-impaired customers who use telephone-teletype equipment (TDD) can make billing and service inquiries through Con Edison’s TDD service at 1-877-423-4372.',
    },
  ],
  notes: [
    {
      text: 'A new account may require a deposit, which earns interest and is returned after a year of satisfactory payments (2014 application form).',
      source: 'coned-application-2014',
      quote:
        'New accounts may require a deposit, which will earn interest at a rate set by the PSC and will be returned after one year if your payment record is satisfactory.',
    },
    {
      text: 'A relative, friend or organisation can be named to receive notices of an overdue bill or a possible shutoff.',
      source: 'coned-special-needs',
      quote:
        'Choose a relative, friend, homecare attendant, or organization to receive a notice from us if your bill is overdue or notices about a possible shut off of service.',
    },
  ],
  sources: [
    {
      id: 'coned-special-services',
      url: specialServices,
      title: 'Special Services and Protections',
      checked: '2026-11-30',
      quality: 'first-party',
    },
    {
      id: 'coned-application-2014',
      url: 'https://studylib.net/doc/18576960/residential-customers',
      title: 'Residential Customers (application for service)',
      published: '2014-11',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'A third-party copy of Con Edison\'s application brochure, printed "November 2014".',
    },
    {
      id: 'coned-special-needs',
      url: 'https://studylib.net/doc/18578825/customers-with-special-needs',
      title: 'Customers with Special Needs',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'A third-party copy of a Con Edison brochure (undated).',
    },
    {
      id: 'pulp-2013',
      url: 'https://pulpnetwork.blogspot.com/2013/12/con-edison-psc-will-back-our-illegal.html',
      title:
        'Con Edison: PSC Will Back Our Illegal Practice of Shutoffs for Bills of Deceased Customers Instead of Opening Accounts for Household Members',
      published: '2013-12-19',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'Public Utility Law Project blog: an advocate’s account and legal argument; stored copy at the http:// address.',
    },
  ],
};
