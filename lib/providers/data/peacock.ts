import type { ProviderInput } from '../schema';

const resetPassword = 'https://www.peacocktv.com/help/article/how-do-i-reset-my-password';

export const peacock: ProviderInput = {
  id: 'peacock',
  name: 'Peacock',
  aliases: ['Peacock TV', 'Peacock Premium'],
  categories: ['streaming'],
  domains: ['peacocktv.com'],
  pages: [{ kind: 'sign_in', path: '/help/article/how-do-i-reset-my-password' }],
  testUrls: [
    { url: resetPassword, kind: 'sign_in', origin: 'seen' },
    { url: 'https://www.peacocktv.com/account', kind: 'account', origin: 'constructed' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'If nobody knows which email address the account was opened with, Peacock’s help page says to contact them and they will look into it.',
      source: 'peacock-reset',
      quote:
        'If you are not signed in, that’s ok. Try these tips to locate your login details or contact us and we’ll investigate for you.',
    },
  ],
  sources: [
    {
      id: 'peacock-reset',
      url: resetPassword,
      title: 'Forgot Peacock Password: Reset Instructions (Peacock Help Center)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
