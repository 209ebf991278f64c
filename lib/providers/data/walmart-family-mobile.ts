import type { ProviderInput } from '../schema';

const billingFaq = 'https://www.myfamilymobile.com/Support/DeviceSupport/DeviceSupport.aspx?supporttype=BillingFAQ';
const autoPayBlog = 'https://blog.myfamilymobile.com/why-activate-auto-pay/';

export const walmartFamilyMobile: ProviderInput = {
  id: 'walmart-family-mobile',
  name: 'Walmart Family Mobile',
  aliases: ['Family Mobile'],
  categories: ['wireless'],
  domains: ['myfamilymobile.com'],
  testUrls: [
    { url: billingFaq, kind: 'billing', origin: 'seen' },
    { url: autoPayBlog, kind: 'other', origin: 'seen' },
  ],
  bereavement: { status: 'none found', searched: '2026-11-30' },
  notes: [
    {
      text: 'No paper bills come in the mail: the bills are online at myfamilymobile.com, and notices go by text message. Look for them on the phone itself.',
      source: 'wfm-billing',
      quote: 'You will not receive a paper bill in the mail, but you can view and print your bill from myfamilymobile.com.',
    },
    {
      text: 'Automatic payments can be cancelled without a penalty: tell Family Mobile.',
      source: 'wfm-autopay',
      quote:
        'Need to cancel your automatic payment? We make cancellation quick and easy for your convenience, no matter the reason. Just let us know that you’re ready to cancel, and we’ll make it happen.',
    },
  ],
  sources: [
    {
      id: 'wfm-billing',
      url: billingFaq,
      title: 'Billing and payments overview (Family Mobile support)',
      checked: '2026-11-30',
      quality: 'first-party',
      note: 'An older page from when Family Mobile was billed after use (postpaid); a later notice says the service moved to prepaid.',
    },
    {
      id: 'wfm-autopay',
      url: autoPayBlog,
      title: 'The Benefits Of The Walmart Family Mobile Auto Pay Feature (Family Mobile blog)',
      checked: '2026-11-30',
      quality: 'first-party',
    },
  ],
};
