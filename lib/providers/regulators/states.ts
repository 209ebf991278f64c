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

const alabamaConsumerServices = 'https://www.psc.alabama.gov/Consum%20Information/new%20stuff/Consumer%20Services%20General%20Info.htm';

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
  complaintPage: {
    url: alabamaConsumerServices,
    source: 'al-consumer-services',
    quote:
      "The PSC's Consumer Services section investigates complaints regarding the operation, services and billings of regulated utility companies.",
  },
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
    source('al-consumer-services', alabamaConsumerServices, 'Consumer Services (Alabama PSC)', 'first-party', {
      readAt: 'http://www.psc.alabama.gov/Consum%20Information/new%20stuff/Consumer%20Services%20General%20Info.htm',
      note: 'An older page of the commission’s site, read in a stored copy; it may since have moved.',
    }),
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

const colorado: AuthorityInput = {
  id: 'puc-co',
  kind: 'state_PUC',
  name: 'Colorado Public Utilities Commission',
  shortName: 'PUC',
  state: 'CO',
  named: { source: 'co-participate', quote: 'The Colorado Public Utilities Commission welcomes and encourages public comments.' },
  covers: (['electric', 'gas', 'landline', 'water'] as const).map((category) => ({
    category,
    source: 'co-gazette',
    quote: 'These include electric, natural gas, steam, telecommunications, transportation, railroad, and water systems',
  })),
  excludes: [
    {
      text: 'Utilities it does not regulate: only those in bold on its list of providers are.',
      source: 'co-billing-guide',
      quote:
        'Not all utilities fall under PUC jurisdiction. Review the official PUC list of jurisdictional energy and water providers, where regulated ones are bolded.',
    },
  ],
  complaintPage: {
    url: 'https://puc.colorado.gov/utilityproviders',
    source: 'co-billing-guide',
    quote: 'Their providers page states: "If you have a complaint or concern about regulated utilities, please file a complaint here."',
  },
  channels: [
    {
      kind: 'phone',
      value: '303-894-2070',
      label: 'PUC Consumer Affairs',
      source: 'co-fyi',
      quote: 'To reach PUC Consumer Affairs:\n1560 Broadway, Suite 250, Denver, CO 80202\n303-894-2070 (local); 1-800-456-0858 (toll-free)',
    },
    {
      kind: 'phone',
      value: '1-800-456-0858',
      label: 'PUC Consumer Affairs, toll free',
      source: 'co-fyi',
      quote: 'To reach PUC Consumer Affairs:\n1560 Broadway, Suite 250, Denver, CO 80202\n303-894-2070 (local); 1-800-456-0858 (toll-free)',
    },
  ],
  notes: [
    {
      text: 'The state’s Utility Consumer Advocate does not take complaints; they go to the commission.',
      source: 'co-billing-guide',
      quote: 'The Office of the Utility Consumer Advocate (UCA) does not accept utility complaints and directs them to the PUC.',
    },
  ],
  sources: [
    source('co-participate', 'https://puc.colorado.gov/participate', 'Participate (Colorado PUC)', 'first-party'),
    source(
      'co-gazette',
      'https://daily.denvergazette.com/the-denver-gazette/20230203/281625309451305',
      'What does the Colorado Public Utilities Commission do?',
      'second-hand',
      {
        published: '2023-02-03',
      },
    ),
    source(
      'co-billing-guide',
      'https://consumoteca.com.co/articles/en/colorado-utility-commission-billing-complaint-file-with-puc-for-regulated-providers',
      'Colorado utility commission billing complaint: file with PUC for regulated providers',
      'second-hand',
    ),
    source(
      'co-fyi',
      'https://studylib.net/doc/8386050/public-utilities-commission',
      'For Your Information P-6: Determining whether your utility problem is regulated by the PUC (a copy)',
      'second-hand',
      { note: 'An undated copy of the commission’s own fact sheet kept on a document site.' },
    ),
  ],
};

const connecticut: AuthorityInput = {
  id: 'puc-ct',
  kind: 'state_PUC',
  name: 'Public Utilities Regulatory Authority',
  shortName: 'PURA',
  state: 'CT',
  named: { source: 'ct-faq', quote: 'Q: What does The Public Utilities Regulatory Authority (PURA) of Connecticut regulate?' },
  covers: (['electric', 'gas', 'water'] as const).map((category) => ({
    category,
    source: 'ct-faq',
    quote:
      'The utilities regulated by PURA include Eversource, Eversource (Yankee) Gas, United Illuminating, Southern Connecticut Gas, Connecticut Natural Gas, Aquarion, and Connecticut Water.',
  })),
  complaintPage: {
    url: 'https://portal.ct.gov/PURA/Consumer-Services/Customer-Affairs',
    source: 'ct-customer-affairs',
    quote: 'Customers may contact PURA’s Customer Affairs Unit via web-filed complaint, sending us an email, or by telephone:',
  },
  channels: [
    {
      kind: 'phone',
      value: '1-800-382-4586',
      label: 'Customer Affairs Unit, toll free',
      source: 'ct-customer-affairs',
      quote: 'Toll Free Number: 1-800-382-4586',
    },
    {
      kind: 'phone',
      value: '1-860-827-2622',
      label: 'From outside Connecticut',
      source: 'ct-customer-affairs',
      quote: 'Outside Connecticut: 1-860-827-2622',
    },
    { kind: 'email', value: 'pura.information@ct.gov', source: 'ct-customer-affairs', quote: 'Email: pura.information@ct.gov' },
  ],
  notes: [
    {
      text: 'Contact the utility first and give it a chance to solve the problem; then call or write to PURA.',
      source: 'ct-rights',
      quote:
        'please contact the utility company first and give it an opportunity to resolve your problem. If the matter is not resolved to your satisfaction, please call or write to us at the PURA.',
    },
  ],
  sources: [
    source(
      'ct-customer-affairs',
      'https://portal.ct.gov/PURA/Consumer-Services/Customer-Affairs',
      'Customer Affairs (PURA)',
      'first-party',
    ),
    source(
      'ct-faq',
      'https://portal.ct.gov/pura/consumer-services/frequently-asked-questions',
      'Frequently Asked Questions (PURA)',
      'first-party',
    ),
    source(
      'ct-rights',
      'https://authoring-stage.ct.egov.com/pura/consumer-services/customer-rights--responsibilities',
      'Your Utility Service Rights and Responsibilities (PURA)',
      'first-party',
      { note: 'Read on the state’s staging copy of the PURA site.' },
    ),
  ],
};

const delawareCovers =
  'works to ensure safe, reliable and reasonably priced cable, electric, natural gas, wastewater, water and telecommunications services for Delaware consumers.';

const delaware: AuthorityInput = {
  id: 'puc-de',
  kind: 'state_PUC',
  name: 'Delaware Public Service Commission',
  shortName: 'PSC',
  state: 'DE',
  named: {
    source: 'de-about',
    quote: 'the Delaware Public Service Commission (PSC) works to ensure safe, reliable and reasonably priced cable',
  },
  covers: (['electric', 'gas', 'water', 'landline'] as const).map((category) => ({ category, source: 'de-about', quote: delawareCovers })),
  excludes: [
    {
      text: 'The Delaware Electric Cooperative and city-owned utilities.',
      source: 'de-pamphlet',
      quote: 'The Commission does not regulate the Delaware Electric Cooperative or utilities that are owned by municipalities.',
    },
  ],
  notes: [
    {
      text: 'Since July 2014 complaints about regulated utilities are investigated by the Division of the Public Advocate, not the commission.',
      source: 'de-advocate-faq',
      quote:
        'Effective July 1, 2014, the DPA took over responsibility for investigationg and responding to customer complaints about regulated utilities.',
    },
    {
      text: 'Contact the utility first.',
      source: 'de-pamphlet',
      quote: 'Any time you have a problem with the utility services you receive, you should first contact the utility directly.',
    },
  ],
  sources: [
    source('de-about', 'https://depsc.delaware.gov/public-service-commission/', 'About the Public Service Commission', 'first-party'),
    source(
      'de-advocate-faq',
      'https://publicadvocate.delaware.gov/frequently-asked-questions/',
      'Frequently Asked Questions (Division of the Public Advocate)',
      'first-party',
      {
        note: 'The state agency that now handles complaints about regulated utilities.',
      },
    ),
    source(
      'de-pamphlet',
      'https://fdocuments.us/document/if-you-have-a-complaint-delaware-delaware-public-service-public-comment.html',
      'If You Have a Complaint (Delaware PSC pamphlet)',
      'second-hand',
      { note: 'A copy of the commission’s pamphlet kept on a document site.' },
    ),
  ],
};

const districtOfColumbia: AuthorityInput = {
  id: 'puc-dc',
  kind: 'state_PUC',
  name: 'Public Service Commission of the District of Columbia',
  shortName: 'PSC',
  state: 'DC',
  named: {
    source: 'dc-mission',
    quote: 'The mission of the Public Service Commission of the District of Columbia is to serve the public interest',
  },
  covers: (['electric', 'gas', 'landline'] as const).map((category) => ({
    category,
    source: 'dc-mission',
    quote:
      'ensuring that financially healthy electric, natural gas and telecommunications companies provide safe, reliable and quality utility services',
  })),
  answerDays: {
    days: 14,
    businessDays: true,
    source: 'dc-rule',
    quote:
      'The Utility, Energy Supplier or Telecommunications Service Provider shall respond to the Informal Complaint or similar Customer related referral to the Office of Consumer Services within fourteen (14) Business Days',
  },
  notes: [
    {
      text: 'Try to settle it with the company first; the Office of Consumer Services handles what that did not resolve.',
      source: 'dc-rule',
      quote:
        'In every case of a dispute between a Customer and a Utility, Energy Supplier or Telecommunications Service Provider, the first attempt at resolution shall be made directly between the parties.',
    },
    {
      text: 'Someone other than the customer of record filing for them needs a notarized letter from the customer of record authorizing it.',
      source: 'dc-rule',
      quote:
        'Should a party other than the Applicant, Customer of record, or the Office of the People’s Counsel file such a Complaint, the Applicant or Customer of record shall file a notarized letter authorizing the designee to act on his or her behalf',
    },
  ],
  sources: [
    source(
      'dc-mission',
      'https://dcpscdev.datanetusa.com/About-PSC/About-the-Commission/Mission-and-Goals.aspx',
      'Mission and Goals (DC PSC)',
      'first-party',
      {
        note: 'Read on a development copy of the commission’s site.',
      },
    ),
    source('dc-rule', 'https://dcrules.elaws.us/dcmr/15-323', '15 DCMR § 323 Office of Consumer Services', 'second-hand', {
      readAt: 'http://dcrules.elaws.us/dcmr/15-323',
    }),
  ],
};

const californiaCovers =
  'The California Public Utilities Commission (CPUC) regulates privately owned California utilities that provide energy, water, and telecommunications services.';

const california: AuthorityInput = {
  id: 'puc-ca',
  kind: 'state_PUC',
  name: 'California Public Utilities Commission',
  shortName: 'CPUC',
  state: 'CA',
  named: { source: 'ca-cab', quote: californiaCovers },
  covers: (['electric', 'gas', 'water', 'landline'] as const).map((category) => ({ category, source: 'ca-cab', quote: californiaCovers })),
  complaintPage: {
    url: 'https://www.cpuc.ca.gov/cab/',
    source: 'ca-cab',
    quote: 'If you are already familiar with our complaint process you can file a written complaint using our online complaint form.',
  },
  channels: [
    {
      kind: 'phone',
      value: '1-800-649-7570',
      label: 'Consumer Affairs Branch (CAB)',
      hours: 'Monday to Friday, 8:30 a.m. to 4:30 p.m.',
      source: 'ca-step-2',
      quote: 'Step 2: Call CAB at 1-800-649-7570 (Monday – Friday, 8:30 a.m. – 4:30 p.m.)',
    },
  ],
  notes: [
    {
      text: 'Give the utility a chance to resolve it first, through its customer service department.',
      source: 'ca-cab',
      quote:
        'Before contacting CAB, we recommend that you give your utility provider an opportunity to resolve your complaint by contacting their customer service department.',
    },
    {
      text: 'When you call, have the bill with the disputed charges and the account number; you are asked for the account holder’s name and yours if different.',
      source: 'ca-step-2',
      quote: '- Name on the account/account holder’s name\n- Your name, if different from the account holder’s name',
    },
    {
      text: 'A written complaint is acknowledged by letter within 10 days, with a case number.',
      source: 'ca-what-to-expect',
      quote: 'You will receive a letter of acknowledgment from CAB within 10 days, which will include the file case number.',
    },
    {
      text: 'Most cases are resolved within 45 days of filing.',
      source: 'ca-what-to-expect',
      quote: 'Most cases are resolved within 45 days of filing.',
    },
  ],
  sources: [
    source('ca-cab', 'https://www.cpuc.ca.gov/cab/', 'Consumer Affairs Branch (CPUC)', 'first-party', {
      readAt: 'http://www.cpuc.ca.gov/cab/',
    }),
    source(
      'ca-step-2',
      'https://www.cpuc.ca.gov/PUC/aboutus/Divisions/CSID/Consumer+Affairs/Informal+Complain+Process+Step+2.htm',
      'Informal Complaint Process, Step 2 (CPUC)',
      'first-party',
      { readAt: 'http://www.cpuc.ca.gov/PUC/aboutus/Divisions/CSID/Consumer+Affairs/Informal+Complain+Process+Step+2.htm' },
    ),
    source(
      'ca-what-to-expect',
      'https://www.cpuc.ca.gov/whattoexpect/',
      'What To Expect After Submitting Your Written Complaint (CPUC)',
      'first-party',
      {
        readAt: 'http://www.cpuc.ca.gov/whattoexpect/',
      },
    ),
  ],
};

const floridaCovers = "regarding electric, gas, telephone, water, or wastewater service that is subject to the Commission's jurisdiction.";

const florida: AuthorityInput = {
  id: 'puc-fl',
  kind: 'state_PUC',
  name: 'Florida Public Service Commission',
  shortName: 'PSC',
  state: 'FL',
  named: {
    source: 'fl-update',
    quote: 'The Florida Public Service Commission (PSC) has received reports of scammers posing as utility personnel',
  },
  covers: (['electric', 'gas', 'landline', 'water'] as const).map((category) => ({ category, source: 'fl-rule', quote: floridaCovers })),
  complaintPage: {
    url: 'https://www.floridapsc.com/Files/HTML/ComplaintsHelp.html',
    source: 'fl-form-help',
    quote: 'Click the Submit button and record your tracking number for future reference.',
  },
  channels: [
    {
      kind: 'phone',
      value: '1-800-342-3552',
      label: 'Consumer Assistance',
      source: 'fl-guide',
      quote: 'Call the FPSC Consumer Assistance hotline at 1-800-342-3552.',
    },
  ],
  answerDays: {
    days: 15,
    businessDays: true,
    source: 'fl-presentation',
    quote: 'Utility has 15 working days to respond to the Commission',
  },
  notes: [
    {
      text: 'The online form gives you a tracking number: write it down.',
      source: 'fl-form-help',
      quote: 'Click the Submit button and record your tracking number for future reference.',
    },
    {
      text: 'The complaint names the company, the customer of record and the service address.',
      source: 'fl-rule',
      quote:
        "The complaint shall include the name of the company\nagainst which the complaint is made, the name of the customer of record, and\nthe customer's service address.",
    },
    {
      text: 'Staff first check whether you have contacted the company.',
      source: 'fl-rule',
      quote: 'Upon receipt of a complaint by telephone,\nCommission staff will determine if the customer has contacted the\ncompany.',
    },
    {
      text: 'Collection of the disputed amount is suspended while the complaint is open.',
      source: 'fl-presentation',
      quote: 'Collection action is suspended on the disputed amount',
    },
    {
      text: 'A 2011 law reduced its authority over telephone companies.',
      source: 'fl-about',
      quote: 'In 2011, legislation was approved that reduced the Commission’s jurisdiction over the telecommunications industry.',
    },
  ],
  sources: [
    source(
      'fl-update',
      'https://www.floridapsc.com/AboutPSC/ChairmanUpdate?month=11&year=2017',
      'Commission Update, November 2017 (Florida PSC)',
      'first-party',
      {
        readAt: 'http://floridapsc.com/AboutPSC/ChairmanUpdate?month=11&year=2017',
        published: '2017-11',
      },
    ),
    source('fl-about', 'https://www.floridapsc.com/about', 'About the PSC', 'first-party'),
    source(
      'fl-rule',
      'https://www.law.cornell.edu/regulations/florida/Fla-Admin-Code-Ann-R-25-22-032',
      'Fla. Admin. Code R. 25-22.032 Customer Complaints',
      'second-hand',
    ),
    source(
      'fl-presentation',
      'https://slideplayer.com./amp/5941937',
      'Consumer Assistance Complaint Handling Process (Florida PSC slides)',
      'second-hand',
      {
        note: 'A copy of the commission’s own presentation kept on a slide-sharing site.',
      },
    ),
    source(
      'fl-guide',
      'https://www.hows.tech/2024/06/how-do-i-file-complaint-against-utility_5.html',
      'How do I file a complaint against a utility (Florida)',
      'second-hand',
      {
        published: '2024-06',
      },
    ),
    source(
      'fl-form-help',
      'https://www.floridapsc.com/Files/HTML/ComplaintsHelp.html',
      'How to Use the PSC Online Complaints Form (Florida PSC)',
      'first-party',
      { readAt: 'http://floridapsc.com/Files/HTML/ComplaintsHelp.html' },
    ),
  ],
};

const georgiaCovers = 'The PSC monitors the rates and services of most electric, gas, and telecommunication service providers.';

const georgia: AuthorityInput = {
  id: 'puc-ga',
  kind: 'state_PUC',
  name: 'Georgia Public Service Commission',
  shortName: 'PSC',
  state: 'GA',
  named: { source: 'ga-problem', quote: "provisions of the Georgia Public Service Commission's (PSC) Administrative Regulations" },
  covers: (['electric', 'gas', 'landline'] as const).map((category) => ({ category, source: 'ga-problem', quote: georgiaCovers })),
  excludes: [
    {
      text: 'Water, sewer and sanitation, city-owned utilities’ rates and electric membership corporations.',
      source: 'ga-problem',
      quote:
        'The PSC does not regulate water, sewer or sanitation services or have the authority to regulate the rates established by municipally-owned utility companies or electric membership corporations.',
    },
  ],
  complaintPage: {
    url: 'https://www.psc.state.ga.us/consumer_corner/problemwithutility.asp',
    source: 'ga-problem',
    quote: 'You may submit your complaint to the PSC by telephone, letter, e-mail or in person.',
  },
  channels: [
    {
      kind: 'phone',
      value: '404-656-4501',
      label: 'Local',
      source: 'ga-handbook',
      quote: '404-656-4501, Local\n\n1-800-282-5813, Toll-Free',
    },
    {
      kind: 'phone',
      value: '1-800-282-5813',
      label: 'Toll free',
      source: 'ga-handbook',
      quote: '404-656-4501, Local\n\n1-800-282-5813, Toll-Free',
    },
  ],
  notes: [
    {
      text: 'Take the problem to the utility first; contact the commission if it does not answer in reasonable time or you are not satisfied.',
      source: 'ga-problem',
      quote:
        "If you do not hear from the utility within a reasonable time, or if you are not satisfied with the utility's action, you may contact the Consumer Affairs Office of the Georgia Public Service Commission.",
    },
  ],
  sources: [
    source(
      'ga-problem',
      'https://www.psc.state.ga.us/consumer_corner/problemwithutility.asp',
      'How to Handle A Problem With A Regulated Utility (Georgia PSC)',
      'first-party',
      {
        readAt: 'http://www.psc.state.ga.us/consumer_corner/problemwithutility.asp',
      },
    ),
    source(
      'ga-handbook',
      'https://documents.pub/document/aoefor-the-common-good-of-customers-and-utility-companiesa-aoefor-the-common-good.html',
      'Consumer Rights: Electric, Natural Gas and Telephone (Georgia PSC handbook)',
      'second-hand',
      { note: 'A copy of the commission’s handbook kept on a document site.' },
    ),
  ],
};

const hawaii: AuthorityInput = {
  id: 'puc-hi',
  kind: 'state_PUC',
  name: 'Hawaii Public Utilities Commission',
  shortName: 'PUC',
  state: 'HI',
  named: {
    source: 'hi-dca',
    quote:
      'Hawaiian Electric submitted its action plans to achieve the State’s energy goals to the Hawaii Public Utilities Commission (PUC) yesterday.',
  },
  covers: (['electric', 'gas', 'landline', 'water'] as const).map((category) => ({
    category,
    source: 'hi-oha',
    quote:
      'the PUC is responsible for regulating 221 utility companies or entities (four electric, one gas, 179 telecommunications, and 37 water and sewer companies)',
  })),
  complaintPage: {
    url: 'https://puc.hawaii.gov/filing/complaint/formal-complaints/',
    source: 'hi-formal',
    quote:
      'If your informal complaint is not resolved to your satisfaction and you wish to file a formal complaint, your pleading must be filed in accordance with the formal complaint filing procedures set forth in HAR §16-601-67.',
  },
  notes: [
    {
      text: 'This page is for a formal complaint, which comes after an informal one and has a $30 filing fee.',
      source: 'hi-formal',
      quote: 'Your filing will be subject to a $30.00 filing fee.',
    },
    {
      text: 'For electric or gas, dispute a bill with the utility within the 15 days allowed to pay it; paying under protest avoids a shut-off and the protest goes to the commission.',
      source: 'hi-rule',
      quote:
        'The customer may pay the disputed bill under protest to avoid termination of service and the protest shall be submitted to the commission for final determination.',
    },
  ],
  sources: [
    source(
      'hi-dca',
      'https://cca.hawaii.gov/dca/archived-notices-and-events/',
      'Archived Notices and Events (Division of Consumer Advocacy)',
      'first-party',
      {
        note: 'The state’s consumer advocate, not the commission itself.',
      },
    ),
    source(
      'hi-oha',
      'https://www.rowenaakana.org/tag/public-utilities-commission/',
      'How can we get the PUC to be more responsible to our Hawaii residents?',
      'second-hand',
      {
        readAt: 'http://www.rowenaakana.org/tag/public-utilities-commission/',
        published: '2009-10',
        note: 'Quotes the commission’s Annual Report for fiscal year 2006-07.',
      },
    ),
    source('hi-formal', 'https://puc.hawaii.gov/filing/complaint/formal-complaints/', 'Formal Complaints (Hawaii PUC)', 'first-party', {
      readAt: 'http://puc.hawaii.gov/filing/complaint/formal-complaints/',
    }),
    source(
      'hi-rule',
      'https://regulations.justia.com/states/hawaii/title-6/public-utilities-commission/chapter-60/section-6-60-8',
      'HI Admin Rules 6-60-8',
      'second-hand',
    ),
  ],
};

const idahoCovers =
  'In Idaho, investor-owned utilities providing basic services such as electricity, gas, water and telecommunications services must follow rules that protect consumers. The rules are established and enforced by the Idaho Public Utilities Commission (IPUC).';

const idaho: AuthorityInput = {
  id: 'puc-id',
  kind: 'state_PUC',
  name: 'Idaho Public Utilities Commission',
  shortName: 'IPUC',
  state: 'ID',
  named: { source: 'id-legal-aid', quote: 'The rules are established and enforced by the Idaho Public Utilities Commission (IPUC).' },
  covers: (['electric', 'gas', 'water', 'landline'] as const).map((category) => ({ category, source: 'id-legal-aid', quote: idahoCovers })),
  excludes: [
    {
      text: 'City-owned and cooperative utilities.',
      source: 'id-legal-aid',
      quote: '(City-owned or cooperative utilities are not regulated by the IPUC)',
    },
  ],
  notes: [
    {
      text: 'Contacting the utility first is encouraged but not required.',
      source: 'id-rule-401',
      quote: 'Customers and applicants are encouraged, but not required, to contact the utility before filing an informal complaint.',
    },
    {
      text: 'Service must not be cut off while the complaint is before the commission; undisputed amounts are still billed.',
      source: 'id-rule-401',
      quote:
        'Utility service must not be terminated nor termination threatened by notice or otherwise while the complaint is pending before the Commission.',
    },
  ],
  sources: [
    source(
      'id-legal-aid',
      'https://www.idaholegalaid.org/node/2702/idaho-residential-utility-disconnection-factsheet',
      'Idaho Residential Utility Disconnection Factsheet',
      'second-hand',
    ),
    source(
      'id-rule-401',
      'https://casetext.com/regulation/idaho-administrative-code/title-idapa-31-public-utilities-commission/rule-312101-customer-relations-rules-for-gas-electric-and-waterpublic-utilities-the-utility-customer-relations-rules/complaint-procedure/section-312101401-complaint-to-commission',
      'Idaho Admin. Code r. 31.21.01.401 Complaint to Commission',
      'second-hand',
    ),
  ],
};

const illinoisCovers =
  'Public utilities are electric, natural gas, water, sewer, and phone services regulated by the Illinois Commerce Commission (ICC).';

const illinois: AuthorityInput = {
  id: 'puc-il',
  kind: 'state_PUC',
  name: 'Illinois Commerce Commission',
  shortName: 'ICC',
  state: 'IL',
  named: { source: 'il-legal-aid', quote: illinoisCovers },
  covers: (['electric', 'gas', 'water', 'landline'] as const).map((category) => ({
    category,
    source: 'il-legal-aid',
    quote: illinoisCovers,
  })),
  excludes: [
    {
      text: 'City-owned and cooperative utilities.',
      source: 'il-legal-aid',
      quote: 'Municipal and cooperative utility companies aren’t public.',
    },
  ],
  complaintPage: {
    url: 'https://www.icc.illinois.gov/complaints/',
    source: 'il-water-notice',
    quote: 'you are encouraged to file complaints online at https://www.icc.illinois.gov/complaints/',
  },
  channels: [
    {
      kind: 'phone',
      value: '1-800-524-0795',
      label: 'Consumer Services',
      source: 'il-legal-aid',
      quote: 'File informal complaints online or call Consumer Services at:\n- 1-800-524-0795,',
    },
    {
      kind: 'phone',
      value: '1-217-782-2024',
      label: 'From outside Illinois',
      source: 'il-legal-aid',
      quote: '- 1-217-782-2024 outside Illinois, or',
    },
    { kind: 'tty', value: '1-800-858-9277', source: 'il-legal-aid', quote: '- TTY at 1-800-858-9277.' },
  ],
  notes: [
    {
      text: 'Try to resolve it with the utility first.',
      source: 'il-rule',
      quote:
        "The customer must contact the utility and attempt to resolve the complaint directly with the utility before proceeding to the Commission's informal complaint process.",
    },
    {
      text: 'An informal complaint does not stop the two-year limit for refunds; only a formal complaint does, so say how far back the matter goes.',
      source: 'il-village',
      quote:
        'Under Illinois law, only the formal complaint can do this, so when you make your informal complaint, please be certain to let us know how far back in time this matter extends.',
    },
    {
      text: 'A counselor works with you and the utility, typically within 1 to 14 days.',
      source: 'il-village',
      quote:
        'The Consumer Counselor handling your case will work with you to try to resolve your concerns with the utility as quickly as possible -- typically within 1 to 14 days.',
    },
  ],
  sources: [
    source('il-legal-aid', 'https://www.illinoislegalaid.org/node/54706', 'Public utilities (Illinois Legal Aid Online)', 'second-hand'),
    source(
      'il-water-notice',
      'https://www.uiwater.com/illinois/about-us/media-room/illinois/2020/03/19/please-minimize-contact-with-utility-workers',
      'Please Minimize Contact with Utility Workers amid COVID-19 Concerns',
      'second-hand',
      { published: '2020-03-19', note: 'A utility’s notice passing on the ICC’s own words.' },
    ),
    source(
      'il-rule',
      'https://regulations.justia.com/states/illinois/title-83/part-280/subpart-m/section-280-220',
      '83 Ill. Adm. Code 280.220 Utility Complaint Process',
      'second-hand',
    ),
    source(
      'il-village',
      'https://www.university-park-il.com/how_do_i/filing_an_informal_utility_complaint.php',
      'Filing An Informal Utility Complaint (Village of University Park)',
      'second-hand',
      {
        note: 'The village page says: "This information is provided by the Illinois Commerce Commission".',
      },
    ),
  ],
};

/** Telephone service only "to a lesser extent": left out of what it covers. */
const indianaCovers =
  'The IURC regulates electric, natural gas, steam, water, and wastewater utilities, and to a lesser extent, telecommunications and video providers.';

const indiana: AuthorityInput = {
  id: 'puc-in',
  kind: 'state_PUC',
  name: 'Indiana Utility Regulatory Commission',
  shortName: 'IURC',
  state: 'IN',
  named: { source: 'in-faq', quote: 'What purpose does the Indiana Utility Regulatory Commission serve?' },
  covers: (['electric', 'gas', 'water'] as const).map((category) => ({ category, source: 'in-laws', quote: indianaCovers })),
  complaintPage: {
    url: 'https://www.in.gov/iurc/customer-assistance/',
    source: 'in-assistance',
    quote: 'Ways to file complaint a complaint with the Consumer Affairs Division:\n\n    1. Complete an online complaint form',
  },
  channels: [
    {
      kind: 'phone',
      value: '1-800-851-4268',
      label: 'Consumer Affairs Division',
      hours: 'Monday to Friday, 8:15 a.m. to 4:45 p.m. (ET)',
      source: 'in-assistance',
      quote:
        'Call the Consumer Affairs Division at 1-800-851-4268 during office hours, which are 8:15 a.m. to 4:45 p.m. (ET), Monday through Friday.',
    },
    {
      kind: 'phone',
      value: '317-232-2712',
      label: 'Local',
      source: 'in-rights',
      quote: 'Local: 317-232-2712 / Toll free: 1-800-851-4268 / TDD: 317-232-8556 / Fax: 317-233-2410',
    },
    {
      kind: 'tty',
      value: '317-232-8556',
      source: 'in-rights',
      quote: 'Local: 317-232-2712 / Toll free: 1-800-851-4268 / TDD: 317-232-8556 / Fax: 317-233-2410',
    },
  ],
  notes: [
    {
      text: 'Try to resolve it with the utility first.',
      source: 'in-assistance',
      quote:
        'Prior to initiating a complaint with our office, we strongly advise customers to first attempt to resolve the issue directly with the utility.',
    },
    {
      text: 'To appeal a utility’s proposed resolution, complain within 7 days of receiving it.',
      source: 'in-rule',
      quote:
        "A complaint must be submitted under this section within seven (7) days of the date the customer receives the utility's proposed resolution.",
    },
  ],
  sources: [
    source(
      'in-assistance',
      'https://www.in.gov/iurc/customer-assistance/',
      'Are you a utility customer? (IURC Customer Assistance)',
      'first-party',
    ),
    source('in-faq', 'https://www.in.gov/iurc/2462.htm', 'Consumer Assistance: Frequently Asked Questions (IURC)', 'first-party'),
    source('in-rights', 'https://www.in.gov/iurc/2614.htm', 'Customer Rights and Responsibilities (IURC)', 'first-party'),
    source('in-laws', 'https://www.in.gov/iurc/laws-rules-and-regulations/', 'Laws Rules and Regulations (IURC)', 'first-party'),
    source(
      'in-rule',
      'https://inrules.elaws.us/code/170iac16-1-5',
      '170 IAC 16-1-5 Consumer affairs review of utility’s proposed resolution',
      'second-hand',
      {
        readAt: 'http://inrules.elaws.us/code/170iac16-1-5',
      },
    ),
  ],
};

const iowaCovers =
  'The Board regulates the rates and services of certain electric, natural gas, and water utilities, the services of communications utilities';

/** Written in 2020, when the commission was the Iowa Utilities Board: the address and numbers may have changed with the name. */
const iowaContact =
  'Customers with utility issues or questions may submit a complaint online at https://iub.iowa.gov/utility-complaints-or-inquiries, or contact the IUB Customer Service Department by telephone at 877-565-4450 or (515) 725-7321';

const iowa: AuthorityInput = {
  id: 'puc-ia',
  kind: 'state_PUC',
  name: 'Iowa Utilities Commission',
  shortName: 'IUC',
  state: 'IA',
  named: { source: 'ia-other', quote: 'The following web resources are not maintained by the Iowa Utilities Commission.' },
  covers: (['electric', 'gas', 'water', 'landline'] as const).map((category) => ({ category, source: 'ia-slides', quote: iowaCovers })),
  excludes: [
    {
      text: 'Cell phones and other telephone matters outside its oversight (the FCC handles these).',
      source: 'ia-other',
      quote:
        'Federal Communications Commission - Helpful information on cell phone and other telephone issues not under the regulatory oversight of the IUC.',
    },
    {
      text: 'Water utilities other than Iowa-American Water.',
      source: 'ia-slides',
      quote: 'Chapter 21 – Water (IUB only regulates Iowa-American Water Co.)',
    },
  ],
  complaintPage: {
    url: 'https://iub.iowa.gov/utility-complaints-or-inquiries',
    source: 'ia-news',
    quote: iowaContact,
  },
  channels: [
    { kind: 'phone', value: '877-565-4450', label: 'Customer Service (toll free)', source: 'ia-news', quote: iowaContact },
    { kind: 'phone', value: '(515) 725-7321', label: 'Customer Service', source: 'ia-news', quote: iowaContact },
  ],
  answerDays: {
    days: 20,
    source: 'ia-rule-3',
    quote:
      'The utility shall respond to the complaint within 20 days of receipt and send a copy of its response to the complainant and the consumer advocate.',
  },
  notes: [
    {
      text: 'A written complaint names the utility and the staff who know the facts, the service address, and what was done to resolve it, with bills and letters.',
      source: 'ia-rule-2',
      quote: 'a\ndescription of the efforts made by the complainant to resolve the complaint\nwith the utility should be included.',
    },
    {
      text: 'A complaint made for another person should include that person’s affidavit.',
      source: 'ia-rule-2',
      quote:
        'If the\ncomplaint is being made on behalf of a person other than the complainant, an\naffidavit from the person upon whose behalf the complaint is being made,\nattesting to the accuracy of the complaint, should be included.',
    },
  ],
  sources: [
    source(
      'ia-other',
      'https://iuc.iowa.gov/customer-assistance/other-consumer-information',
      'Other Consumer Information (Iowa Utilities Commission)',
      'first-party',
    ),
    source('ia-slides', 'https://slideplayer.com./amp/5748893', 'Iowa Utilities Board presentation (slides)', 'second-hand', {
      note: 'A copy of the board’s own presentation (2014, before it was renamed the Iowa Utilities Commission).',
    }),
    source('ia-news', 'https://www.kilj.com/pay-what-you-can/', 'Pay What You Can (KILJ news)', 'second-hand', {
      published: '2020-04-14',
      note: 'A local news report of the state’s announcement, written when the commission was the Iowa Utilities Board; its web address and numbers may have changed since the 2024 renaming.',
    }),
    source(
      'ia-rule-2',
      'https://www.law.cornell.edu/regulations/iowa/Iowa-Admin-Code-r-199-6-2',
      'Iowa Admin. Code r. 199-6.2',
      'second-hand',
    ),
    source(
      'ia-rule-3',
      'https://www.law.cornell.edu/regulations/iowa/Iowa-Admin-Code-r-199-6-3',
      'Iowa Admin. Code r. 199-6.3 Processing the informal complaint',
      'second-hand',
    ),
  ],
};

const kansasPage = 'https://kcc.ks.gov/file-a-complaint/file-a-utility-complaint';

const kansas: AuthorityInput = {
  id: 'puc-ks',
  kind: 'state_PUC',
  name: 'Kansas Corporation Commission',
  shortName: 'KCC',
  state: 'KS',
  named: {
    source: 'ks-complaint',
    quote:
      'Kansas law allows you to file a complaint with the Kansas Corporation Commission (KCC), the state agency responsible for regulating public utilities in Kansas.',
  },
  covers: [
    ...(['electric', 'gas', 'water'] as const).map((category) => ({
      category,
      source: 'ks-curb',
      quote: 'jurisdictional electric, natural gas, and water utilities under the Kansas Corporation Commission (KCC)',
    })),
    {
      category: 'landline',
      source: 'ks-news',
      quote: 'The KCC has jurisdiction over landline services offered by 36 telecommunications companies in the state.',
    },
  ],
  excludes: [
    {
      text: 'Most electric and water cooperatives, city utilities, wireless and long-distance phone service, cable and internet.',
      source: 'ks-complaint',
      quote:
        'we do not regulate most electric and water cooperatives, municipalities, wireless, or long distance telephone service providers, cable companies, or the internet.',
    },
  ],
  complaintPage: {
    url: kansasPage,
    source: 'ks-complaint',
    quote: 'Contact the Public Affairs and Consumer Protection Division to begin the process or click here to submit a complaint online.',
  },
  channels: [
    {
      kind: 'phone',
      value: '(800) 662-0027',
      label: 'Office of Public Affairs and Consumer Protection, toll free',
      source: 'ks-cold-weather',
      quote:
        'Kansans can also contact their local utility provider or the KCC’s Office of Public Affairs and Consumer Protection at (800) 662-0027 or (785) 271-3140 for assistance.',
    },
    {
      kind: 'phone',
      value: '(785) 271-3140',
      label: 'Office of Public Affairs and Consumer Protection',
      source: 'ks-cold-weather',
      quote:
        'Kansans can also contact their local utility provider or the KCC’s Office of Public Affairs and Consumer Protection at (800) 662-0027 or (785) 271-3140 for assistance.',
    },
  ],
  notes: [
    {
      text: 'Speak with the utility first.',
      source: 'ks-complaint',
      quote:
        'If you have a complaint about your utility bill or services, and speaking with your utility company does not resolve the problem',
    },
    {
      text: 'It asks for your name as the customer of record, the account number, the facts with dates, times and the people involved, and the resolution you expect.',
      source: 'ks-complaint',
      quote:
        '- The facts about what the utility did or did not do. Include dates, times, location and persons involved;\n- The resolution you expect.',
    },
  ],
  sources: [
    source('ks-complaint', kansasPage, 'File a Utility Complaint (KCC)', 'first-party'),
    source(
      'ks-news',
      'https://www.kcc.ks.gov/news-5-19-20',
      'Commissioners vote to contact FCC regarding future consumer protections (KCC news release)',
      'first-party',
      {
        published: '2020-05-19',
      },
    ),
    source(
      'ks-curb',
      'https://curb.kansas.gov/alert_022223_pandemic.php',
      'KCC’s Pandemic Customer Protection Requirements Will End After March 2023 (CURB)',
      'first-party',
      {
        published: '2023-02-22',
        note: 'The state’s Citizens’ Utility Ratepayer Board.',
      },
    ),
    source(
      'ks-cold-weather',
      'https://hutchpost.com/posts/ca128f2f-b503-45a4-bc17-93035238f026',
      'KCC Cold Weather Rule (Hutch Post)',
      'second-hand',
      { note: 'A news report of the commission’s own release.' },
    ),
  ],
};

const kentucky: AuthorityInput = {
  id: 'puc-ky',
  kind: 'state_PUC',
  name: 'Kentucky Public Service Commission',
  shortName: 'PSC',
  state: 'KY',
  named: { source: 'ky-faq', quote: 'Kentucky Public Service Commission\n\nFrequently Asked Questions' },
  covers: (['electric', 'gas', 'landline', 'water'] as const).map((category) => ({
    category,
    source: 'ky-faq',
    quote:
      'Utilities under PSC jurisdiction are investor-owned electric, gas, telecommunications, certain water and sewer utilities, rural electric and telephone cooperatives and water districts and associations.',
  })),
  excludes: [
    {
      text: 'City-owned utilities, cable TV, internet phone service, internet service, propane, garbage collection and TVA utilities.',
      source: 'ky-faq',
      quote:
        'The PSC does not regulate city-owned utilities, cable TV, voice-over internet phone service, garbage collection, propane gas companies, internet service or TVA utilities.',
    },
  ],
  channels: [
    {
      kind: 'phone',
      value: '1-800-772-4636',
      label: 'Consumer Services Division',
      source: 'ky-bill-of-rights',
      quote:
        'To contact the Kentucky Public Service Commission concerning your utility service, email your request to Consumer Services Division at or call 1-800-772-4636.',
    },
  ],
  notes: [
    {
      text: 'You may contact the commission about any dispute you could not resolve with the utility.',
      source: 'ky-bill-of-rights',
      quote:
        'You have the right to contact the Public Service Commission regarding any dispute that you have been unable to resolve with your utility.',
    },
  ],
  sources: [
    source('ky-faq', 'https://psc.ky.gov/Home/FAQ', 'Frequently Asked Questions (Kentucky PSC)', 'first-party'),
    source(
      'ky-bill-of-rights',
      'https://btcservices.org/btc-customer-bill-of-rights/',
      'Customer Bill of Rights (a Kentucky utility)',
      'second-hand',
      {
        note: 'The customer bill of rights that 807 KAR 5:006 Section 13 requires utilities to publish.',
      },
    ),
  ],
};

const louisianaFaq = 'https://lpsc.louisiana.gov/mainconsumerfaq.aspx';

const louisiana: AuthorityInput = {
  id: 'puc-la',
  kind: 'state_PUC',
  name: 'Louisiana Public Service Commission',
  shortName: 'LPSC',
  state: 'LA',
  named: { source: 'la-about', quote: 'About the Louisiana Public Service Commission' },
  covers: (['electric', 'water', 'gas', 'landline'] as const).map((category) => ({
    category,
    source: 'la-about',
    quote:
      'the Commission exercises regulatory jurisdiction over public utilities providing electric, water, wastewater, natural gas and certain telecommunications services in Louisiana.',
  })),
  excludes: [
    {
      text: 'City-owned utilities.',
      source: 'la-about',
      quote: 'Municipally owned and operated utilities are not subject to the jurisdiction of the Commission.',
    },
  ],
  complaintPage: {
    url: louisianaFaq,
    source: 'la-faq',
    quote:
      'How do I file a complaint against a LPSC regulated entity?\n\nTo find out more information about filing a complaint with the Louisiana Public Service Commission, click on the link below.',
  },
  sources: [
    source('la-about', 'https://lpsc.louisiana.gov/About', 'About the Louisiana Public Service Commission', 'first-party'),
    source('la-faq', louisianaFaq, 'Frequently Asked Questions (LPSC)', 'first-party', {
      readAt: 'http://lpsc.louisiana.gov/mainconsumerfaq.aspx',
      note: 'Points to the commission’s “Filing a Complaint” page, whose own address was not read.',
    }),
  ],
};

const maine: AuthorityInput = {
  id: 'puc-me',
  kind: 'state_PUC',
  name: 'Maine Public Utilities Commission',
  shortName: 'MPUC',
  state: 'ME',
  named: {
    source: 'me-public-advocate',
    quote: 'The Maine Public Utilities Commission (PUC) has jurisdiction over local telephone service, electric, gas and water utilities.',
  },
  covers: (['landline', 'electric', 'gas', 'water'] as const).map((category) => ({
    category,
    source: 'me-public-advocate',
    quote: 'The Maine Public Utilities Commission (PUC) has jurisdiction over local telephone service, electric, gas and water utilities.',
  })),
  excludes: [
    {
      text: 'Wireless and cable companies.',
      source: 'me-public-advocate',
      quote: 'They generally do not have jurisdiction over wireless companies and cable companies.',
    },
  ],
  complaintPage: {
    url: 'https://www.maine.gov/mpuc/consumer-assistance',
    source: 'me-consumer-assistance',
    quote: 'The Consumer Assistance staff responds to information requests, resolves consumer complaints',
  },
  channels: [
    {
      kind: 'phone',
      value: '1-800-452-4699',
      label: 'Consumer Assistance and Safety Division',
      source: 'me-release',
      quote:
        'The Commissions Consumer Assistance and Safety Division can assist customers by helping them establish affordable payment arrangements with the utility or helping them find financial assistance and can be reached at 1-800-452-4699.',
    },
  ],
  notes: [
    {
      text: 'Staff can help prevent a disconnection, set up a payment arrangement and resolve billing disputes; their decisions can be appealed to the full commission.',
      source: 'me-public-advocate',
      quote: 'Decisions of the Consumer Assistance and Safety Division may be appealed to the full 3-member Commission.',
    },
  ],
  sources: [
    source(
      'me-public-advocate',
      'https://www.maine.gov/meopa/puc-information/consumer-help',
      'Consumer Help (Maine Office of the Public Advocate)',
      'first-party',
      {
        note: 'The state’s Public Advocate, not the commission itself.',
      },
    ),
    source('me-consumer-assistance', 'https://www.maine.gov/mpuc/consumer-assistance', 'Consumer Assistance (Maine PUC)', 'first-party'),
    source(
      'me-release',
      'https://www.einpresswire.com/article/538693406/maine-public-utilities-commission-reminds-gas-and-electric-customers-of-rights-responsibilities-as-winter-disconnect-protection-period-ends',
      'Maine Public Utilities Commission reminds gas and electric customers of rights, responsibilities as winter disconnect protection period ends',
      'second-hand',
      {
        published: '2021-04-15',
        note: 'The commission’s own press release, read in a copy kept on a press-release site.',
      },
    ),
  ],
};

const marylandDisputes = 'https://www.psc.state.md.us/frequently-asked-questions/commissions-dispute-process-and-your-rights-4/';

const maryland: AuthorityInput = {
  id: 'puc-md',
  kind: 'state_PUC',
  name: 'Maryland Public Service Commission',
  shortName: 'PSC',
  state: 'MD',
  named: {
    source: 'md-faq',
    quote: 'Consumer Affairs Division, Maryland Public Service Commission, 6 St. Paul Street, 15th Floor, Baltimore, MD 21202',
  },
  covers: (['gas', 'electric', 'landline', 'water'] as const).map((category) => ({
    category,
    source: 'md-faq',
    quote: 'The Commission regulates gas, electric, gas and electric, telephone, for-profit water and sewage companies',
  })),
  complaintPage: {
    url: marylandDisputes,
    source: 'md-disputes',
    quote: 'If you are not satisfied with the company’s action, you may file a complaint with the Consumer Affairs Division (CAD).',
  },
  channels: [
    {
      kind: 'phone',
      value: '1-800-492-8028',
      label: 'Consumer Affairs Division',
      source: 'md-rights',
      quote:
        'You have a right to file a complaint with the PSC’s Consumer Affairs Division (1-800-492-8028) if you have an unresolved dispute with a retail electricity supplier or utility.',
    },
    {
      kind: 'mail',
      value: 'Consumer Affairs Division, Maryland Public Service Commission, 6 St. Paul Street, 15th Floor, Baltimore, MD 21202',
      source: 'md-faq',
      quote:
        'in writing to: Consumer Affairs Division, Maryland Public Service Commission, 6 St. Paul Street, 15th Floor, Baltimore, MD 21202; fax: (410) 333-6844.',
    },
    {
      kind: 'fax',
      value: '(410) 333-6844',
      source: 'md-faq',
      quote:
        'in writing to: Consumer Affairs Division, Maryland Public Service Commission, 6 St. Paul Street, 15th Floor, Baltimore, MD 21202; fax: (410) 333-6844.',
    },
  ],
  notes: [
    {
      text: 'Bring the dispute to the company first; a complaint the company never heard about may be withdrawn.',
      source: 'md-disputes',
      quote: 'This is because the Commission’s dispute regulations require you to bring your dispute to the company first.',
    },
    {
      text: 'Submit the dispute within 7 days of receiving the utility’s final answer.',
      source: 'md-archive',
      quote: "you may submit your dispute online or in writing to the PSC within 7 days of receiving the utility's final answer.",
    },
    {
      text: 'Keep a record of the names, phone numbers and dates of every conversation with the utility.',
      source: 'md-archive',
      quote:
        "You should keep a record of the names, telephone numbers, and dates of all conversations you have with the utility's representatives.",
    },
  ],
  sources: [
    source('md-faq', 'https://www.pscmaryland.com/get-help/consumer-faqs', 'Consumer FAQs (Maryland PSC)', 'first-party'),
    source('md-disputes', marylandDisputes, 'Commission’s Dispute Process and Your Rights (Maryland PSC)', 'first-party'),
    source(
      'md-archive',
      'https://msa.maryland.gov/megafile/msa/speccol/sc5300/sc5339/000113/001000/001083/unrestricted/20052786e.htm',
      'Do You Have A Utility Dispute? (Maryland PSC page kept by the Maryland State Archives)',
      'first-party',
      { captured: '2005', note: 'The commission’s own page as archived by the state in 2005.' },
    ),
    source(
      'md-rights',
      'https://www.psc.state.md.us/electricity/customer-rights-protections/',
      'Customer Rights and Protections (Maryland PSC)',
      'first-party',
    ),
  ],
};

const massachusetts: AuthorityInput = {
  id: 'puc-ma',
  kind: 'state_PUC',
  name: 'Massachusetts Department of Public Utilities',
  shortName: 'DPU',
  state: 'MA',
  named: { source: 'ma-rights', quote: 'The Department of Public Utilities (DPU) enforces the billing and termination regulations.' },
  covers: (['gas', 'electric', 'water'] as const).map((category) => ({
    category,
    source: 'ma-legal-help',
    quote: 'DPU regulates gas, electric, and privately owned water companies (but not municipal water companies).',
  })),
  excludes: [
    {
      text: 'Telephone companies: the Department of Telecommunications and Cable handles them. City-owned water companies.',
      source: 'ma-legal-help',
      quote: 'Telephone companies are regulated by the Department of Telecommunications and Cable (DTC)',
    },
  ],
  complaintPage: {
    url: 'https://www.mass.gov/info-details/when-am-i-protected-from-having-my-utilities-shut-off',
    source: 'ma-shutoff',
    quote:
      'you should contact the Department of Public Utilities at (617) 737-2836 or 1-877-886-5066 (toll-free) or complete their online complaint form.',
  },
  channels: [
    {
      kind: 'phone',
      value: '(617) 737-2836',
      label: 'DPU Consumer Division',
      source: 'ma-rights',
      quote: 'call the DPU Consumer Division directly at (617) 737-2836 or toll-free at (877) 886-5066.',
    },
    {
      kind: 'phone',
      value: '(877) 886-5066',
      label: 'DPU Consumer Division, toll free',
      source: 'ma-rights',
      quote: 'call the DPU Consumer Division directly at (617) 737-2836 or toll-free at (877) 886-5066.',
    },
  ],
  notes: [
    {
      text: 'Try to resolve it with the utility first, by calling customer service or writing a letter.',
      source: 'ma-legal-help',
      quote: 'Before calling the DPU consumer line, you must first try to resolve your problem directly with the utility company.',
    },
    {
      text: 'Service cannot be shut off while an appeal of a disputed bill is pending.',
      source: 'ma-legal-help',
      quote: 'The utility company cannot terminate your service while an appeal is pending on a disputed bill.',
    },
  ],
  sources: [
    source(
      'ma-rights',
      'https://www.mass.gov/info-details/know-your-rights-as-a-utility-consumer',
      'Know your rights as a utility consumer (Mass.gov)',
      'first-party',
    ),
    source(
      'ma-shutoff',
      'https://www.mass.gov/info-details/when-am-i-protected-from-having-my-utilities-shut-off',
      'When am I protected from having my utilities shut off? (Mass.gov)',
      'first-party',
      { note: 'Links to the department’s online complaint form, whose own address was not read.' },
    ),
    source(
      'ma-legal-help',
      'https://www.masslegalhelp.org/housing-apartments-shelter/utilities/department-public-utilities',
      'The Department of Public Utilities (MassLegalHelp)',
      'second-hand',
    ),
  ],
};

const michiganRules = 'Consumer Standards And Billing Practices For Electric And Gas Residential Service';

const michigan: AuthorityInput = {
  id: 'puc-mi',
  kind: 'state_PUC',
  name: 'Michigan Public Service Commission',
  shortName: 'MPSC',
  state: 'MI',
  named: {
    source: 'mi-spotlight',
    quote: 'This is the first edition of the MPSC Spotlight - a new monthly newsletter from the Michigan Public Service Commission.',
  },
  covers: (['electric', 'gas'] as const).map((category) => ({ category, source: 'mi-disputes', quote: michiganRules })),
  channels: [
    {
      kind: 'phone',
      value: '800-292-9555',
      label: 'Customer Assistance',
      source: 'mi-release',
      quote: 'News media contact: Matt Helms 517-284-8300\nCustomer Assistance: 800-292-9555',
    },
  ],
  answerDays: {
    days: 10,
    source: 'mi-complaints',
    quote:
      "After referral of a\ncustomer's complaint from the commission, a utility shall make reasonable\nattempts to contact the customer within 2 business days and shall develop and\nreport to the commission within 10 days after referral its plan for resolution\nof the complaint.",
  },
  notes: [
    {
      text: 'The utility must give you the commission’s toll-free number and web address if you are not satisfied with its answer.',
      source: 'mi-complaints',
      quote:
        "A utility\nshall provide to customers who are not satisfied with the utility's resolution\nof a complaint or inquiry the toll-free telephone number and internet address\nof the commission.",
    },
  ],
  sources: [
    source(
      'mi-spotlight',
      'https://www.michigan.gov/mpsc/0,9535,7-395-93307_93313-544883--,00.html',
      'MPSC Spotlight, November 2020',
      'first-party',
      { published: '2020-11' },
    ),
    source(
      'mi-release',
      'https://www.michigan.gov/mpsc/commission/news-releases/2025/04/24/mpsc-orders-show-cause-hearing-on-unlicensed-phone-provider',
      'MPSC orders show cause hearing on unlicensed phone provider (MPSC news release)',
      'first-party',
      { published: '2025-04-24' },
    ),
    source(
      'mi-disputes',
      'https://regulations.justia.com/states/michigan/licensing-and-regulatory-affairs/public-service-commission/consumer-standards-and-billing-practices-for-electric-and-gas-residential-service/part-10/section-r-460-154',
      'Mich. Admin. Code R. 460.154 Disputed matters',
      'second-hand',
    ),
    source(
      'mi-complaints',
      'https://www.law.cornell.edu/regulations/michigan/Mich-Admin-Code-R-460-150',
      'Mich. Admin. Code R. 460.150 Complaint procedures',
      'second-hand',
    ),
  ],
};

const minnesotaPage = 'https://www.puc.state.mn.us/puc/consumers/index.html';

const minnesota: AuthorityInput = {
  id: 'puc-mn',
  kind: 'state_PUC',
  name: 'Minnesota Public Utilities Commission',
  shortName: 'MPUC',
  state: 'MN',
  named: {
    source: 'mn-consumers',
    quote: 'Q: How does the Minnesota Public Utilities Commission (MPUC) offer assistance with utility company disputes and/or inquires?',
  },
  covers: (['gas', 'landline', 'electric'] as const).map((category) => ({
    category,
    source: 'mn-consumers',
    quote:
      'The MPUC regulates the rates, practices and service areas of a number of natural gas, telephone and electric utilities operating in Minnesota.',
  })),
  excludes: [
    {
      text: 'Cell phone service, cable TV and water.',
      source: 'mn-consumers',
      quote: '  • cellular or mobile phone service\n  • cable television\n  • water',
    },
  ],
  complaintPage: {
    url: minnesotaPage,
    source: 'mn-consumers',
    quote:
      'Complaints and inquiries are handled within CAO. Complaints are often forwarded to the utility for review and response to CAO staff.',
  },
  answerDays: {
    days: 10,
    businessDays: true,
    source: 'mn-rule',
    quote:
      'When the Public Utilities Commission forwards a customer complaint to the utility, the utility shall notify the commission within ten business days regarding the status or disposition of the complaint.',
  },
  sources: [
    source('mn-consumers', minnesotaPage, 'For Consumers: Consumer Affairs Office (Minnesota PUC)', 'first-party', {
      readAt: 'http://www.puc.state.mn.us/puc/consumers/index.html',
    }),
    source('mn-rule', 'https://www.revisor.mn.gov/rules/7820.0300/', 'Minn. R. 7820.0300', 'first-party', {
      note: 'The state’s own publication of its rules.',
    }),
  ],
};

const mississippi: AuthorityInput = {
  id: 'puc-ms',
  kind: 'state_PUC',
  name: 'Mississippi Public Service Commission',
  shortName: 'PSC',
  state: 'MS',
  named: {
    source: 'ms-bill-of-rights',
    quote: 'under the provisions of the Mississippi Public Service Commission’s Rules and Regulations Governing Public Utility Service',
  },
  covers: [
    ...(['electric', 'gas', 'water'] as const).map((category) => ({
      category,
      source: 'ms-news',
      quote: 'the commission, which regulates most electric, gas, water and sewer utilities.',
    })),
    {
      category: 'landline' as const,
      source: 'ms-wikipedia',
      quote:
        'The Mississippi Public Service Commission (MPSC or PSC) is a government agency which regulates telecommunications, electric, gas, water and sewer utilities in the U.S. state of Mississippi.',
    },
  ],
  excludes: [
    { text: 'Most city-owned power companies.', source: 'ms-news', quote: 'Most municipal power companies aren’t regulated by the PSC' },
  ],
  notes: [
    {
      text: 'Its Ratepayers’ Bill of Rights gives 21 rights, among them no shut-off for 60 days when a doctor certifies it would be life-threatening.',
      source: 'ms-bill-of-rights',
      quote:
        'Ratepayers shall have the right to avoid discontinuation of service for a period of sixty (60) days for nonpayment when the utility receives written notice from a medical doctor',
    },
  ],
  sources: [
    source('ms-bill-of-rights', 'https://psc.ms.gov/node/52', 'Ratepayers’ Bill of Rights (Mississippi PSC)', 'first-party'),
    source(
      'ms-news',
      'https://djournal.com/news/psc-grants-states-ratepayers-a-bill-of-rights/',
      'PSC grants state’s ratepayers a Bill of Rights',
      'second-hand',
      {
        readAt: 'http://djournal.com/news/psc-grants-states-ratepayers-a-bill-of-rights/',
      },
    ),
    source(
      'ms-wikipedia',
      'https://en.wikipedia.org/wiki/Mississippi_Public_Service_Commission',
      'Mississippi Public Service Commission (Wikipedia)',
      'second-hand',
    ),
  ],
};

const missouriRule = 'https://regulations.justia.com/states/missouri/title-20/division-4240/chapter-2/section-20-csr-4240-2-070/';

const missouri: AuthorityInput = {
  id: 'puc-mo',
  kind: 'state_PUC',
  name: 'Missouri Public Service Commission',
  shortName: 'PSC',
  state: 'MO',
  named: {
    source: 'mo-counsel',
    quote: 'Those decisions are made by the Missouri Public Service Commission (PSC), a separate state agency.',
  },
  covers: (['electric', 'gas', 'water', 'landline'] as const).map((category) => ({
    category,
    source: 'mo-slides',
    quote: 'Regulates investor-owned electric, steam, natural gas, water, sewer and telephone companies',
  })),
  channels: [
    {
      kind: 'phone',
      value: '1-800-392-4211',
      label: 'Consumer services hotline',
      source: 'mo-rule',
      quote: 'by telephone (consumer services hotline 1-800-392-4211 or Relay Missouri at 711)',
    },
  ],
  notes: [
    {
      text: 'An informal complaint gives each complainant’s name, address and phone, the service address, the company, what happened, the relief requested and what was done to resolve it; someone acting for others states the source of that authority.',
      source: 'mo-rule',
      quote:
        'The name, street address, and telephone number of each complainant and, if one (1) person asserts authority to act on behalf of the others, the source of that authority;',
    },
  ],
  sources: [
    source('mo-counsel', 'https://opc.mo.gov/who-we-are.html', 'Who We Are (Missouri Office of the Public Counsel)', 'first-party', {
      readAt: 'http://opc.mo.gov/who-we-are.html',
      note: 'The state’s Public Counsel, not the commission itself.',
    }),
    source(
      'mo-slides',
      'https://dokumen.tips/documents/missouri-public-service-commission-consumer-affairs-by-contessa-poole-king.html',
      'Missouri Public Service Commission Consumer Affairs (presentation by its Consumer Services Coordinator)',
      'second-hand',
      { note: 'A copy of the commission’s own presentation kept on a document site.' },
    ),
    source('mo-rule', missouriRule, '20 CSR 4240-2.070 Complaints', 'second-hand'),
  ],
};

const montana: AuthorityInput = {
  id: 'puc-mt',
  kind: 'state_PUC',
  name: 'Montana Public Service Commission',
  shortName: 'PSC',
  state: 'MT',
  named: {
    source: 'mt-voters',
    quote: 'One of the smallest agencies in Montana state government, the Montana Public Service Commission (PSC) strives to ensure',
  },
  covers: (['gas', 'electric', 'landline', 'water'] as const).map((category) => ({
    category,
    source: 'mt-workings',
    quote:
      'The PSC generally regulates private, investor-owned natural gas, electric, telephone, water and private sewer companies doing business in Montana.',
  })),
  excludes: [
    {
      text: 'Rural electric and telephone cooperatives, cell phone companies and cable TV.',
      source: 'mt-workings',
      quote: 'Outside PSC jurisdiction are: rural electric and telephone cooperatives; cellular telephone companies; cable TV companies;',
    },
  ],
  channels: [
    {
      kind: 'phone',
      value: '1-800-646-6150',
      label: 'In Montana',
      source: 'mt-brochure',
      quote: 'In-State: 1-800-646-6150 Local/Out-of-State: 1-406-444-6150',
    },
    {
      kind: 'phone',
      value: '1-406-444-6150',
      label: 'Local and out of state',
      source: 'mt-brochure',
      quote: 'In-State: 1-800-646-6150 Local/Out-of-State: 1-406-444-6150',
    },
  ],
  notes: [
    {
      text: 'The commission expects the utility to settle the complaint first; contact it if you are not satisfied with the company’s answer.',
      source: 'mt-brochure',
      quote:
        'The PSC expects regulated utilities to satisfactorily resolve their customers’ complaints. Customers not satisfied with the company’s response may contact the PSC.',
    },
  ],
  sources: [
    source('mt-workings', 'https://psc2.mt.gov/Commission/workings.asp', 'How the Public Commission Works (Montana PSC)', 'first-party', {
      readAt: 'http://psc2.mt.gov/Commission/workings.asp',
    }),
    source(
      'mt-voters',
      'https://mtvoters.org/psc-billings',
      'Holding government accountable in Billings (Montana Conservation Voters)',
      'second-hand',
      {
        note: 'Quotes the commission’s own description of itself.',
      },
    ),
    source(
      'mt-brochure',
      'https://paperzz.com/doc/6859758/energy-service-rules-brochure',
      'Energy Service Rules (Montana PSC brochure)',
      'second-hand',
      {
        published: '2014-09',
        note: 'A copy of the commission’s brochure kept on a document site.',
      },
    ),
  ],
};

const nebraskaGasRule =
  'https://casetext.com/regulation/nebraska-administrative-code/public-service-commission/title-291-nebraska-public-service-commission/chapter-9-natural-gas-and-pipeline-rules-and-regulations/section-291-9-013-residential-disconnection-of-service';

const nebraska: AuthorityInput = {
  id: 'puc-ne',
  kind: 'state_PUC',
  name: 'Nebraska Public Service Commission',
  shortName: 'PSC',
  state: 'NE',
  named: {
    source: 'ne-news',
    quote:
      'The Nebraska Public Service Commission (PSC) reminds natural gas consumers that Black Hills Energy and NorthWestern Energy are both working with consumers',
  },
  covers: [
    {
      category: 'gas',
      source: 'ne-gas-rule',
      quote:
        'A customer may make an informal complaint by contacting the Commission via telephone or correspondence, or may make a formal complaint by completing a form provided by the Commission.',
    },
    {
      category: 'landline',
      source: 'ne-telecom-law',
      quote:
        'The commission shall regulate the quality of telecommunications service provided by telecommunications companies and shall investigate and resolve subscriber complaints concerning quality of telecommunications service, subscriber deposits, and disconnection of telecommunications service.',
    },
  ],
  excludes: [
    {
      text: 'City-owned natural gas utilities.',
      source: 'ne-cold-weather',
      quote: 'Nebraska communities served by municipally owned natural gas utilities are not subject to regulation by the PSC',
    },
  ],
  notes: [
    {
      text: 'Natural gas complaints go to the utility first; it must tell you, on request, how to reach the commission if you are not satisfied.',
      source: 'ne-complaint-rule',
      quote: "Customers' complaints about natural gas service or billing issues should first be made to the jurisdictional utility.",
    },
    {
      text: 'Service is not cut off while the complaint is pending, if you keep paying the undisputed part of the bill.',
      source: 'ne-complaint-rule',
      quote: 'a customer must pay the undisputed portions of any bill for service.',
    },
  ],
  sources: [
    source(
      'ne-telecom-law',
      'https://nebraskalegislature.gov/laws/statutes.php?statute=86-123',
      'Nebraska Revised Statute 86-123 Quality and rate regulation',
      'first-party',
      { note: 'The state legislature’s own publication of the law.' },
    ),
    source(
      'ne-news',
      'https://kneb.com/regional-news/nebraska-psc-issues-reminders-for-utility-customers-during-pandemic/',
      'Nebraska PSC issues reminders for utility customers during pandemic',
      'second-hand',
      {
        published: '2020-05-02',
      },
    ),
    source('ne-gas-rule', nebraskaGasRule, '291 Neb. Admin. Code ch. 9 § 013 Residential disconnection of service', 'second-hand'),
    source(
      'ne-complaint-rule',
      'https://d1tvxue8o4w0fl.cloudfront.net/regulation/nebraska-administrative-code/public-service-commission/title-291-nebraska-public-service-commission/chapter-9-natural-gas-and-pipeline-rules-and-regulations/section-291-9-012-complaint-handling-procedures',
      '291 Neb. Admin. Code ch. 9 § 012 Complaint handling procedures',
      'second-hand',
    ),
    source(
      'ne-cold-weather',
      'https://nptelegraph.com/news/local/starting-nov-1-nebraska-public-service-commissions-cold-weather-rule-to-take-effect/article_98ec7ac0-17e5-11eb-988c-53c55fb9db88.html',
      'Starting Nov. 1, Nebraska Public Service Commission’s cold weather rule to take effect',
      'second-hand',
      { published: '2020-10-26' },
    ),
  ],
};

const nevadaDisputes = 'https://puc.nv.gov/FAQ/Resolving_Disputes/';

const nevada: AuthorityInput = {
  id: 'puc-nv',
  kind: 'state_PUC',
  name: 'Public Utilities Commission of Nevada',
  shortName: 'PUCN',
  state: 'NV',
  named: { source: 'nv-written-rule', quote: 'Chapter 703 - Public Utilities Commission of Nevada' },
  covers: (['electric', 'gas', 'water'] as const).map((category) => ({
    category,
    source: 'nv-statute',
    quote:
      'the production, transmission or delivery or furnishing of heat, light, gas, coal slurry, water or power, or any service in connection therewith',
  })),
  complaintPage: {
    url: nevadaDisputes,
    source: 'nv-disputes',
    quote: "The PUCN's online Complaint Form or Question Form can also be used to submit an informal complaint.",
  },
  channels: [
    {
      kind: 'phone',
      value: '(775) 684-6100',
      label: 'Consumer Complaint Resolution Division, Northern Nevada',
      hours: 'Monday to Friday, 8 a.m. to 5 p.m.',
      source: 'nv-disputes',
      quote: 'Northern Nevada: (775) 684-6100',
    },
    {
      kind: 'phone',
      value: '(702) 486-2600',
      label: 'Consumer Complaint Resolution Division, Southern Nevada',
      hours: 'Monday to Friday, 8 a.m. to 5 p.m.',
      source: 'nv-disputes',
      quote: 'Southern Nevada: (702) 486-2600',
    },
  ],
  notes: [
    {
      text: 'Contact the utility first, ask for a supervisor if needed, and keep a record of each conversation with the name of the person you spoke with.',
      source: 'nv-disputes',
      quote: 'Keep a record of your conversations with the utility, including the name of the person with whom you spoke.',
    },
    {
      text: 'Most complaints come in by phone and are handled within 3 to 5 business days.',
      source: 'nv-disputes',
      quote: "Most of the Division's complaints are received informally by phone and are handled within 3-5 business days.",
    },
    {
      text: 'A written complaint states the facts, comes with copies of bills and other papers, and is acknowledged by letter within 5 days.',
      source: 'nv-written-rule',
      quote: 'Within 5 days after receiving a written complaint, send a letter of acknowledgment to the complainant.',
    },
  ],
  sources: [
    source('nv-disputes', nevadaDisputes, 'Consumer Complaints with a Utility (PUCN FAQ)', 'first-party'),
    source(
      'nv-written-rule',
      'https://regulations.justia.com/states/nevada/chapter-703/practice-before-commission/complaints/section-703-621',
      'NAC 703.621 Written complaints',
      'second-hand',
    ),
    source(
      'nv-statute',
      'https://law.onecle.com/nevada/energy/703.310.html',
      'NRS 703.310 Complaint against public utility',
      'second-hand',
    ),
  ],
};

const newHampshirePage = 'https://www.puc.nh.gov/puc-covid-19-information.html';

const newHampshire: AuthorityInput = {
  id: 'puc-nh',
  kind: 'state_PUC',
  name: 'New Hampshire Public Utilities Commission',
  shortName: 'PUC',
  state: 'NH',
  named: {
    source: 'nh-advocate',
    quote:
      'The OCA primarily fulfills this responsibility by participating in proceedings before the New Hampshire Public Utilities Commission (PUC).',
  },
  covers: (['electric', 'gas', 'water', 'landline'] as const).map((category) => ({
    category,
    source: 'nh-puc',
    quote:
      'The Public Utilities Commission is available to assist customers of electric, gas and water utilities that are public utilities, customers of competitive electric providers, and customers of telephone providers.',
  })),
  excludes: [
    {
      text: 'City-owned utilities, heating fuel deliveries, cable, internet and internet phone service: the Attorney General’s Consumer Protection Division handles those (603-271-3641).',
      source: 'nh-puc',
      quote:
        'Questions regarding other services – deliverable fuels, municipal utility service, or cable, internet or VOIP services - should be directed to the Attorney General’s Consumer Protection Division at 603-271-3641',
    },
  ],
  channels: [
    {
      kind: 'phone',
      value: '(800) 852-3793',
      label: 'From New Hampshire only',
      source: 'nh-puc',
      quote: 'Our telephone number is (800)852-3793 (NH only) or 603-271-2431, and our email address is puc@puc.nh.gov .',
    },
    {
      kind: 'phone',
      value: '603-271-2431',
      source: 'nh-puc',
      quote: 'Our telephone number is (800)852-3793 (NH only) or 603-271-2431, and our email address is puc@puc.nh.gov .',
    },
    {
      kind: 'email',
      value: 'puc@puc.nh.gov',
      source: 'nh-puc',
      quote: 'Our telephone number is (800)852-3793 (NH only) or 603-271-2431, and our email address is puc@puc.nh.gov .',
    },
  ],
  notes: [
    {
      text: 'Call the utility first; contact the commission if you are not satisfied with its help.',
      source: 'nh-puc',
      quote: 'You should always call your utility company first if you have a question about or problem with your utility service.',
    },
    {
      text: 'Since 2024 the state’s customer-relations rules send complaints through the Department of Energy rather than the commission: check which office takes them now.',
      source: 'nh-energy-rule',
      quote:
        'Each utility shall make a full and prompt investigation of customer complaints made either directly to the utility or through the department.',
    },
  ],
  sources: [
    source('nh-puc', newHampshirePage, 'Commission Actions Relative to COVID-19 (New Hampshire PUC)', 'first-party', { published: '2020' }),
    source(
      'nh-advocate',
      'https://www.ncpw.gov/content/new-hampshire-office-consumer-advocate',
      'New Hampshire Office of Consumer Advocate (ncpw.gov)',
      'second-hand',
    ),
    source(
      'nh-energy-rule',
      'https://casetext.com/regulation/new-hampshire-administrative-code/title-en-department-of-energy/chapter-en-1200-uniform-administration-of-utility-customer-relations/part-en-1203-service-provisions/section-en-120309-complaints-by-customers',
      'N.H. Admin. Code § En 1203.09 Complaints by Customers (effective 2024)',
      'second-hand',
      { published: '2024-05-30' },
    ),
  ],
};

const newJerseyRelease = 'https://www.nj.gov/bpu/newsroom/2020/approved/20200313.html';

const newJersey: AuthorityInput = {
  id: 'puc-nj',
  kind: 'state_PUC',
  name: 'New Jersey Board of Public Utilities',
  shortName: 'NJBPU',
  state: 'NJ',
  named: { source: 'nj-release', quote: 'The New Jersey Board of Public Utilities (NJBPU) today announced' },
  covers: (['gas', 'electric', 'water', 'landline'] as const).map((category) => ({
    category,
    source: 'nj-release',
    quote:
      'Critical services regulated by NJBPU include natural gas, electricity, water, wastewater, telecommunications and cable television.',
  })),
  channels: [
    {
      kind: 'phone',
      value: '(800) 624-0241',
      label: 'Customer Assistance',
      hours: '9 a.m. to 4 p.m. ET',
      source: 'nj-release',
      quote:
        "residents should contact NJBPU's Customer Assistance team by filling out this online form, or by calling (800)-624-0241 between the hours of 9 a.m. to 4 p.m. ET.",
    },
  ],
  notes: [
    {
      text: 'Contact the utility first.',
      source: 'nj-release',
      quote:
        'NJBPU reminds and encourages all utility customers and ratepayers who have questions about their service to first contact their utility.',
    },
    {
      text: 'Service may not be cut off for unpaid disputed charges while the Board investigates.',
      source: 'nj-rights',
      quote: 'Your service may not be terminated for non-payment of disputed charges during a BPU investigation.',
    },
    {
      text: 'The Board also regulates cable television.',
      source: 'nj-release',
      quote:
        'Critical services regulated by NJBPU include natural gas, electricity, water, wastewater, telecommunications and cable television.',
    },
  ],
  sources: [
    source('nj-release', newJerseyRelease, 'NJBPU announces utilities suspend service shutoffs (press release)', 'first-party', {
      published: '2020-03-13',
    }),
    source(
      'nj-rights',
      'https://nj.gov/njpowerswitch/rights/general/',
      'Your rights as a residential customer (NJ Power Switch)',
      'first-party',
    ),
  ],
};

const newMexicoFaq = 'https://www.prc.nm.gov/consumer-relations/faqs/';

const newMexico: AuthorityInput = {
  id: 'puc-nm',
  kind: 'state_PUC',
  name: 'New Mexico Public Regulation Commission',
  shortName: 'NMPRC',
  state: 'NM',
  named: {
    source: 'nm-faq',
    quote: 'This information applies to utilities regulated by the New Mexico Public Regulation Commission (NMPRC).',
  },
  covers: (['electric', 'gas', 'water', 'landline'] as const).map((category) => ({
    category,
    source: 'nm-faq',
    quote: 'These utilities include electric, natural gas, for-profit water and sewage companies and certain telecommunication companies.',
  })),
  excludes: [
    {
      text: 'City-owned utilities and mutual domestic water associations.',
      source: 'nm-faq',
      quote: 'd. Complaints regarding Municipally-owned utilities;\ne. Complaints regarding Mutual Domestic Water Associations;',
    },
  ],
  complaintPage: {
    url: newMexicoFaq,
    source: 'nm-faq',
    quote:
      'To submit a complaint against a utility or transportation company, please click on “File a Complaint” on the top of the New Mexico Public Regulation Commission website and follow the instructions.',
  },
  channels: [
    {
      kind: 'phone',
      value: '(888) 427-5772',
      label: 'Consumer Relations Division',
      source: 'nm-utility-rule',
      quote: "contacting the\ncommission's consumer relations division at (888) 427-5772",
    },
  ],
  notes: [
    {
      text: 'Say whether you have pursued every remedy with the company; an informal complaint does not stop any legal time limit from running.',
      source: 'nm-informal-rule',
      quote: 'Informal complaints will not arrest the running of any limitations period.',
    },
  ],
  sources: [
    source('nm-faq', newMexicoFaq, 'Frequently Asked Questions (NMPRC Consumer Relations)', 'first-party'),
    source(
      'nm-utility-rule',
      'https://www.law.cornell.edu/regulations/new-mexico/N-M-Admin-Code-SS-17.5.410.39',
      'N.M. Admin. Code § 17.5.410.39 Filing complaint with commission',
      'second-hand',
    ),
    source(
      'nm-informal-rule',
      'https://print.casetext.com/regulation/new-mexico-administrative-code/title-1-general-government-administration/chapter-2-administrative-procedures/part-2-public-regulation-commission-rules-of-procedure/section-12214-informal-complaints',
      'N.M. Admin. Code § 1.2.2.14 Informal complaints',
      'second-hand',
    ),
  ],
};

const newYorkGuide = 'https://www3.dps.ny.gov/W/PSCWeb.nsf/ArticlesByTitle/E14FA4E4025783248525782C006979E8?OpenDocument';

const newYork: AuthorityInput = {
  id: 'puc-ny',
  kind: 'state_PUC',
  name: 'New York State Public Service Commission',
  shortName: 'PSC',
  state: 'NY',
  named: {
    source: 'ny-guide',
    quote:
      'The New York State Public Service Commission (PSC or Commission) has produced this guide to advise you about its complaint handling process.',
  },
  covers: (['electric', 'gas', 'landline', 'water'] as const).map((category) => ({
    category,
    source: 'ny-guide',
    quote:
      'The information is designed to help you understand how to resolve an issue or complaint you may have with your electric, natural gas, telephone, cable television or water company.',
  })),
  complaintPage: {
    url: newYorkGuide,
    source: 'ny-guide',
    quote: 'File your complaint by Internet, telephone, letter.',
  },
  channels: [
    {
      kind: 'phone',
      value: '1-800-342-3377',
      label: 'NYS Department of Public Service',
      hours: 'Monday to Friday, 8:30 a.m. to 4 p.m.',
      source: 'ny-utility-rights',
      quote:
        'If you need additional assistance, please contact the NYS Department of Public Service, Monday - Friday, 8:30 a.m. - 4 p.m. at 1-800-342-3377.',
    },
  ],
  notes: [
    {
      text: 'Try the utility first. The commission then asks the utility to contact you; if it does not answer within two weeks or the matter stays unresolved, contact the commission again and it investigates.',
      source: 'ny-guide',
      quote:
        'If the utility does not contact you with its initial acknowledgement, does not provide its response to you within two weeks or the matter remains unresolved after you have received the response, you should contact us and we will investigate the matter and report our findings to you.',
    },
    {
      text: 'Keep paying the part of the bill that is not in dispute while the complaint is investigated.',
      source: 'ny-guide',
      quote:
        'While your complaint is being investigated by the Commission staff, you must pay the portion of your bill that is not in dispute or your service may be terminated by the utility.',
    },
    {
      text: 'If you think the first decision is wrong, ask for an informal hearing or review within 15 days.',
      source: 'ny-guide',
      quote: 'If you believe the initial decision is wrong, you can request an informal hearing or informal review.',
    },
    {
      text: 'It also takes complaints about cable television companies.',
      source: 'ny-guide',
      quote:
        'The information is designed to help you understand how to resolve an issue or complaint you may have with your electric, natural gas, telephone, cable television or water company.',
    },
  ],
  sources: [
    source(
      'ny-guide',
      newYorkGuide,
      'Guide to Handling Complaints about Your Regulated Utility Service (NY Department of Public Service)',
      'first-party',
    ),
    source(
      'ny-utility-rights',
      'https://www.psegliny.com/aboutpseglongisland/ratesandtariffs/rightsresponsibilities',
      'Customer Rights and Responsibilities (PSEG Long Island)',
      'second-hand',
      {
        note: 'A utility’s page giving the Department of Public Service’s number.',
      },
    ),
  ],
};

const northCarolinaStaff = 'https://publicstaff.nc.gov/consumer-services';

const northCarolina: AuthorityInput = {
  id: 'puc-nc',
  kind: 'state_PUC',
  name: 'North Carolina Utilities Commission',
  shortName: 'NCUC',
  state: 'NC',
  named: {
    source: 'nc-commission',
    quote:
      'The North Carolina Utilities Commission (NCUC) was created by the General Assembly to regulate the prices and services of some, but not all, public utilities in North Carolina.',
  },
  covers: [
    ...(['electric', 'gas', 'water'] as const).map((category) => ({
      category,
      source: 'nc-commission',
      quote:
        'Today the Commission regulates the following investor-owned or privately-owned entities:\n\n  • Electric companies\n  • Natural gas companies\n  • Water companies',
    })),
    {
      category: 'landline' as const,
      source: 'nc-commission',
      quote:
        'To a limited degree, the NCUC regulates telephone providers, electric membership corporations, municipal electricity providers',
    },
  ],
  excludes: [
    {
      text: 'City utility systems, internet, cable or satellite TV, wireless phones and propane (the Attorney General, 1-877-566-7226); electric and telephone membership corporations (the Rural Electrification Authority, 919-814-4696).',
      source: 'nc-staff',
      quote:
        "We don't have any jurisdiction over municipal utility systems, broadband and internet providers, cable or satellite television providers, or wireless phone providers or propane.",
    },
  ],
  complaintPage: {
    url: northCarolinaStaff,
    source: 'nc-staff',
    quote: 'We can investigate your complaints against utility companies ... and then we help you to resolve them.',
  },
  channels: [
    {
      kind: 'phone',
      value: '866-380-9816',
      label: 'Public Staff Consumer Services, toll free',
      source: 'nc-staff',
      quote: 'Consumer Services Toll-free 866-380-9816 or 919-733-9277',
    },
    {
      kind: 'phone',
      value: '919-733-9277',
      label: 'Public Staff Consumer Services',
      source: 'nc-staff',
      quote: 'Consumer Services Toll-free 866-380-9816 or 919-733-9277',
    },
  ],
  notes: [
    {
      text: 'Complaints are taken by the Public Staff, the state office that represents consumers before the commission.',
      source: 'nc-phone-law',
      quote: "provide notice to the consumer of the consumer's right to contact the Public Staff of the Commission",
    },
  ],
  sources: [
    source('nc-commission', 'https://www.ncuc.commerce.state.nc.us/overview/ucdesc.htm', 'History and Description (NCUC)', 'first-party', {
      readAt: 'http://www.ncuc.commerce.state.nc.us/overview/ucdesc.htm',
    }),
    source('nc-staff', northCarolinaStaff, 'Consumer Services (Public Staff, NC Utilities Commission)', 'first-party'),
    source('nc-phone-law', 'https://lexace.ai/us/statute/north-carolina/62-73.1', 'N.C. Gen. Stat. § 62-73.1', 'second-hand'),
  ],
};

const northDakota: AuthorityInput = {
  id: 'puc-nd',
  kind: 'state_PUC',
  name: 'North Dakota Public Service Commission',
  shortName: 'PSC',
  state: 'ND',
  named: { source: 'nd-news', quote: 'The North Dakota Public Service Commission received 530 consumer contacts in 2019' },
  covers: [
    ...(['electric', 'gas'] as const).map((category) => ({
      category,
      source: 'nd-news',
      quote:
        'Informal complaints are received and processed regarding any utility the commission regulates, including certain aspects of telephone service, natural gas providers, and the three investor-owned electric companies in the state: Xcel, Otter Tail and MDU.',
    })),
    {
      category: 'landline' as const,
      source: 'nd-news',
      quote:
        'Informal complaints are received and processed regarding any utility the commission regulates, including certain aspects of telephone service',
    },
  ],
  notes: [
    {
      text: 'An informal complaint may be made by phone or in writing; a letter counts as one.',
      source: 'nd-rule',
      quote: 'Informal complaints may be made orally or in writing. Letters to the commission will be considered informal complaints.',
    },
  ],
  sources: [
    source(
      'nd-news',
      'https://www.willistonherald.com/news/oil_and_energy/psc-receives-more-than-consumer-contacts-in/article_a00106b4-3e1a-11ea-a894-cfa086675cc3.html',
      'PSC receives more than 500 consumer contacts in 2019 (Williston Herald)',
      'second-hand',
    ),
    source(
      'nd-rule',
      'https://print.casetext.com/regulation/north-dakota-administrative-code/title-69-public-service-commission/article-69-02-practice-and-procedure/chapter-69-02-02-pleadings/section-69-02-02-01-informal-complaint',
      'N.D. Admin. Code 69-02-02-01 Informal complaint',
      'second-hand',
      {
        readAt:
          'http://print.casetext.com/regulation/north-dakota-administrative-code/title-69-public-service-commission/article-69-02-practice-and-procedure/chapter-69-02-02-pleadings/section-69-02-02-01-informal-complaint',
      },
    ),
  ],
};

const ohioRights = 'https://www.puco.ohio.gov/be-informed/consumer-topics/electric-customers39-bill-of-rights/';

const ohio: AuthorityInput = {
  id: 'puc-oh',
  kind: 'state_PUC',
  name: 'Public Utilities Commission of Ohio',
  shortName: 'PUCO',
  state: 'OH',
  named: {
    source: 'oh-legal-aid',
    quote:
      'The Public Utilities Commission of Ohio (PUCO) oversees companies and makes sure Ohioans have access to safe and reliable utilities.',
  },
  covers: (['electric', 'gas', 'landline', 'water'] as const).map((category) => ({
    category,
    source: 'oh-legal-aid',
    quote: 'Common utility services include electric, natural gas, telephone, water and waste.',
  })),
  excludes: [
    {
      text: 'Some city-owned utilities, such as Cleveland Public Power and the Cleveland Water Department.',
      source: 'oh-legal-aid',
      quote:
        'some municipal utility providers like Cleveland Public Power and Cleveland Water Department are not PUCO regulated utilities.',
    },
  ],
  complaintPage: {
    url: ohioRights,
    source: 'oh-electric-rights',
    quote: 'If this still does not help, contact the PUCO Call Center at (800) 686-PUCO (7826) or register a complaint online.',
  },
  channels: [
    {
      kind: 'phone',
      value: '1-800-686-7826',
      label: 'PUCO, toll free',
      hours: 'Weekdays, 8:00 a.m. to 5:00 p.m.',
      source: 'oh-rule',
      quote:
        'you may call the Public Utilities Commission of Ohio for assistance at 1-800-686-7826 (toll free) from 8:00 a.m. to 5:00 p.m. weekdays',
    },
  ],
  notes: [
    {
      text: 'Contact the company first and, if it does not resolve it, ask for a supervisor; then contact the commission.',
      source: 'oh-electric-rights',
      quote:
        'If your complaint is not resolved to your satisfaction with the electric company, ask to speak to a supervisor. If this still does not help, contact the PUCO Call Center',
    },
    {
      text: 'An electric company should resolve a complaint within 10 business days, or report its progress every five business days after that.',
      source: 'oh-electric-rights',
      quote:
        'The company is required to investigate every customer complaint received, and complaints should be resolved within 10 business days.',
    },
    {
      text: 'A gas company must give a status report within three business days of a complaint the commission refers to it.',
      source: 'oh-gas-rule',
      quote: 'provide a status report within three business days of the date of receipt of the complaint to the customer/consumer',
    },
  ],
  sources: [
    source(
      'oh-legal-aid',
      'https://lasclev.org/?p=20822',
      'What consumer protections are there for PUCO regulated utilities? (Legal Aid Society of Cleveland)',
      'second-hand',
    ),
    source('oh-electric-rights', ohioRights, 'Electric customers’ bill of rights (PUCO)', 'first-party'),
    source(
      'oh-rule',
      'https://codes.ohio.gov/ohio-administrative-code/rule-4901:1-17-08',
      'Ohio Adm. Code 4901:1-17-08 Applicant and/or customer rights',
      'first-party',
      {
        note: 'The state’s own publication of its rules.',
      },
    ),
    source(
      'oh-gas-rule',
      'https://ohrules.elaws.us/oac/4901:1-13-10',
      'Ohio Adm. Code 4901:1-13-10 Complaints and complaint-handling procedures',
      'second-hand',
      {
        readAt: 'http://ohrules.elaws.us/oac/4901:1-13-10',
      },
    ),
  ],
};

const oklahomaPhones = 'The telephone numbers of the Consumer Services Division, which are (405) 521-2331 and (800) 522-8154.';

const oklahoma: AuthorityInput = {
  id: 'puc-ok',
  kind: 'state_PUC',
  name: 'Oklahoma Corporation Commission',
  shortName: 'OCC',
  state: 'OK',
  named: {
    source: 'ok-attorney-general',
    quote:
      'The Oklahoma Corporation Commission is responsible for licensing and regulating electric power utilities, natural gas utilities, drinking water utilities and telecommunications utilities.',
  },
  covers: (['electric', 'gas', 'water', 'landline'] as const).map((category) => ({
    category,
    source: 'ok-attorney-general',
    quote:
      'The Oklahoma Corporation Commission is responsible for licensing and regulating electric power utilities, natural gas utilities, drinking water utilities and telecommunications utilities.',
  })),
  excludes: [
    {
      text: 'The rates of most cooperatives and of all city-owned utilities.',
      source: 'ok-attorney-general',
      quote:
        'State statute exempts most cooperatives and all municipally owned utilities from rate regulation by the Oklahoma Corporation Commission.',
    },
    {
      text: 'Cable television.',
      source: 'ok-faq',
      quote:
        'I have a problem with my cable television company, \n\twho do I contact?\n\nA:      This is outside the jurisdiction of the Oklahoma',
    },
  ],
  channels: [
    {
      kind: 'phone',
      value: '(405) 521-2331',
      label: 'Consumer Services Division',
      hours: 'Monday to Friday, 8:00 a.m. to 4:30 p.m.',
      source: 'ok-rule',
      quote: oklahomaPhones,
    },
    {
      kind: 'phone',
      value: '(800) 522-8154',
      label: 'Consumer Services Division, toll free',
      hours: 'Monday to Friday, 8:00 a.m. to 4:30 p.m.',
      source: 'ok-rule',
      quote: oklahomaPhones,
    },
    {
      kind: 'mail',
      value: 'Oklahoma Corporation Commission, Consumer Services Division, P.O. Box 52000, Oklahoma City, OK 73152-2000',
      source: 'ok-rule',
      quote: 'The mailing address of the Consumer Services Division, which is P.O. Box 52000, Oklahoma City, OK 73152-2000.',
    },
  ],
  notes: [
    {
      text: 'Call the utility first; if the problem is not resolved, call the commission.',
      source: 'ok-faq',
      quote:
        'Call the utility first.  If the problem cannot be \n\tresolved, the customer has the option to call the \n\tPublic Utility Complaints Department',
    },
  ],
  sources: [
    source(
      'ok-attorney-general',
      'https://www.oag.ok.gov/public-utilities',
      'Public Utilities FAQ (Oklahoma Attorney General)',
      'first-party',
      {
        readAt: 'http://www.oag.ok.gov/public-utilities',
        note: 'The state’s Attorney General, not the commission itself.',
      },
    ),
    source(
      'ok-faq',
      'https://utilitysurvey.occeweb.com/Divisions/GAOFFICE/FAQ.htm',
      'Frequently Asked Questions (Oklahoma Corporation Commission)',
      'first-party',
      {
        readAt: 'http://utilitysurvey.occeweb.com/Divisions/GAOFFICE/FAQ.htm',
      },
    ),
    source(
      'ok-rule',
      'https://casetext.com/regulation/oklahoma-administrative-code/title-165-corporation-commission/chapter-55-telecommunications-services/subchapter-23-eligible-telecommunications-carriers/part-1-general-provisions/section-16555-23-9-billing-disputes',
      'Okla. Admin. Code § 165:55-23-9 Billing disputes (amended 2017)',
      'second-hand',
    ),
  ],
};

const oregonCenter = 'https://www.oregon.gov/puc/Pages/Consumer-Information-Center.aspx';
const oregonRule = 'https://regulations.justia.com/states/oregon/chapter-860/division-21/section-860-021-0015';

const oregon: AuthorityInput = {
  id: 'puc-or',
  kind: 'state_PUC',
  name: 'Public Utility Commission of Oregon',
  shortName: 'PUC',
  state: 'OR',
  named: {
    source: 'or-rule',
    quote: 'Mailing address: Public\nUtility Commission of Oregon, Consumer Services Section, PO Box 1088, Salem,\nOregon 97308;',
  },
  covers: (['electric', 'gas', 'water', 'landline'] as const).map((category) => ({
    category,
    source: 'or-center',
    quote:
      'Need help understanding your utility bill or resolving a dispute with your electric, natural gas, water or telecommunication service provider? The Oregon Public Utility Commission (PUC) can help.',
  })),
  complaintPage: {
    url: 'https://apps.puc.state.or.us/consumer/complaint.asp',
    source: 'or-rule',
    quote: 'Website:\nhttps://apps.puc.state.or.us/consumer/complaint.asp.',
  },
  channels: [
    {
      kind: 'phone',
      value: '503-378-6600',
      label: 'Consumer Services',
      source: 'or-center',
      quote: 'Submit your questions or complaint by email, or call Consumer Services at 503-378-6600 or 800-522-2404.',
    },
    {
      kind: 'phone',
      value: '800-522-2404',
      label: 'Consumer Services, toll free',
      source: 'or-center',
      quote: 'Submit your questions or complaint by email, or call Consumer Services at 503-378-6600 or 800-522-2404.',
    },
    {
      kind: 'email',
      value: 'puc.consumer@puc.oregon.gov',
      source: 'or-rule',
      quote: 'Electronic mail\naddress: puc.consumer@puc.oregon.gov;',
    },
    {
      kind: 'mail',
      value: 'Public Utility Commission of Oregon, Consumer Services Section, PO Box 1088, Salem, Oregon 97308',
      source: 'or-rule',
      quote: 'Mailing address: Public\nUtility Commission of Oregon, Consumer Services Section, PO Box 1088, Salem,\nOregon 97308;',
    },
  ],
  notes: [
    {
      text: 'You may ask for a utility supervisor to review the dispute before going to the commission.',
      source: 'or-rule',
      quote: 'Inform the complainant of the right to\nhave a utility supervisor review any dispute;',
    },
  ],
  sources: [
    source('or-center', oregonCenter, 'Consumer Information Center (Oregon PUC)', 'first-party'),
    source('or-rule', oregonRule, 'OAR 860-021-0015 Dispute Resolution', 'second-hand'),
  ],
};

const pennsylvaniaFiling = 'https://www.puc.pa.gov/filing_resources/filing_complaints.aspx';

const pennsylvania: AuthorityInput = {
  id: 'puc-pa',
  kind: 'state_PUC',
  name: 'Pennsylvania Public Utility Commission',
  shortName: 'PUC',
  state: 'PA',
  named: { source: 'pa-rights', quote: 'The Pennsylvania Public Utility Commission (PUC)' },
  covers: (['electric', 'gas', 'landline', 'water'] as const).map((category) => ({
    category,
    source: 'pa-guide',
    quote: 'Informal Complaint – Electric, Natural Gas, Telephone &\n\nWater/Wastewater',
  })),
  excludes: [
    {
      text: 'Rural electric cooperatives, city- or township-owned utilities, cable TV (the governing body on the bill), cell phones (the FCC), bottled propane and oil companies (the Attorney General).',
      source: 'pa-informal',
      quote:
        'Please do not file an informal complaint or provide BCS comments regarding the following utilities, since the PUC does not regulate these services:',
    },
  ],
  complaintPage: {
    url: pennsylvaniaFiling,
    source: 'pa-filing',
    quote: 'To file an informal complaint, call the complaint hotline toll free number at 1-800-692-7380',
  },
  channels: [
    {
      kind: 'phone',
      value: '1-800-692-7380',
      label: 'Complaint hotline, toll free',
      source: 'pa-filing',
      quote: 'The toll free number to file an informal complaint is 1-800-692-7380.',
    },
  ],
  notes: [
    {
      text: 'Contact the company first, or the complaint may be closed without investigation.',
      source: 'pa-informal',
      quote: 'The Commission may accept complaints only from customers who have first contacted the company about their complaint.',
    },
    {
      text: 'An informal complaint through the online form is typically resolved in 3 to 5 business days; a formal complaint can take six months or more.',
      source: 'pa-formal',
      quote: 'This involves filling out a simple online form and the issue is typically resolved in just 3 to 5 business days.',
    },
  ],
  sources: [
    source('pa-filing', pennsylvaniaFiling, 'Filing Complaints (Pennsylvania PUC)', 'first-party', {
      readAt: 'http://www.puc.pa.gov/filing_resources/filing_complaints.aspx',
    }),
    source('pa-formal', 'https://www.puc.pa.gov/complaints/formal-complaints/', 'Formal Complaints (Pennsylvania PUC)', 'first-party'),
    source(
      'pa-informal',
      'https://info.5y1.org/file-a-consumer-complaint-online_1_432468.html',
      'Filing Informal Complaints - PUC (a copy)',
      'second-hand',
      {
        note: 'A copy of the commission’s own page kept on a document site.',
      },
    ),
    source(
      'pa-rights',
      'https://docslib.org/doc/7028574/your-rights-and-responsibilities-as-a-utility-consumer',
      'Your Rights and Responsibilities as a Utility Consumer (PUC guide, a copy)',
      'second-hand',
    ),
    source(
      'pa-guide',
      'https://fdocuments.in/download/contents-taxicabs-limousines-household-moving-companies-trucking-companies',
      'Filing a Complaint (PUC guide, a copy)',
      'second-hand',
    ),
  ],
};

const rhodeIslandReview =
  'https://print.casetext.com/regulation/rhode-island-administrative-code/title-810-public-utilities-commission/chapter-10-consumer-protection/subchapter-00-na/part-1-rules-and-regulations-governing-the-termination-of-residential-electric-gas-and-water-service-810-ricr-10-00-1/section-810-ricr-10-00-113-review-procedures';

const rhodeIsland: AuthorityInput = {
  id: 'puc-ri',
  kind: 'state_PUC',
  name: 'Rhode Island Division of Public Utilities and Carriers',
  state: 'RI',
  named: {
    source: 'ri-division',
    quote:
      'The Division of Public Utilities and Carries is a governmental body charged with the supervision and execution of all laws relating to public utilities and carriers',
  },
  covers: (['electric', 'gas', 'water'] as const).map((category) => ({
    category,
    source: 'ri-notice-rule',
    quote: 'Rules and Regulations Governing the Termination of Residential Electric, Gas and Water Service (810-RICR-10-00-1)',
  })),
  channels: [
    {
      kind: 'mail',
      value: 'Division of Public Utilities and Carriers, 89 Jefferson Boulevard, Warwick, Rhode Island 02888',
      hours: 'Monday to Friday, 8:30 a.m. to 4:00 p.m.',
      source: 'ri-division',
      quote:
        'All communications to the Division shall be addressed to the Division of Public Utilities and Carriers, 89 Jefferson Boulevard, Warwick, Rhode Island 02888',
    },
  ],
  notes: [
    {
      text: 'A dispute not settled with the Division’s Consumer Section can go to review by its Administrator; the request can be made by phone, and service is not cut off meanwhile.',
      source: 'ri-review-rule',
      quote:
        'During the pendency of such review the utility shall not discontinue service to the customer due to the circumstances out of which the dispute arose.',
    },
    {
      text: 'For disputes other than the amount or payment of a bill, ask for review within 10 days of the utility’s decision.',
      source: 'ri-review-rule',
      quote:
        'in the case of a dispute regarding other than the amount or payment of bills, within ten (10) days after the public utility action or decision which is disputed.',
    },
  ],
  sources: [
    source(
      'ri-division',
      'https://d1tvxue8o4w0fl.cloudfront.net/regulation/rhode-island-administrative-code/title-815-division-of-public-utilities-and-carriers/chapter-00-general-administration/subchapter-00-na/part-1-rules-of-practice-and-procedure-815-ricr-00-00-1/section-815-ricr-00-00-13-the-division',
      '815-RICR-00-00-1.3 The Division',
      'second-hand',
    ),
    source('ri-review-rule', rhodeIslandReview, '810-RICR-10-00-1.13 Review Procedures', 'second-hand'),
    source(
      'ri-notice-rule',
      'https://regulations.justia.com/states/rhode-island/title-810/chapter-10/subchapter-00/part-1/section-810-ricr-10-00-1-5',
      '810-RICR-10-00-1.5 Notice',
      'second-hand',
    ),
  ],
};

const southCarolinaOrs = 'https://www.regulatorystaff.sc.gov/consumerservices/Pages/ResolveDisputes.aspx';
const southCarolinaPsc = 'https://psc.sc.gov/consumer-info/file-complaint';
const southCarolinaPhones =
  'This division can be reached at 1-800-922-1531 or 803-737-5230 between the hours of 8:30 a.m. and 5:00 p.m., Monday through Friday.';

const southCarolina: AuthorityInput = {
  id: 'puc-sc',
  kind: 'state_PUC',
  name: 'Public Service Commission of South Carolina',
  shortName: 'PSC',
  state: 'SC',
  named: {
    source: 'sc-psc',
    quote:
      "Please note that the ORS is a state agency separate from the Public Service Commission (PSC), and the ORS's duties and functions are separate and distinct from the PSC.",
  },
  covers: [
    ...(['electric', 'gas', 'water'] as const).map((category) => ({
      category,
      source: 'sc-ors',
      quote:
        'rates, charges, service standards, facilities, and practices of investor-owned utilities in the areas of:\n\n  • Electric\n  • Natural gas\n  • Water',
    })),
    {
      category: 'landline' as const,
      source: 'sc-ors',
      quote: '  • Local and intrastate (within South Carolina) long distance telephone service.',
    },
  ],
  excludes: [
    {
      text: 'Electric cooperatives, city- or town-owned utilities, cable or satellite TV, cell phones, internet service and propane.',
      source: 'sc-ors',
      quote:
        '  • An electric cooperative\n  • A city or town owned water/wastewater utility\n  • A city or town owned electric/natural gas utility\n  • A cable or satellite television company\n  • A cellular phone provider\n  • Internet service',
    },
  ],
  complaintPage: {
    url: southCarolinaOrs,
    source: 'sc-ors',
    quote: 'The Office of Regulatory Staff (ORS) can assist you through its online consumer complaint/inquiry form.',
  },
  channels: [
    {
      kind: 'phone',
      value: '1-800-922-1531',
      label: 'Office of Regulatory Staff, Consumer Services',
      hours: 'Monday to Friday, 8:30 a.m. to 5:00 p.m.',
      source: 'sc-psc',
      quote: southCarolinaPhones,
    },
    {
      kind: 'phone',
      value: '803-737-5230',
      label: 'Office of Regulatory Staff, Consumer Services',
      hours: 'Monday to Friday, 8:30 a.m. to 5:00 p.m.',
      source: 'sc-psc',
      quote: southCarolinaPhones,
    },
  ],
  answerDays: {
    days: 30,
    source: 'sc-consumer-advocate',
    quote: 'The ORS will contact you with the utility’s response within 30 days of beginning the investigation.',
  },
  notes: [
    {
      text: 'Informal complaints go to the Office of Regulatory Staff, a state agency separate from the commission; a formal complaint to the commission means a hearing.',
      source: 'sc-psc',
      quote:
        'Please contact the Office of Regulatory Staff (ORS) to attempt to informally resolve an issue prior to filing a formal complaint with the Commission.',
    },
    {
      text: 'Call the utility first; contact the ORS if it does not answer within a reasonable time or you are not satisfied.',
      source: 'sc-consumer-advocate',
      quote:
        'If you do not hear from the utility within a reasonable time, or if you are not satisfied with the company’s action, you may contact the South Carolina Office of Regulatory Staff, (ORS) 1-800-922-1531.',
    },
  ],
  sources: [
    source('sc-psc', southCarolinaPsc, 'Consumer Information - File a Complaint (SC PSC)', 'first-party'),
    source('sc-ors', southCarolinaOrs, 'Need Help to Resolve a Dispute? (SC Office of Regulatory Staff)', 'first-party'),
    source(
      'sc-consumer-advocate',
      'https://scutilityconsumer.sc.gov/resolve-issues',
      'Who can I talk to regarding problems with my utility? (sc.gov)',
      'first-party',
    ),
  ],
};

const southDakota: AuthorityInput = {
  id: 'puc-sd',
  kind: 'state_PUC',
  name: 'South Dakota Public Utilities Commission',
  shortName: 'PUC',
  state: 'SD',
  named: { source: 'sd-minutes', quote: 'South Dakota Public Utilities Commission Meeting\nAugust 27, 2024, at 9:30 A.M. CDT' },
  covers: [
    {
      category: 'electric',
      source: 'sd-electric-faq',
      quote:
        'The laws and rules governing electric utilities as regulated by the South Dakota Public Utilities Commission can be found in South Dakota Codified Law Chapter 49-34A',
    },
  ],
  complaintPage: {
    url: 'https://puc.sd.gov/consumer/complaintprocess.aspx',
    source: 'sd-complaints',
    quote:
      'The Commission staff, which includes people with training in legal, financial, and engineering matters, will first attempt to resolve your dispute informally.',
  },
  channels: [
    {
      kind: 'phone',
      value: '605-773-3201',
      label: 'PUC staff',
      hours: 'Monday to Friday, 8 a.m. to 5 p.m. Central Time',
      source: 'sd-guide',
      quote: 'please contact South Dakota PUC staff at 605-773-3201 (Monday – Friday, 8 a.m. – 5 p.m. Central Time).',
    },
    {
      kind: 'email',
      value: 'puc@state.sd.us',
      source: 'sd-guide',
      quote:
        'These comments should be emailed to puc@state.sd.us or mailed or hand delivered to PUC, 500 E. Capitol Ave., Pierre, SD 57501.',
    },
  ],
  notes: [
    {
      text: 'Staff first try to settle it informally; if that fails, the complaint is scheduled for a hearing before the commissioners.',
      source: 'sd-complaints',
      quote:
        'If an informal resolution is not reached, the complaint will be scheduled for a hearing before the Public Utilities Commission.',
    },
    {
      text: 'Gas and electric utilities must post where complaints go and that the commission is available as a mediator.',
      source: 'sd-rule',
      quote: "a notice of the availability of the commission to act as a mediator with the commission's address and telephone number",
    },
  ],
  sources: [
    source(
      'sd-minutes',
      'https://puc.sd.gov/minutes/2024/0827.aspx',
      'Commission meeting minutes, August 27, 2024 (SD PUC)',
      'first-party',
      { published: '2024-08-27' },
    ),
    source('sd-guide', 'https://puc.sd.gov/contact/guidelines.aspx', 'Informational Guide (SD PUC)', 'first-party'),
    source('sd-complaints', 'https://puc.sd.gov/consumer/complaintprocess.aspx', 'Consumer Complaint Process (SD PUC)', 'first-party'),
    source(
      'sd-electric-faq',
      'https://puc.sd.gov/Publications/electriclawsfaq.aspx',
      'South Dakota Electric Service Laws FAQ (SD PUC)',
      'first-party',
      {
        published: '2024-09-25',
      },
    ),
    source(
      'sd-rule',
      'https://casetext.com/regulation/south-dakota-administrative-rules/title-20-public-safety/article-2010-public-utilities-commission/chapter-201016-gas-and-electric-utility-records-and-public-information-rules/section-20101601-public-information',
      'S.D. Admin. R. 20:10:16:01 Public information (gas and electric utilities)',
      'second-hand',
    ),
  ],
};

const tennessee: AuthorityInput = {
  id: 'puc-tn',
  kind: 'state_PUC',
  name: 'Tennessee Public Utility Commission',
  shortName: 'TPUC',
  state: 'TN',
  named: { source: 'tn-water-rule', quote: 'Title 1220 - Tennessee Public Utility Commission' },
  covers: [
    { category: 'water', source: 'tn-water-rule', quote: 'Chapter 1220-04-03 - Water Regulations' },
    { category: 'landline', source: 'tn-phone-rule', quote: 'Chapter 1220-04-02 - Regulations for Telephone Companies' },
    {
      category: 'gas',
      source: 'tn-advocate',
      quote:
        'the Consumer Advocate represents the interests of Tennessee consumers of investor-owned electric, natural gas, telephone, water, and sewer companies.',
    },
    {
      category: 'electric',
      source: 'tn-advocate',
      quote:
        'the Consumer Advocate represents the interests of Tennessee consumers of investor-owned electric, natural gas, telephone, water, and sewer companies.',
    },
  ],
  excludes: [
    {
      text: 'Internet and cable service and deceptive billing go to the Attorney General; wireless to the FCC.',
      source: 'tn-telecom-guide',
      quote: 'TN Attorney General Broadband, Cable, Deceptive Billing Handles violations of the Consumer Protection Act.',
    },
  ],
  channels: [
    {
      kind: 'phone',
      value: '1 (800) 342-8359',
      label: 'Toll free (as given in a law firm’s 2020 summary)',
      source: 'tn-relief-summary',
      quote: 'Contact for More Information\n\nCall 1 (800) 342-8359',
    },
  ],
  notes: [
    {
      text: 'It also takes complaints against holders of state-issued cable or video franchises, after the provider’s own procedure has been followed.',
      source: 'tn-franchise',
      quote:
        'Customer complaints against holders of state-issued certificates of franchise authority may be filed with the Tennessee Public Utility Commission.',
    },
    {
      text: 'Its former name was the Tennessee Regulatory Authority (TRA); it regulates the investor-owned utilities.',
      source: 'tn-advocate',
      quote: "The TRA is the agency responsible for regulating Tennessee's investor-owned utility companies.",
    },
  ],
  sources: [
    source(
      'tn-relief-summary',
      'https://paulweiss.com/insights/coronavirus-covid-19-relief-center/practice-overview/other-states/tennessee/suspension-of-utilities-service-disconnections-for-non-payment-in-light-of-covid',
      'Suspension of Utilities Service Disconnections for Non-Payment in Light of COVID-19 (Paul, Weiss)',
      'second-hand',
      {
        published: '2020-06-09',
        note: 'A law firm’s summary of the commission’s 2020 order, giving the number to call for more information; the commission’s own page with this number was not read.',
      },
    ),
    source(
      'tn-water-rule',
      'https://regulations.justia.com/states/tennessee/title-1220/subtitle-1220-04/chapter-1220-04-03/section-1220-04-03-14',
      'Tenn. Comp. R. & Regs. 1220-04-03-.14 Customer Relations',
      'second-hand',
    ),
    source(
      'tn-phone-rule',
      'https://regulations.justia.com/states/tennessee/title-1220/subtitle-1220-04/chapter-1220-04-02/section-1220-04-02-29',
      'Tenn. Comp. R. & Regs. 1220-04-02-.29 Basic Utility Obligations',
      'second-hand',
    ),
    source(
      'tn-advocate',
      'https://attorneygeneral.tn.gov/utility/utility.html',
      'Protecting Utility Customers (Tennessee Attorney General)',
      'first-party',
      {
        readAt: 'http://attorneygeneral.tn.gov/utility/utility.html',
        note: 'Written when the commission was still the Tennessee Regulatory Authority.',
      },
    ),
    source(
      'tn-telecom-guide',
      'https://consumoteca.com.co/articles/en/tennessee-telecom-billing-complaint-options',
      'Tennessee telecom billing complaint options',
      'second-hand',
    ),
    source(
      'tn-franchise',
      'https://mtas.tennessee.edu/reference/customer-service-complaints',
      'Customer Service Complaints (UT Municipal Technical Advisory Service)',
      'second-hand',
    ),
  ],
};

const texasComplaint = 'https://www.puc.texas.gov/consumer/complaint/complaint.aspx';

const texas: AuthorityInput = {
  id: 'puc-tx',
  kind: 'state_PUC',
  name: 'Public Utility Commission of Texas',
  shortName: 'PUCT',
  state: 'TX',
  named: {
    source: 'tx-faq',
    quote: "The Public Utility Commission of Texas regulates the state's electric, telecommunication, and water and sewer utilities",
  },
  covers: (['electric', 'water', 'landline'] as const).map((category) => ({
    category,
    source: 'tx-consumer-protection',
    quote:
      "The PUCT's Consumer Protection Division (CPD) assists consumers with questions and complaints about their electric, water and wastewater and telecom utility services, billing practices and operations.",
  })),
  excludes: [
    {
      text: 'City-owned utilities and electric cooperatives.',
      source: 'tx-consumer-protection',
      quote: 'The PUCT does not regulate municipally owned utilities or cooperative electric utilities.',
    },
  ],
  complaintPage: {
    url: texasComplaint,
    source: 'tx-complaint',
    quote:
      "If you are unable to come to a satisfactory resolution with your provider, you should then file a complaint with the PUCT's Consumer Protection Division.",
  },
  channels: [
    {
      kind: 'phone',
      value: '1-888-782-8477',
      label: 'Toll free',
      source: 'tx-complaint',
      quote: 'Call: 1-888-782-8477\nAustin: 512-936-7120\nFax: 1-512-936-7003',
    },
    {
      kind: 'phone',
      value: '512-936-7120',
      label: 'Austin',
      source: 'tx-complaint',
      quote: 'Call: 1-888-782-8477\nAustin: 512-936-7120\nFax: 1-512-936-7003',
    },
    {
      kind: 'fax',
      value: '1-512-936-7003',
      source: 'tx-complaint',
      quote: 'Call: 1-888-782-8477\nAustin: 512-936-7120\nFax: 1-512-936-7003',
    },
    {
      kind: 'mail',
      value: 'Public Utility Commission of Texas, P.O. Box 13326, Austin, TX 78711-3326',
      source: 'tx-complaint',
      quote: 'Public Utility Commission of Texas\nP.O. Box 13326\nAustin, TX 78711-3326',
    },
  ],
  answerDays: {
    days: 15,
    source: 'tx-complaint',
    quote: 'The electric or telephone company has 15 days to investigate and respond to the PUCT.',
  },
  notes: [
    {
      text: 'Contact the provider first and let it investigate.',
      source: 'tx-complaint',
      quote: 'contact your electric, telephone, water or sewer provider first and allow them to investigate your complaint.',
    },
    {
      text: 'Both you and the company receive a letter with the investigator’s resolution.',
      source: 'tx-complaint',
      quote: "The PUCT will send both you and your company a letter with the investigator's resolution.",
    },
  ],
  sources: [
    source('tx-complaint', texasComplaint, 'File a Complaint (PUCT)', 'first-party', {
      readAt: 'http://puc.texas.gov/consumer/complaint/Complaint.aspx',
    }),
    source(
      'tx-consumer-protection',
      'https://www.puc.texas.gov/agency/about/consumer-protection/',
      'Consumer Protection (PUCT)',
      'first-party',
    ),
    source('tx-faq', 'https://www.puc.texas.gov/consumer/facts/faq/electricity.aspx', 'Electricity FAQ (PUCT)', 'first-party'),
  ],
};

const utahComplaints = 'https://psc.utah.gov/complaint-process/';
const utahPhones = 'Contact the DPU during regular business hours at 801-530-7622 or 800-874-0904.';

const utah: AuthorityInput = {
  id: 'puc-ut',
  kind: 'state_PUC',
  name: 'Utah Public Service Commission',
  shortName: 'PSC',
  state: 'UT',
  named: {
    source: 'ut-rights',
    quote: 'The Utah Public Service Commission has established rules about utility consumer / company relationships.',
  },
  covers: [
    {
      category: 'electric',
      source: 'ut-office',
      quote: 'Rocky Mountain Power is the only rate regulated public utility providing electric service in the state of Utah.',
    },
    {
      category: 'gas',
      source: 'ut-office',
      quote:
        'Dominion Energy Utah (formerly Questar Gas Company) is the only regulated public utility providing natural gas service in the state of Utah.',
    },
  ],
  complaintPage: {
    url: utahComplaints,
    source: 'ut-complaints',
    quote:
      'you may file an informal complaint with the Division of Public Utilities (DPU). There are three options for filing an informal complaint.',
  },
  channels: [
    { kind: 'phone', value: '801-530-7622', label: 'Division of Public Utilities', source: 'ut-complaints', quote: utahPhones },
    { kind: 'phone', value: '800-874-0904', label: 'Division of Public Utilities, toll free', source: 'ut-complaints', quote: utahPhones },
    {
      kind: 'mail',
      value: 'Utah Division of Public Utilities, P.O. Box 146751, Salt Lake City, UT 84114-6751',
      source: 'ut-complaints',
      quote: 'Utah Division of Public Utilities\n    P.O. Box 146751\n    Salt Lake City, UT 84114-6751',
    },
  ],
  answerDays: {
    days: 5,
    businessDays: true,
    source: 'ut-rule',
    quote: 'In no circumstances shall the utility fail to respond to the informal complaint within five business days.',
  },
  notes: [
    {
      text: 'Try the company first, at the number on the bill; informal complaints go to the Division of Public Utilities.',
      source: 'ut-complaints',
      quote:
        'you should first try to resolve the problem directly with the company by calling the phone number listed on your utility bill.',
    },
    {
      text: 'A response usually comes within five working days; some take up to thirty.',
      source: 'ut-complaints',
      quote:
        'You will receive a response from either the utility company or the DPU usually within five working days from the day the complaint is received by the DPU, however, some responses may take up to thirty days.',
    },
  ],
  sources: [
    source('ut-complaints', utahComplaints, 'Complaint Process (Utah PSC)', 'first-party'),
    source(
      'ut-office',
      'https://ocs.utah.gov/utilities.html',
      'Utah Public Utilities – Learn about your Service Provider (Office of Consumer Services)',
      'first-party',
    ),
    source('ut-rights', 'https://sesdofutah.org/consumer-rights', 'Consumer Rights (a Utah utility)', 'second-hand'),
    source(
      'ut-rule',
      'https://d1tvxue8o4w0fl.cloudfront.net/regulation/utah-administrative-code/public-service-commission/title-r746-administration/rule-r746-200-residential-utility-service-rules-for-electric-gas-water-and-sewer-utilities/section-r746-200-8-informal-review',
      'Utah Admin. Code R746-200-8 Informal Review',
      'second-hand',
    ),
  ],
};

const vermontComplaints = 'https://puc.vermont.gov/public-participation/complaints/consumer-utility-service';

const vermont: AuthorityInput = {
  id: 'puc-vt',
  kind: 'state_PUC',
  name: 'Vermont Public Utility Commission',
  shortName: 'PUC',
  state: 'VT',
  named: { source: 'vt-news', quote: 'Public Utility Commission Adopts Emergency Rule 2.600' },
  covers: (['electric', 'gas', 'landline'] as const).map((category) => ({
    category,
    source: 'vt-complaints',
    quote:
      'Consumer complaints can be filed against any Vermont utility regulated by the Commission that provides electric, natural gas, telecommunications, or cable television service.',
  })),
  complaintPage: {
    url: vermontComplaints,
    source: 'vt-complaints',
    quote:
      'You can file a complaint directly with the Commission using ePUC, the Commission’s electronic filing and case management system.',
  },
  channels: [
    {
      kind: 'phone',
      value: '1-800-622-4496',
      label: 'Department of Public Service, Consumer Affairs (CAPI) hotline',
      source: 'vt-capi',
      quote: 'Consumer Hotline: 1-800-622-4496',
    },
    {
      kind: 'email',
      value: 'psd.consumer@vermont.gov',
      label: 'Department of Public Service, Consumer Affairs (CAPI)',
      source: 'vt-capi',
      quote: 'E-mail address: psd.consumer@vermont.gov',
    },
  ],
  notes: [
    {
      text: 'Consumers are strongly encouraged to seek help first from the Department of Public Service’s Consumer Affairs division; a formal complaint can then go to the commission.',
      source: 'vt-complaints',
      quote: 'Consumers are strongly encouraged first to seek help from the Department prior to seeking help from the Commission.',
    },
    {
      text: 'Complaints may also concern cable television service.',
      source: 'vt-complaints',
      quote:
        'Consumer complaints can be filed against any Vermont utility regulated by the Commission that provides electric, natural gas, telecommunications, or cable television service.',
    },
  ],
  sources: [
    source('vt-complaints', vermontComplaints, 'Consumer Complaints about Utility Service (Vermont PUC)', 'first-party'),
    source(
      'vt-news',
      'https://puc.vermont.gov/news/public-utility-commission-adopts-emergency-rule-2600',
      'Public Utility Commission Adopts Emergency Rule 2.600',
      'first-party',
      { published: '2020-10-15' },
    ),
    source(
      'vt-capi',
      'https://publicservice.vermont.gov/node/241',
      'CPG Complaint Protocol: CAPI Contact Information (Vermont Department of Public Service)',
      'first-party',
      {
        readAt: 'http://publicservice.vermont.gov/node/241',
      },
    ),
  ],
};

const virginia: AuthorityInput = {
  id: 'puc-va',
  kind: 'state_PUC',
  name: 'Virginia State Corporation Commission',
  shortName: 'SCC',
  state: 'VA',
  named: {
    source: 'va-news',
    quote:
      'RICHMOND — The State Corporation Commission (SCC) is directing that all business with the Commission be handled through electronic filing systems',
  },
  covers: (['electric', 'gas', 'water'] as const).map((category) => ({
    category,
    source: 'va-legal-aid',
    quote:
      "The Division of Energy Regulation assists the State Corporation Commission's three commissioners in regulating Virginia's investor-owned electric, natural gas, water and sewer utilities, and member-owned electric cooperatives.",
  })),
  excludes: [
    {
      text: 'Utilities run by a city or town.',
      source: 'va-legal-aid',
      quote:
        'If your utility provider is managed by the city or municipality, then it is not investor owned and therefore is not regulated by the Division.',
    },
  ],
  channels: [
    {
      kind: 'phone',
      value: '1-800-552-7945',
      label: 'Division of Energy Regulation',
      source: 'va-energy-choice',
      quote: "please contact the SCC's Division of Energy Regulation at 1-800-552-7945 to lodge a complaint.",
    },
  ],
  sources: [
    source('va-news', 'https://www.scc.virginia.gov/newsreleases/home?pageNum=10', 'SCC News', 'first-party'),
    source(
      'va-legal-aid',
      'https://info.5y1.org/lease-turn-in-fee-ripoff_1_9ff976.html',
      'Public Utilities (a legal aid fact sheet, 2019)',
      'second-hand',
      { published: '2019-01-04' },
    ),
    source(
      'va-energy-choice',
      'https://www.yesvachoice.com/your-rights/',
      'Your rights (Virginia Energy Choice, c/o the SCC)',
      'first-party',
    ),
  ],
};

const washingtonInformal = 'https://app.leg.wa.gov/WAC/default.aspx?cite=480-07-910';

const washington: AuthorityInput = {
  id: 'puc-wa',
  kind: 'state_PUC',
  name: 'Washington Utilities and Transportation Commission',
  shortName: 'UTC',
  state: 'WA',
  named: {
    source: 'wa-news',
    quote:
      'consumer protection staff at the Washington Utilities and Transportation Commission intervened in nearly 2,500 potential customer energy utility disconnections',
  },
  covers: (['landline', 'electric', 'gas', 'water'] as const).map((category) => ({
    category,
    source: 'wa-news',
    quote:
      'landline telecommunications companies once again topped the list of closed complaints, making up 46% of the 973 consumer complaints staff closed in 2021. When combined, electric and natural gas utilities made up 26% of the closed complaints, and 24% were against solid waste companies. The remainder of closed consumer complaints were against moving and water companies.',
  })),
  channels: [
    {
      kind: 'phone',
      value: '1-800-562-6150',
      label: 'Toll free (from an older guide of the commission)',
      source: 'wa-smart-guide',
      quote: 'If you need additional help or have other questions, call the commission toll free at 1(800) 562-6150.',
    },
    {
      kind: 'email',
      value: 'consumer@utc.wa.gov',
      source: 'wa-notice',
      quote: 'In the meantime, share your complaints by email to consumer@utc.wa.gov.',
    },
  ],
  answerDays: {
    days: 2,
    businessDays: true,
    source: 'wa-gas-rule',
    quote: 'Investigate and report the results to the commission within two business days.',
  },
  notes: [
    {
      text: 'An informal complaint can be made by phone, letter, email or the form on the commission’s website; give the facts and the dates.',
      source: 'wa-informal-rule',
      quote:
        "A person may make an informal complaint by telephone, correspondence, or email or by using the complaint form available on the commission's website.",
    },
    {
      text: 'If you are not satisfied, ask for the utility’s supervisor first; the supervisor must give you the commission’s address and toll-free number.',
      source: 'wa-gas-rule',
      quote:
        "the supervisor must inform the complainant of the complainant's right to file a complaint with the commission and provide the commission's address and toll-free telephone number.",
    },
  ],
  sources: [
    source(
      'wa-news',
      'https://utc.wa.gov/news/2022/utc-staff-investigated-1000s-utility-disconnections-customer-complaints-2021',
      'UTC staff investigated thousands of utility disconnections, customer complaints in 2021',
      'first-party',
      {
        published: '2022-03',
      },
    ),
    source(
      'wa-notice',
      'https://www.utc.wa.gov/ti/node/36450',
      'Legal Research Tools (UTC), with a notice about its helpline',
      'first-party',
    ),
    source(
      'wa-gas-rule',
      'https://app.leg.wa.gov/wac/default.aspx?cite=480-90-173',
      "WAC 480-90-173 Gas utility's responsibility for complaints and disputes",
      'first-party',
      {
        note: 'The state legislature’s own publication of the rule.',
      },
    ),
    source(
      'wa-smart-guide',
      'https://www.wutc.wa.gov/webdocs.nsf/b8da29aede8fdd67882571430005a9c1/1a0002ea6db224f088256791007b448c!OpenDocument',
      'Smart Consumer Guide: Public Utility Services (UTC)',
      'first-party',
      {
        readAt: 'http://www.wutc.wa.gov/webdocs.nsf/b8da29aede8fdd67882571430005a9c1/1a0002ea6db224f088256791007b448c!OpenDocument',
        note: 'An older page of the commission’s site (it says the site has moved); the number may have changed since.',
      },
    ),
    source('wa-informal-rule', washingtonInformal, 'WAC 480-07-910 Informal complaints', 'first-party', {
      note: 'The state legislature’s own publication of the rule.',
    }),
  ],
};

const westVirginiaComplaints = 'https://www.psc.state.wv.us/Complaints/default.htm';

const westVirginia: AuthorityInput = {
  id: 'puc-wv',
  kind: 'state_PUC',
  name: 'Public Service Commission of West Virginia',
  shortName: 'PSC',
  state: 'WV',
  named: { source: 'wv-form', quote: 'Formal Complaint Form - Public Service Commission of West Virginia' },
  covers: (['electric', 'landline', 'gas', 'water'] as const).map((category) => ({
    category,
    source: 'wv-complaints',
    quote:
      'The PSC has the responsibility for regulation of the rates and services of electric, telephone, natural gas, water, wastewater and solid waste disposal utilities.',
  })),
  excludes: [
    {
      text: 'Setting the rates of city-owned utilities and cooperatives (it can review them only on a timely petition).',
      source: 'wv-complaints',
      quote: 'The Commission does not have authority to initially set the rates established by municipal utilities or cooperatives.',
    },
  ],
  complaintPage: {
    url: westVirginiaComplaints,
    source: 'wv-complaints',
    quote: 'you may file an informal request for assistance by writing or calling the Public Service Commission in Charleston.',
  },
  channels: [
    {
      kind: 'phone',
      value: '1-800-642-8544',
      label: 'Toll free',
      source: 'wv-complaints',
      quote: 'The toll-free number is\n1-800-642-8544.',
    },
    {
      kind: 'mail',
      value: 'Public Service Commission of WV, c/o Customer Assistance, 201 Brooks Street, PO Box 812, Charleston, WV 25323',
      source: 'wv-complaints',
      quote: 'Public Service Commission of WV\nc/o Customer Assistance\n201 Brooks Street\nPO Box 812\nCharleston, WV 25323',
    },
  ],
  answerDays: {
    days: 10,
    source: 'wv-rule',
    quote:
      "The utility shall provide a response to Commission Staff by letter, other writing, telephone call or any other form of direct contact with Staff within ten (10) days of the Commission Staff's contact with the utility.",
  },
  notes: [
    {
      text: 'Take the matter up with the company first, with a complete explanation.',
      source: 'wv-complaints',
      quote:
        'If you believe you are not receiving safe, adequate utility service at correct rates, take the matter up directly with the company that provides the services.',
    },
    {
      text: 'If service is about to be cut off, file before the cut-off: the commission has more options while service is still on.',
      source: 'wv-legal-aid',
      quote:
        'IF YOUR UTILITIES ARE GOING TO BE CUT OFF and you can’t work it out with the utility, make sure you file your complaint BEFORE the cut off.',
    },
  ],
  sources: [
    source('wv-complaints', westVirginiaComplaints, 'If You Have a Problem with Utility Service or Rates (WV PSC)', 'first-party', {
      readAt: 'http://www.psc.state.wv.us/Complaints/default.htm',
    }),
    source(
      'wv-form',
      'https://www.yumpu.com/en/document/view/39973642/formal-complaint-form-public-service-commission-of-west-virginia',
      'Formal Complaint Form - Public Service Commission of West Virginia (a copy)',
      'second-hand',
    ),
    source(
      'wv-rule',
      'https://casetext.com/regulation/west-virginia-administrative-code/agency-150-public-service-commission/title-150-exempt-legislative-rule-public-service-commission/series-150-01-rules-of-practice-and-procedure/section-150-1-6-complaints',
      'W. Va. Code R. § 150-1-6 Complaints',
      'second-hand',
    ),
    source(
      'wv-legal-aid',
      'https://legalaidwv.org/legal-information/public-utilities-deposits-shut-offs-and-reconnections',
      'Public Utilities: Deposits, Shut-offs and Reconnections (Legal Aid of WV)',
      'second-hand',
    ),
  ],
};

const wisconsinFaq = 'https://psc.wi.gov/Pages/ForConsumers/MoreResources/GeneralFAQ.aspx';

const wisconsin: AuthorityInput = {
  id: 'puc-wi',
  kind: 'state_PUC',
  name: 'Public Service Commission of Wisconsin',
  shortName: 'PSC',
  state: 'WI',
  named: {
    source: 'wi-news',
    quote: 'The Public Service Commission of Wisconsin (PSC or Commission) encourages electric, natural gas, and water utility customers',
  },
  covers: (['electric', 'gas', 'water'] as const).map((category) => ({
    category,
    source: 'wi-faq',
    quote:
      'The PSC is responsible for regulating the rates, safety, adequacy, and quality of service of electric, natural gas, and water utilities.',
  })),
  excludes: [
    {
      text: 'Landline, cell phone, long distance, internet and cable TV service, most electric cooperatives and propane; the Department of Agriculture, Trade and Consumer Protection takes most of these (800-422-7128).',
      source: 'wi-faq',
      quote:
        'Other types of telecommunications-related services\n- Land line phone service\n- Cable TV\n- Cellular phone service\n- Internet service providers\n- Long distance providers',
    },
  ],
  channels: [
    {
      kind: 'phone',
      value: '1-800-225-7729',
      source: 'wi-moratorium',
      quote:
        'If arrangements cannot be made with company itself, customers can contact PSC directly at 1-800-225-7729 or by filing a complaint on its website.',
    },
  ],
  answerDays: {
    days: 10,
    businessDays: true,
    source: 'wi-rule',
    quote:
      "A utility shall respond to the public service commission staff's request for an\ninvestigation by attempting to contact the complainant within 48 hours for most\ncircumstances, or 4 hours in an emergency situation, and by providing a\nresponse to the commission within 10 business days.",
  },
  notes: [
    {
      text: 'After pursuing the utility’s own remedies, ask the commission staff for an informal review, in writing or by phone.',
      source: 'wi-rule',
      quote:
        'After the customer has pursued the\navailable remedies with the utility, the customer may request that the\ncommission staff informally review the disputed issue and recommend terms of\nsettlement.',
    },
  ],
  sources: [
    source('wi-faq', wisconsinFaq, 'General FAQs (PSC of Wisconsin)', 'first-party'),
    source(
      'wi-news',
      'https://www.wispolitics.com/2022/public-service-commission-urges-customers-to-seek-assistance-before-moratorium-on-utility-disconnections-ends',
      'Public Service Commission urges customers to seek assistance (press release on WisPolitics)',
      'second-hand',
      {
        published: '2022',
      },
    ),
    source(
      'wi-moratorium',
      'https://www.nbc15.com/content/news/Wisconsin-ban-on-disconnecting-utilities-to-end-on-July-25-571192211.html',
      'Wisconsin ban on disconnecting utilities to end on July 25 (NBC15)',
      'second-hand',
      {
        published: '2020-06-11',
      },
    ),
    source(
      'wi-rule',
      'https://regulations.justia.com/states/wisconsin/psc/chapter-psc-185/subchapter-iii/section-psc-185-39',
      'Wis. Admin. Code PSC 185.39 Dispute procedures',
      'second-hand',
    ),
  ],
};

const wyoming: AuthorityInput = {
  id: 'puc-wy',
  kind: 'state_PUC',
  name: 'Wyoming Public Service Commission',
  shortName: 'PSC',
  state: 'WY',
  named: {
    source: 'wy-hot-topics',
    quote:
      'Written comments regarding BHE’s EFP may be filed with the Wyoming Public Service Commission at 2515 Warren Avenue, Suite 300, Cheyenne, WY 82002',
  },
  covers: (['gas', 'electric', 'water'] as const).map((category) => ({
    category,
    source: 'wy-hot-topics',
    quote:
      'the Commission has set the Commission’s Authorized Interest Rate (interest rate) payable on customer deposits held by gas, electric, and water',
  })),
  channels: [
    {
      kind: 'phone',
      value: '(307) 777-7427',
      source: 'wy-hot-topics',
      quote: 'Please contact Lori Brand, Dave Walker or Morgan Fish at (307) 777-7427 for additional information.',
    },
  ],
  notes: [
    {
      text: 'Dispute the bill with the utility first; if it is not resolved, take it to the commission.',
      source: 'wy-guide',
      quote:
        'If the dispute is not resolved to your satisfaction with the utility provider, you can escalate the issue to the Wyoming Public Service Commission for further review and resolution.',
    },
  ],
  sources: [
    source('wy-hot-topics', 'https://psc.state.wy.us/pscdocs/hottopics.html', 'Hot Topics (Wyoming PSC)', 'first-party', {
      readAt: 'http://psc.state.wy.us/pscdocs/hottopics.html',
      published: '2016',
    }),
    source(
      'wy-guide',
      'https://www.stateregstoday.com/government-forms/utility-billing-dispute-meter-test-and-deposit-waiver-forms-in-wyoming',
      'Utility Billing Dispute, Meter Test, and Deposit Waiver Forms in Wyoming',
      'second-hand',
    ),
  ],
};

export const states: AuthorityInput[] = [
  alabama,
  alaska,
  arizona,
  arkansas,
  california,
  colorado,
  connecticut,
  delaware,
  districtOfColumbia,
  florida,
  georgia,
  hawaii,
  idaho,
  illinois,
  indiana,
  iowa,
  kansas,
  kentucky,
  louisiana,
  maine,
  maryland,
  massachusetts,
  michigan,
  minnesota,
  mississippi,
  missouri,
  montana,
  nebraska,
  nevada,
  newHampshire,
  newJersey,
  newMexico,
  newYork,
  northCarolina,
  northDakota,
  ohio,
  oklahoma,
  oregon,
  pennsylvania,
  rhodeIsland,
  southCarolina,
  southDakota,
  tennessee,
  texas,
  utah,
  vermont,
  virginia,
  washington,
  westVirginia,
  wisconsin,
  wyoming,
];
