import type { ProviderInput } from '../schema';

const iphonefaq = 'https://www.iphonefaq.org/archives/977992';

export const paramountPlus: ProviderInput = {
  id: 'paramount-plus',
  name: 'Paramount+',
  aliases: ['Paramount Plus', 'CBS All Access'],
  categories: ['streaming'],
  domains: ['paramountplus.com'],
  testUrls: [{ url: 'https://www.paramountplus.com/account/', kind: 'account', origin: 'constructed' }],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'Second-hand: Paramount+ is cancelled where it was signed up for (the website, or an app store such as Apple’s), not from the app when the sign-up was on the web.',
      source: 'iphonefaq-paramount',
      quote:
        'You cannot cancel your account from the Paramount+ app if you signed up using a web browser. To manage your Paramount+ plan, you must return to the platform where you originally created your account.',
    },
  ],
  sources: [
    {
      id: 'iphonefaq-paramount',
      url: iphonefaq,
      title: 'How do I cancel my Paramount+ account? (iPhoneFAQ)',
      checked: '2026-11-30',
      quality: 'second-hand',
    },
  ],
};
