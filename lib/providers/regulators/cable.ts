/**
 * Who takes a complaint about cable TV service once the cable company has not put it
 * right. The FCC's rule (localFranchising): the franchising authority, usually the
 * city or county, named on the bill. A few states give that work to a state office
 * (cableOffices): each listed here was read to take subscribers' complaints itself.
 *
 * States where only the franchise is granted by the state (Texas, for one) and no
 * source was found that a state office takes subscribers' complaints are left out:
 * the ladder then names the city or county's office, as the FCC says. Every fact
 * quotes the stored page it was read in; see regulatorSchema.ts for the rules.
 */

import type { AuthorityInput, SourcedRuleInput } from '../regulatorSchema';
import type { Channel, Source } from '../schema';
import { states } from './states';

const checked = '2026-11-30';

/** A source read today; `quality` first-party when it is the office's (or the state's) own page. */
function source(id: string, url: string, title: string, quality: Source['quality'], more: Partial<Source> = {}): Source {
  return { id, url, title, checked, quality, ...more };
}

/** A state commission's own source and the channels that cite it (the same office, already read for the commission's entry). */
function fromCommission(commission: string, sourceId: string): { source: Source; channels: Channel[] } {
  const entry = states.find((a) => a.id === commission);
  const found = entry?.sources.find((s) => s.id === sourceId);
  if (!entry || !found) throw new Error(`no source ${sourceId} in ${commission}`); // not shown to the user
  return { source: found, channels: (entry.channels ?? []).filter((c) => c.source === sourceId) };
}

const fccWhere = 'https://www.fcc.gov/guides/cable-television-where-file-complaints-regarding-cable-service';

/** The FCC's rule for cable TV: the local franchising authority, named on the bill; what it handles. */
export const localFranchising: SourcedRuleInput = {
  id: 'franchise-local',
  facts: [
    {
      text: 'The franchising authority is the city, county or other local government office that oversees cable TV.',
      source: 'fcc-where',
      quote:
        'A franchising authority is the local municipal, county or other government organization that regulates certain aspects of the cable television industry at the state or local level.',
    },
    {
      text: 'Its name may be on the front or back of your cable bill; if not, ask the cable company or your town or city hall.',
      source: 'fcc-where',
      quote:
        'The name of the franchising authority may be on the front or back of your cable bill.  If this information is not on your bill, contact your cable company or your local town or city hall.',
    },
    {
      text: 'Go to it when the cable company’s answer does not satisfy you.',
      source: 'fcc-where',
      quote: "If you are not satisfied with your cable company's response, contact your local franchising authority.",
    },
    {
      text: 'It enforces the FCC’s customer service standards for cable companies.',
      source: 'fcc-standards',
      quote: 'Although the standards were issued by the FCC, local franchising authorities are charged with enforcing them.',
    },
  ],
  sources: [
    source('fcc-where', fccWhere, 'Cable Television - Where to File Complaints Regarding Cable Service', 'first-party'),
    source('fcc-standards', 'https://www.fcc.gov/media/customer-service-standards', 'Customer Service Standards (FCC)', 'first-party'),
  ],
};

const ct = fromCommission('puc-ct', 'ct-customer-affairs');
const vt = fromCommission('puc-vt', 'vt-capi');

const california: AuthorityInput = {
  id: 'cable-ca',
  kind: 'franchise_authority',
  name: 'California Public Utilities Commission',
  shortName: 'CPUC',
  state: 'CA',
  named: {
    source: 'ca-video',
    quote: 'The CPUC issues franchises to more than 20 businesses that offer these services in California.',
  },
  covers: [
    {
      category: 'cable_internet',
      source: 'ca-video',
      quote: 'The CPUC’s Consumer Affairs Branch also regularly listens to, tracks, and tries to address complaints from consumers.',
    },
  ],
  complaintPage: {
    url: 'https://www.cpuc.ca.gov/complaints',
    source: 'ca-video',
    quote: 'You can submitcomplaint at https://www.cpuc.ca.gov/complaints to get assistance in resolving customer service issues.',
  },
  notes: [
    {
      text: 'Since 2007 the state, not the city, grants TV franchises in California.',
      source: 'ca-la',
      quote:
        'The Digital Infrastructure and Video Competition Act of 2006 (DIVCA) established the California Public Utilities Commission as the sole video TV franchising. DIVCA took effect January 1, 2007.',
    },
  ],
  sources: [
    source(
      'ca-video',
      'https://www.cpuc.ca.gov/regulatory-services/licensing/video-franchising',
      'Video Franchising (CPUC)',
      'first-party',
    ),
    source(
      'ca-la',
      'https://ita.lacity.org/about-ita/video-servicescable-tv/information-subscribers',
      'Information for Subscribers (City of Los Angeles, Information Technology Agency)',
      'second-hand',
      { readAt: 'http://ita.lacity.org/about-ita/video-servicescable-tv/information-subscribers' },
    ),
  ],
};

const connecticut: AuthorityInput = {
  id: 'cable-ct',
  kind: 'franchise_authority',
  name: 'Public Utilities Regulatory Authority',
  shortName: 'PURA',
  state: 'CT',
  named: {
    source: 'ct-statute',
    quote:
      'The Public Utilities Regulatory Authority shall file a written certification with the Federal Communications Commission for designation as the franchising authority',
  },
  covers: [
    {
      category: 'cable_internet',
      source: 'ct-cable-faq',
      quote:
        'Questions or complaints handled by the Authority include:\nCustomer service problems, including billing disputes, office hours, telephone availability of personnel, installations, outages and service calls.',
    },
  ],
  excludes: [
    {
      text: 'Cable TV rates: PURA cannot regulate them.',
      source: 'ct-cable-faq',
      quote: 'Under state and federal law, PURA is unable to regulate cable rates.',
    },
    {
      text: 'Satellite TV: the Department of Consumer Protection may help instead.',
      source: 'ct-cable-faq',
      quote: 'PURA does not have jurisdiction over satellite providers of television service.',
    },
  ],
  channels: ct.channels,
  notes: [
    {
      text: 'Contact the cable company first; its number should be on the bill.',
      source: 'ct-cable-faq',
      quote:
        'You should always contact your cable company first when you have a complaint. In many cases, the customer service representatives at your cable company will be able to assist you and solve your problem.',
    },
  ],
  sources: [
    ct.source,
    source(
      'ct-cable-faq',
      'https://cableadvisory.org/category/news',
      'Frequently Asked Questions & Answers About Your Cable Service (PURA, last revised July 20, 2020)',
      'second-hand',
      { note: 'PURA’s cable questions and answers, as copied by a cable advisory council.', published: '2020-07-20' },
    ),
    source(
      'ct-statute',
      'https://casetext.com/statute/general-statutes-of-connecticut/title-16-public-service-companies/chapter-289-community-antenna-television-systems-and-competitive-video-service-providers/section-16-333f-programming-and-rate-changes-regulatory-authority-industry-cooperation',
      'Conn. Gen. Stat. § 16-333f',
      'second-hand',
    ),
  ],
};

const hawaii: AuthorityInput = {
  id: 'cable-hi',
  kind: 'franchise_authority',
  name: 'Department of Commerce and Consumer Affairs, Cable Television Division',
  shortName: 'CATV',
  state: 'HI',
  named: {
    source: 'hi-about',
    quote: 'The Cable Television Division (CATV) issues franchises to Hawaii cable television companies.',
  },
  covers: [
    {
      category: 'cable_internet',
      source: 'hi-about',
      quote: 'monitors the quality of service, and handles subscribers’ complaints about cable television matters.',
    },
  ],
  complaintPage: {
    url: 'https://hdcca.hawaii.gov/s/cable-television-complaints',
    source: 'hi-hana',
    quote: 'To file this request as a complaint you can use the DCCA online formhttps://hdcca.hawaii.gov/s/cable-television-complaints',
  },
  channels: [{ kind: 'email', value: 'cabletv@dcca.hawaii.gov', source: 'hi-hana', quote: 'email: cabletv@dcca.hawaii.gov' }],
  notes: [
    {
      text: 'It helps with what you could not settle with the cable company yourself.',
      source: 'hi-overview',
      quote: 'assists subscribers with cable television concerns that they are unable to resolve directly with their cable provider',
    },
    {
      text: 'A complaint can be made by phone or in writing; the director settles it informally where possible.',
      source: 'hi-law',
      quote:
        'Subscriber complaints regarding the operation of a cable system may be made orally or in writing to the director. The director shall resolve complaints informally when possible.',
    },
  ],
  sources: [
    source('hi-about', 'https://cca.hawaii.gov/catv/about/', 'CATV Overview/Services (Hawaii DCCA)', 'first-party'),
    source('hi-overview', 'https://cca.hawaii.gov/catv/overview/', 'Overview (Hawaii DCCA, Cable Television Division)', 'first-party'),
    source(
      'hi-hana',
      'https://hanamaui.com/?p=7163',
      'Letter Writing Campaign for Spectrum Cable Franchise Renewal (Hāna Business Council)',
      'second-hand',
      { note: 'A community group’s page that gives the Division’s complaint form and email address.' },
    ),
    source('hi-law', 'https://self-law.org/code/hi/440g-9', 'Hawaii Revised Statutes § 440G-9 Complaints', 'second-hand'),
  ],
};

const massachusetts: AuthorityInput = {
  id: 'cable-ma',
  kind: 'franchise_authority',
  name: 'Department of Telecommunications and Cable',
  shortName: 'DTC',
  state: 'MA',
  named: {
    source: 'ma-overview',
    quote: 'The Department of Telecommunications and Cable (DTC) within the Office of Consumer Affairs and Business Regulation',
  },
  covers: [
    {
      category: 'cable_internet',
      source: 'ma-consumer',
      quote:
        "The Department's Consumer Division investigates and resolves individual consumer complaints, either by informal negotiation or by formal adjudicatory proceedings.",
    },
  ],
  channels: [
    {
      kind: 'phone',
      value: '1-800-392-6066',
      label: 'Consumer Division',
      source: 'ma-complaint',
      quote: 'Phone: (617) 305-3531 or 1-800-392-6066',
    },
    {
      kind: 'phone',
      value: '(617) 305-3531',
      label: 'Consumer Division',
      source: 'ma-complaint',
      quote: 'Phone: (617) 305-3531 or 1-800-392-6066',
    },
  ],
  notes: [
    {
      text: 'Include your name, address, home and work phone numbers, a full description of the complaint and what you have done so far to resolve it.',
      source: 'ma-complaint',
      quote:
        'All complaints sent to the Department should include your name, address, home and work phone numbers, a complete description of the complaint, and any actions taken to resolve it thus far.',
    },
    {
      text: 'Dispute a charge with the cable company within 30 days of the bill’s due date; it must answer with a decision within 30 business days.',
      source: 'ma-blog',
      quote:
        'Under state law, the cable operator must be contacted within 30 days from the due date shown on your bill. The cable operator is required to investigate and respond with a decision within 30 business days of receiving your complaint.',
    },
  ],
  sources: [
    source(
      'ma-overview',
      'https://www.mass.gov/info-details/overview-of-the-department-of-telecommunications-and-cable',
      'Overview of the Department of Telecommunications and Cable',
      'first-party',
    ),
    source(
      'ma-consumer',
      'https://www.mass.gov/service-details/consumer-protection-and-education',
      'Consumer Protection and Education (DTC)',
      'first-party',
    ),
    source(
      'ma-complaint',
      'https://www.mass.gov/ocabr/government/oca-agencies/dtc-lp/competition-division/cable-tv-division/consumer-rights-fact-sheets/file-a-cable-tv-complaint.html',
      'File a Cable TV Complaint (DTC)',
      'first-party',
      {
        readAt:
          'http://www.mass.gov/ocabr/government/oca-agencies/dtc-lp/competition-division/cable-tv-division/consumer-rights-fact-sheets/file-a-cable-tv-complaint.html',
        note: 'An older page of the Department; its postal address is not used, as the Department may have moved since.',
      },
    ),
    source(
      'ma-blog',
      'https://blog.mass.gov/consumer/massconsumer/top-5-consumer-issues-of-2014-cable-service/',
      'Top 5 Consumer Issues of 2014: Cable Service (Massachusetts Office of Consumer Affairs and Business Regulation)',
      'first-party',
    ),
  ],
};

const newJersey: AuthorityInput = {
  id: 'cable-nj',
  kind: 'franchise_authority',
  name: 'New Jersey Board of Public Utilities, Office of Cable Television and Telecommunications',
  shortName: 'BPU',
  state: 'NJ',
  named: {
    source: 'nj-cable',
    quote:
      'the Division of Telecommunications consolidated with the Office of Cable Television to form the Office of Cable Television and Telecommunications.',
  },
  covers: [
    {
      category: 'cable_internet',
      source: 'nj-cable-older',
      quote:
        'The Bureau also handles Customer Complaints and Inquiries that are resolved by staff from both units. However, all complaints received by mail, email or the customer assistance “hotline” (1-800-624-0331), are normally processed first',
    },
  ],
  channels: [
    {
      kind: 'phone',
      value: '1-800-624-0331',
      label: 'Cable TV Service Customer Assistance',
      hours: 'weekdays, except holidays',
      source: 'nj-cable-older',
      quote: 'Staff is available to answer your calls weekdays at: 1-800-624-0331 (except for holidays).',
    },
  ],
  notes: [
    {
      text: 'A written complaint gives your name and address, the company’s, the facts with their dates, and the outcome you want.',
      source: 'nj-rule',
      quote:
        'must state the name and address of the complainant and the party complained of, as well as the essential facts upon which the complaint is based, including the dates of acts or omissions complained of, and the desired outcome.',
    },
  ],
  sources: [
    source(
      'nj-cable',
      'https://www.nj.gov/bpu/about/divisions/cable/',
      'Office of Cable Television and Telecommunications (NJ BPU)',
      'first-party',
    ),
    source(
      'nj-cable-older',
      'https://www.nj.gov/bpu/about/divisions/cable/',
      'Office of Cable Television (NJ BPU), an earlier version of the page',
      'first-party',
      { readAt: 'http://www.nj.gov/bpu/about/divisions/cable/' },
    ),
    source(
      'nj-rule',
      'https://regulations.justia.com/states/new-jersey/title-14/chapter-17/subchapter-6/section-14-17-6-5/',
      'N.J.A.C. 14:17-6.5 Handling informal complaint to the Office as complaint officer in lieu of petition',
      'second-hand',
    ),
  ],
};

const newYork: AuthorityInput = {
  id: 'cable-ny',
  kind: 'franchise_authority',
  name: 'New York State Public Service Commission',
  shortName: 'PSC',
  state: 'NY',
  named: {
    source: 'ny-cable',
    quote: 'Call the New York State Public Service Commission (PSC) at 1-800-342-3377, visit our Complaint Department, or write to:',
  },
  covers: [
    {
      category: 'cable_internet',
      source: 'ny-cable',
      quote:
        'Your cable television company additionally must advise you of the fact that any unresolved complaint may be referred to this Commission.',
    },
  ],
  channels: [
    {
      kind: 'phone',
      value: '1-800-342-3377',
      source: 'ny-cable',
      quote: 'Call the New York State Public Service Commission (PSC) at 1-800-342-3377, visit our Complaint Department, or write to:',
    },
    {
      kind: 'mail',
      value:
        'Customer Service Representative, New York State Public Service Commission, Office of Customer Services, Three Empire State Plaza, Albany, New York 12223-1350',
      source: 'ny-cable',
      quote:
        'Customer Service Representative\n    New York State Public Service Commission\n    Office of Customer Services\n    Three Empire State Plaza\n    Albany, New York 12223-1350',
    },
  ],
  answerDays: {
    days: 10,
    source: 'ny-rule',
    quote:
      'Within 10 days, or such other period as may be specified in the notice, the cable television company shall submit a written response to the commission and shall serve a copy of said response on the complainant.',
  },
  notes: [
    {
      text: 'Report the problem to the cable company first; if it is not resolved, go to your local government or the PSC.',
      source: 'ny-cable',
      quote: 'If your concerns have not been resolved--contact your local government, or',
    },
    {
      text: 'The company must send you a copy of its written answer to the PSC.',
      source: 'ny-rule',
      quote: 'shall serve a copy of said response on the complainant',
    },
  ],
  sources: [
    source(
      'ny-cable',
      'https://dps.ny.gov/cable-television-service-consumer-rights',
      'Cable Television Service: Consumer Rights (NYS Department of Public Service)',
      'first-party',
    ),
    source(
      'ny-rule',
      'https://d1tvxue8o4w0fl.cloudfront.net/regulation/new-york-codes-rules-and-regulations/title-16-department-of-public-service/chapter-viii-cable-television/subchapter-b-general/part-890-customer-service-and-consumer-protection-standards/section-89070-subscribers-complaints-procedure',
      '16 NYCRR § 890.70 Subscribers’ complaints; procedure',
      'second-hand',
      { note: 'A copy of the state regulation kept by a law-text site.' },
    ),
  ],
};

const rhodeIsland: AuthorityInput = {
  id: 'cable-ri',
  kind: 'franchise_authority',
  name: 'Rhode Island Division of Public Utilities and Carriers, Cable Television Section',
  shortName: 'DPUC',
  state: 'RI',
  named: {
    source: 'ri-cable',
    quote: 'Cable Television Regulatory Office of the Rhode Island Division of Public Utilities and Carriers',
  },
  covers: [
    {
      category: 'cable_internet',
      source: 'ri-cable',
      quote:
        'The Division regulates Basic Service tier rates and assists as an intermediary between the general public and the cable companies as may be necessary.',
    },
  ],
  channels: [
    {
      kind: 'phone',
      value: '401-780-2124',
      label: 'Cable Section',
      source: 'ri-faq',
      quote:
        'If you cannot resolve your problem, you can call the Cable Section of the Division of Public Utilities (DPUC) at 401-780-2124.',
    },
  ],
  notes: [
    {
      text: 'The state, not the town, grants cable franchises in Rhode Island.',
      source: 'ri-cable',
      quote:
        'Cable TV companies require a franchise granted by the State to occupy the rights-of-way for the operation of a cable TV system.',
    },
  ],
  sources: [
    source(
      'ri-cable',
      'https://ripuc.ri.gov/utilityinfo/cabletv.html',
      'Cable Television (RI Division of Public Utilities and Carriers)',
      'first-party',
      {
        readAt: 'http://ripuc.ri.gov/utilityinfo/cabletv.html',
      },
    ),
    source(
      'ri-faq',
      'https://ripuc.ri.gov/utility-information/cable-television/cable-television-faqs',
      'Cable Television FAQ’s (RI Division of Public Utilities and Carriers)',
      'first-party',
    ),
  ],
};

const vermont: AuthorityInput = {
  id: 'cable-vt',
  kind: 'franchise_authority',
  name: 'Vermont Public Utility Commission',
  shortName: 'PUC',
  state: 'VT',
  named: {
    source: 'vt-cable',
    quote: 'The Vermont Public Utility Commission (Commission or PUC) does not regulate cable telelevision rates.',
  },
  covers: [
    {
      category: 'cable_internet',
      source: 'vt-cable',
      quote:
        'The Commission also has authority to regulate customer service issues, including service quality, reliability, and signal quality; as well as rates for items such as late fees, returned check charges, deposits, and disconnections.',
    },
  ],
  excludes: [
    {
      text: 'Cable TV rates.',
      source: 'vt-cable',
      quote: 'The Vermont Public Utility Commission (Commission or PUC) does not regulate cable telelevision rates.',
    },
    {
      text: 'Which channels are offered.',
      source: 'vt-cable',
      quote: 'Neither the FCC nor the Commission regulate cable television programming.',
    },
  ],
  channels: vt.channels,
  notes: [],
  sources: [
    vt.source,
    source(
      'vt-cable',
      'https://publicservice.vermont.gov/cabletv/consumers',
      'Information for Consumers - Cable (Vermont Department of Public Service)',
      'first-party',
    ),
  ],
};

/** The states whose own office takes cable TV complaints, by state. */
export const cableOffices: AuthorityInput[] = [california, connecticut, hawaii, massachusetts, newJersey, newYork, rhodeIsland, vermont];
