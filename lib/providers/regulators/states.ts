/**
 * Every state's public utility commission (and the District of Columbia's) that a
 * stored page was found for: its name, complaint page, consumer phone, what it covers
 * and what it says it does not handle, each fact quoting the page it was read in.
 * A state missing here was searched for and nothing usable was found: the ladder says
 * "not known" and asks the user. See regulatorSchema.ts for the rules.
 */

import type { AuthorityInput } from '../regulatorSchema';
import type { Source } from '../schema';

const checked = '2026-11-30';

/** A source read today; `quality` first-party when it is the commission's (or the state's) own page. */
function source(id: string, url: string, title: string, quality: Source['quality'], more: Partial<Source> = {}): Source {
  return { id, url, title, checked, quality, ...more };
}

const alabama: AuthorityInput = {
  id: 'puc-al',
  kind: 'state_PUC',
  name: 'Alabama Public Service Commission',
  shortName: 'PSC',
  state: 'AL',
  named: { source: 'al-brochure', quote: 'The Alabama Public Service Commission (PSC) is charged with regulating public utilities' },
  covers: [
    {
      category: 'electric',
      source: 'al-brochure',
      quote:
        'Privately owned companies providing electric, gas, water and service including local and long distance service are regulated by the Commission.',
    },
    {
      category: 'gas',
      source: 'al-brochure',
      quote:
        'Privately owned companies providing electric, gas, water and service including local and long distance service are regulated by the Commission.',
    },
    {
      category: 'water',
      source: 'al-brochure',
      quote:
        'Privately owned companies providing electric, gas, water and service including local and long distance service are regulated by the Commission.',
    },
  ],
  excludes: [
    {
      text: 'Electric cooperatives, city-owned utilities, most water companies, cell phones and internet phone service.',
      source: 'al-brochure',
      quote:
        'the PSC does not regulate electric cooperatives, cell phones, voice over providers, most water compa- nies, municipal owned utility services',
    },
    {
      text: 'Complaints about landline phones: a 2014 law ended the commission’s authority to handle them.',
      source: 'al-landline-law',
      quote: 'a bill that does away with the Public Service Commission’s authority to handle complaints about landline phones.',
    },
  ],
  channels: [
    {
      kind: 'phone',
      value: '1-800-392-8050',
      label: 'Consumer Services Section',
      hours: 'Monday to Friday, 8 a.m. to 5 p.m.',
      source: 'al-brochure',
      quote:
        'call the PSC’s Consumer Services Section at 1-800-392-8050. Staff Public Service Commission members in this section are available Monday through Friday from 8 a.m. to 5 p.m.',
    },
  ],
  notes: [
    {
      text: 'Contact the utility first; call the commission if the matter is not resolved.',
      source: 'al-brochure',
      quote:
        'If you have a problem with a regulated utility, first try to resolve the issue by contacting the utility or carrier directly.',
    },
  ],
  sources: [
    source(
      'al-brochure',
      'https://docslib.org/doc/12869746/consumer-telephone-tips',
      'Consumer Telephone Tips (Alabama PSC brochure)',
      'second-hand',
      {
        note: 'A copy of the commission’s brochure kept on a document site; undated, written before the 2014 law on landline complaints.',
      },
    ),
    source(
      'al-landline-law',
      'https://www.montgomeryadvertiser.com/story/money/business/2014/02/21/phone-customers-can-no-longer-complain-to-psc/5671239/',
      'Phone customers can no longer complain to PSC',
      'second-hand',
      { published: '2014-02-21' },
    ),
  ],
};

const alaska: AuthorityInput = {
  id: 'puc-ak',
  kind: 'state_PUC',
  name: 'Regulatory Commission of Alaska',
  shortName: 'RCA',
  state: 'AK',
  named: {
    source: 'ak-media',
    quote:
      'The Regulatory Commission of Alaska (RCA) is a quasi-judicial agency that regulates utilities and pipeline carriers in the State of Alaska.',
  },
  covers: [
    {
      category: 'electric',
      source: 'ak-general',
      quote: 'If your service has been disconnected for non-payment of electric or natural gas service',
    },
    {
      category: 'gas',
      source: 'ak-general',
      quote: 'If your service has been disconnected for non-payment of electric or natural gas service',
    },
    {
      category: 'water',
      source: 'ak-water-rule',
      quote:
        'You should contact us first if you have a complaint about your water or wastewater service. If you are not satisfied after contacting us, you may then file a complaint with the Regulatory Commission of Alaska.',
    },
    {
      category: 'landline',
      source: 'ak-general',
      quote:
        'If your dispute relates to your telecommunications services, our ability to investigate your complaint may be limited due to  Senate Bill 83',
    },
  ],
  excludes: [
    {
      text: 'Cable TV, internet and wireless service (the FCC handles these).',
      source: 'ak-general',
      quote: 'due to federal preemption, the RCA does not regulate cable, internet, or wireless services.',
    },
  ],
  complaintPage: {
    url: 'https://rca.alaska.gov/RCAWeb/ForConsumers/GeneralInfo.aspx',
    source: 'ak-general',
    quote: "To file a complaint about your utility, please use the RCA's online complaint portal or download the Informal Complaint Form.",
  },
  channels: [
    {
      kind: 'phone',
      value: '(907) 276-6222',
      label: 'Consumer Protection & Information Section',
      source: 'ak-general',
      quote: 'Tel. No. (907) 276-6222',
    },
    {
      kind: 'phone',
      value: '1-800-390-2782',
      label: 'Outside Anchorage',
      source: 'ak-general',
      quote: '1-800-390-2782 (outside Anchorage)',
    },
    { kind: 'fax', value: '(907) 276-0160', source: 'ak-general', quote: 'Fax: (907) 276-0160' },
  ],
  notes: [
    {
      text: 'Take the complaint to the utility first; the commission steps in if it is not settled.',
      source: 'ak-informal-rule',
      quote:
        'If a customer or shipper has an informal complaint against a public utility or pipeline carrier, the complaint must be made first to the utility or carrier.',
    },
    {
      text: 'An officer contacts you within two business days of receiving the complaint.',
      source: 'ak-general',
      quote: 'A consumer protection and information officer will contact you within two business days upon receipt of your complaint.',
    },
    {
      text: 'Say what you have already done to settle it and how the utility answered, with copies of any letters.',
      source: 'ak-informal-rule',
      quote:
        '(2) everything the complainant has done, or tried to do, either orally or in writing, to resolve the complaint;\n(3) the response of the utility or pipeline carrier to the arguments and efforts of the complainant;',
    },
  ],
  sources: [
    source(
      'ak-general',
      'https://rca.alaska.gov/RCAWeb/ForConsumers/GeneralInfo.aspx',
      'General Information (RCA, For Consumers)',
      'first-party',
      {
        readAt: 'http://rca.alaska.gov/RCAWeb/ForConsumers/GeneralInfo.aspx',
      },
    ),
    source('ak-media', 'https://rca.alaska.gov/RCAWeb/ContactUs/MediaInquiries.aspx', 'Media Inquiries (RCA)', 'first-party'),
    source(
      'ak-water-rule',
      'https://casetext.com/regulation/alaska-administrative-code/title-3-commerce-community-and-economic-development/part-7-regulatory-commission-of-alaska/chapter-52-operation-of-public-utilities/article-8-refuse-utilities/section-3-aac-52726-customer-complaints',
      '3 AAC 52.726 Customer complaints',
      'second-hand',
    ),
    source(
      'ak-informal-rule',
      'https://casetext.com/regulation/alaska-administrative-code/title-3-commerce-community-and-economic-development/part-7-regulatory-commission-of-alaska/chapter-48-practice-and-procedure/article-1-practice-before-the-commission/section-3-aac-48120-informal-complaints',
      '3 AAC 48.120 Informal complaints',
      'second-hand',
    ),
  ],
};

const arizona: AuthorityInput = {
  id: 'puc-az',
  kind: 'state_PUC',
  name: 'Arizona Corporation Commission',
  shortName: 'ACC',
  state: 'AZ',
  named: {
    source: 'az-electric-faq',
    quote: 'The Arizona Corporation Commission is the regulatory authority with jurisdiction over private and investor owned utilities.',
  },
  covers: [
    {
      category: 'electric',
      source: 'az-electric-faq',
      quote:
        'Both locations are staffed with consumer service professionals who can help you with answers to questions about regulated electric companies.',
    },
  ],
  excludes: [
    {
      text: 'Cable or satellite TV and internet service.',
      source: 'az-consumer',
      quote: 'Complaints related to cable television or satellite TV service\n      Complaints related to internet service or providers',
    },
    {
      text: 'City-owned utilities and the Salt River Project.',
      source: 'az-electric-faq',
      quote:
        'Municipal systems ("City of") are regulated by the city or town council and do not fall under our jurisdiction. The Salt River Project is also outside our jurisdiction.',
    },
  ],
  complaintPage: {
    url: 'https://www.azcc.gov/divisions/utilities/consumerservices.asp',
    source: 'az-consumer',
    quote: 'Complaints can be submitted by telephone, letter, e-mail or in person.',
  },
  channels: [
    {
      kind: 'phone',
      value: '(602) 542-4251',
      label: 'Phoenix office',
      source: 'az-consumer',
      quote: 'Phoenix, AZ 85007\n(602) 542-4251\n(800) 222-7000',
    },
    {
      kind: 'phone',
      value: '(800) 222-7000',
      label: 'Phoenix office, toll free',
      source: 'az-consumer',
      quote: 'Phoenix, AZ 85007\n(602) 542-4251\n(800) 222-7000',
    },
    {
      kind: 'phone',
      value: '(520) 628-6550',
      label: 'Tucson office',
      source: 'az-consumer',
      quote: 'Tucson, AZ 85701\n(520) 628-6550\n(800) 535-0148',
    },
    {
      kind: 'phone',
      value: '(800) 535-0148',
      label: 'Tucson office, toll free',
      source: 'az-consumer',
      quote: 'Tucson, AZ 85701\n(520) 628-6550\n(800) 535-0148',
    },
  ],
  answerDays: {
    days: 5,
    businessDays: true,
    source: 'az-electric-rule',
    quote:
      "Within five business days after a\ncomplaint is made, the utility shall respond to the complainant and, if\napplicable, to the Commission representative regarding the status of the\nutility's investigation of the complaint.",
  },
  notes: [
    {
      text: 'Contact the utility first; the commission cannot open a complaint for you because you are not the account holder.',
      source: 'az-consumer',
      quote:
        'You should always contact the utility first to see if they can help solve your problem. We cannot initiate a complaint on your behalf because we are not the accountholder.',
    },
    {
      text: 'You may be asked for a written summary of the dispute with supporting documents.',
      source: 'az-consumer',
      quote: 'you may be required to submit a written summary of your dispute and provide supporting documents.',
    },
  ],
  sources: [
    source(
      'az-consumer',
      'https://www.azcc.gov/divisions/utilities/consumerservices.asp',
      'Consumer Services (Utilities Division)',
      'first-party',
      {
        readAt: 'http://www.azcc.gov/divisions/utilities/consumerservices.asp',
      },
    ),
    source(
      'az-electric-faq',
      'https://azcc.gov/divisions/utilities/electric/faqs.asp',
      'Frequently Asked Questions (electric)',
      'first-party',
    ),
    source(
      'az-electric-rule',
      'https://regulations.justia.com/states/arizona/title-14/chapter-2/article-2/r14-2-212',
      'Ariz. Admin. Code R14-2-212 (electric utilities)',
      'second-hand',
    ),
  ],
};

const arkansasCovers =
  'The APSC regulates public utilities which provide electric, gas, and telephone service, and larger water companies.';

const arkansas: AuthorityInput = {
  id: 'puc-ar',
  kind: 'state_PUC',
  name: 'Arkansas Public Service Commission',
  shortName: 'APSC',
  state: 'AR',
  named: {
    source: 'ar-complaint',
    quote: 'Complaints are an important part of the Arkansas Public Service Commission’s (APSC’s) regulatory duties.',
  },
  covers: (['electric', 'gas', 'landline', 'water'] as const).map((category) => ({
    category,
    source: 'ar-complaint',
    quote: arkansasCovers,
  })),
  excludes: [
    {
      text: 'City-owned electric, gas, water or sewer utilities, water and sewer improvement districts, and utilities owned by property owners associations.',
      source: 'ar-complaint',
      quote:
        'The APSC does not regulate the rates and service of municipally-owned electric, gas, water, or sewer utilities; water and sewer improvement districts; or, utilities owned by property owners associations.',
    },
    {
      text: 'Money damages: those claims go to a court.',
      source: 'ar-complaint',
      quote: 'The APSC does not have the authority to award monetary damages. Damage claims must be filed in a court of law.',
    },
  ],
  complaintPage: {
    url: 'https://apsc.arkansas.gov/consumer-services/filing-a-complaint/',
    source: 'ar-complaint',
    quote:
      'We handle complaints about service outages, connection and suspension of service, billing problems, payment arrangements, and disputed charges.',
  },
  channels: [
    { kind: 'phone', value: '501-682-5809', source: 'ar-portal', quote: 'Phone: 501-682-5809' },
    { kind: 'phone', value: '800-482-1164', label: 'Toll free', source: 'ar-portal', quote: 'Toll-free: 800-482-1164' },
  ],
  notes: [
    {
      text: 'Tell the utility you dispute the amount: service should not be cut off during the complaint, but keep paying what is not disputed.',
      source: 'ar-complaint',
      quote:
        'If you have a complaint concerning all or part of an unpaid bill and tell your utility company that you are disputing the amount, your service should not be suspended during the complaint process.',
    },
    {
      text: 'Try in good faith to settle it with the utility first, and describe those efforts in the complaint.',
      source: 'ar-statute',
      quote:
        'Every complainant shall, before filing a complaint, make a good faith effort to informally resolve with the respondent the situation complained of.',
    },
  ],
  sources: [
    source('ar-complaint', 'https://apsc.arkansas.gov/consumer-services/filing-a-complaint/', 'Filing a Complaint (APSC)', 'first-party'),
    source(
      'ar-portal',
      'https://portal.arkansas.gov/state_agencies/arkansas-public-service-commission/',
      'Arkansas Public Service Commission (Arkansas.gov)',
      'first-party',
      {
        note: 'The State of Arkansas’s own portal.',
      },
    ),
    source(
      'ar-statute',
      'https://laws9.com/statutes/arkansas/title-23/subtitle-1/chapter-3/subchapter-1/23-3-119',
      'Ark. Code § 23-3-119 Complaints',
      'second-hand',
      {
        readAt: 'http://laws9.com/statutes/arkansas/title-23/subtitle-1/chapter-3/subchapter-1/23-3-119',
      },
    ),
  ],
};

export const states: AuthorityInput[] = [alabama, alaska, arizona, arkansas];
