import type { ProviderInput } from '../schema';

const deathOfSpouse = 'https://learn.microsoft.com/en-us/answers/questions/5794064/death-of-a-spouse';
const bereavementRequest = 'https://learn.microsoft.com/en-us/answers/questions/5897291/bereavement-request';

export const microsoft: ProviderInput = {
  id: 'microsoft',
  name: 'Microsoft',
  aliases: ['Microsoft 365', 'Office 365', 'Xbox', 'Xbox Game Pass', 'Outlook.com', 'Hotmail', 'OneDrive'],
  categories: ['streaming'],
  domains: ['microsoft.com', 'xbox.com', 'live.com'],
  testUrls: [
    { url: deathOfSpouse, kind: 'bereavement', origin: 'seen' },
    { url: 'https://account.microsoft.com/services', kind: 'account', origin: 'constructed' },
    { url: 'https://www.xbox.com/en-US/', kind: 'other', origin: 'constructed' },
    { url: 'https://login.live.com/', kind: 'other', origin: 'constructed' },
  ],
  bereavement: {
    status: 'second-hand only',
    searched: '2026-11-30',
    notes: [
      {
        text: "Second-hand (an answer on Microsoft's Q&A forum): with the password, sign in and close the account; it is deleted for good after 60 days.",
        source: 'ms-qa-spouse',
        quote: 'After closure, the account and its data are permanently deleted after 60 days if no one signs in again during that period.',
      },
      {
        text: 'Second-hand: without the password, subscriptions are stopped at the bank or card issuer.',
        source: 'ms-qa-spouse',
        quote:
          'Any subscriptions can be stopped by working with the bank or card issuer to cancel or block further payments (for example, closing the customer’s bank account or credit card, or revoking authorizations).',
      },
      {
        text: 'Second-hand: unused, Outlook.com and OneDrive freeze after a year and the Microsoft account expires after two years.',
        source: 'ms-qa-spouse',
        quote:
          'The Outlook.com and OneDrive services will automatically freeze after 1 year of inactivity, and data will be deleted shortly after. The Microsoft account itself expires after 2 years of inactivity.',
      },
      {
        text: 'Second-hand: a forum answer points to Microsoft\'s own article, "Accessing Outlook.com, OneDrive and other Microsoft services when someone has died" (the article itself was not among the stored pages).',
        source: 'ms-qa-bereavement',
        quote:
          'See the instruction here https://support.microsoft.com/account-billing/accessing-outlook-com-onedrive-and-other-microsoft-services-when-someone-has-died-ebbd2860-917e-4b39-9913-212362da6b2f',
      },
    ],
  },
  sources: [
    {
      id: 'ms-qa-spouse',
      url: deathOfSpouse,
      title: 'Death of a spouse (Microsoft Q&A)',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: "A question and answer on Microsoft's community Q&A site, not a Microsoft help article; the answer summarizes Microsoft's article.",
    },
    {
      id: 'ms-qa-bereavement',
      url: bereavementRequest,
      title: 'Bereavement request (Microsoft Q&A)',
      published: '2026-05-20',
      checked: '2026-11-30',
      quality: 'second-hand',
      note: 'An independent advisor’s answer on the community Q&A site.',
    },
  ],
};
