/**
 * The national complaint bodies: the FCC (phone, internet, TV), the CFPB (banks, cards,
 * debt collection) and the BBB (any business, a last public resort). Each fact quotes
 * the stored page it was read in; see regulatorSchema.ts for the rules.
 */
import type { AuthorityInput } from '../regulatorSchema';

const checked = '2026-11-30';

const fccCategories =
  'To file a complaint from the home page, choose the category that best describes your issue:\n\n  • TV\n  • Phone\n  • Internet';

export const fcc: AuthorityInput = {
  id: 'fcc',
  kind: 'FCC',
  name: 'Federal Communications Commission',
  shortName: 'FCC',
  named: { source: 'fcc-paper-form', quote: 'Informal Complaint Form\nFederal Communications Commission' },
  covers: [
    { category: 'wireless', source: 'fcc-questions', quote: fccCategories },
    { category: 'landline', source: 'fcc-questions', quote: fccCategories },
    { category: 'cable_internet', source: 'fcc-questions', quote: fccCategories },
    { category: 'satellite_tv', source: 'fcc-questions', quote: fccCategories },
  ],
  complaintPage: {
    url: 'https://consumercomplaints.fcc.gov/hc/en-us',
    source: 'fcc-questions',
    quote: 'You can file an informal consumer complaint from the Consumer Complaint Center home page.',
  },
  channels: [
    {
      kind: 'phone',
      value: '1-888-225-5322',
      label: '1-888-CALL-FCC',
      source: 'fcc-paper-form',
      quote: 'Phone: 1-888-CALL-FCC (1-888-225-5322)',
    },
    {
      kind: 'tty',
      value: '1-888-835-5322',
      label: '1-888-TELL-FCC',
      source: 'fcc-paper-form',
      quote: 'TTY: 1-888-TELL-FCC (1-888-835-5322)',
    },
    {
      kind: 'fax',
      value: '1-866-418-0232',
      source: 'fcc-paper-form',
      quote: 'You may submit this form by fax to 1-866-418-0232',
    },
  ],
  answerDays: {
    days: 30,
    source: 'fcc-questions',
    quote: 'The provider is required to respond in writing to the complaint within 30 days of receipt of the complaint.',
  },
  notes: [
    {
      text: 'Contact the provider before filing a complaint.',
      source: 'fcc-handles',
      quote: 'We encourage you to contact your provider before filing a complaint.',
    },
    {
      text: 'You are given a tracking number and sent emails about where the complaint stands.',
      source: 'fcc-questions',
      quote: 'You will be given a tracking number and you will receive periodic emails about the status of your complaint.',
    },
    {
      text: 'The provider must send its written answer to you as well as to the FCC.',
      source: 'fcc-questions',
      quote: 'The provider must provide you and the FCC with a copy of the response.',
    },
    {
      text: 'Do not include a Social Security number, date of birth, driver’s license number or medical history in the complaint.',
      source: 'fcc-form',
      quote: "Do not include any sensitive information, such as SSN, DOB, driver's license numbers, medical history, etc.",
    },
  ],
  sources: [
    {
      id: 'fcc-questions',
      url: 'https://consumercomplaints.fcc.gov/hc/en-us/articles/205082880-Filing-a-Complaint-Questions-and-Answers',
      title: 'Filing a Complaint Questions and Answers',
      checked,
      quality: 'first-party',
    },
    {
      id: 'fcc-handles',
      url: 'https://consumercomplaints.fcc.gov/hc/en-us/articles/202752940-How-the-FCC-Handles-Your-Complaint',
      title: 'How the FCC Handles Your Complaint',
      checked,
      quality: 'first-party',
    },
    {
      id: 'fcc-form',
      url: 'https://consumercomplaints.fcc.gov/hc/en-us/requests/new?ticket_form_id=39744',
      title: 'FCC Consumer Complaint Center: complaint form',
      checked,
      quality: 'first-party',
    },
    {
      id: 'fcc-paper-form',
      url: 'https://studylib.net/doc/7193895/informal-complaint-form',
      title: 'Informal Complaint Form (a copy of the FCC’s paper form)',
      checked,
      quality: 'second-hand',
      note: 'A copy of the FCC’s own form kept on a document site; its postal address is not used (the FCC has since moved).',
    },
  ],
};

export const cfpb: AuthorityInput = {
  id: 'cfpb',
  kind: 'CFPB',
  name: 'Consumer Financial Protection Bureau',
  shortName: 'CFPB',
  named: { source: 'cfpb-contact', quote: 'Mail:\nConsumer Financial Protection Bureau\nPO Box 4503, Iowa City, IA 52244' },
  complaintPage: {
    url: 'https://www.consumerfinance.gov/complaint/',
    source: 'cfpb-submit',
    quote: 'To submit a complaint, go to: http://www.consumerfinance.gov/complaint.',
  },
  channels: [
    {
      kind: 'phone',
      value: '(855) 411-2372',
      label: '(855) 411-CFPB',
      source: 'cfpb-submit',
      quote: 'you can also submit a complaint over the phone by calling the CFPB at (855) 411-CFPB (2372), toll free.',
    },
  ],
  answerDays: {
    days: 15,
    source: 'cfpb-submit',
    quote: 'The company has 15 days to provide a substantive response to you and to the CFPB.',
  },
  notes: [
    {
      text: 'It takes complaints about bank accounts, credit cards, credit reports and debt collection, among other money matters.',
      source: 'cfpb-submit',
      quote:
        'select\nthe product or service that your complaint is about, for example: bank account or service, credit\ncard, credit reporting, debt collection',
    },
    {
      text: 'Companies are expected to close all but the most complicated complaints within 60 days.',
      source: 'cfpb-submit',
      quote: 'Companies\nare expected to close all but the most complicated complaints within 60 days.',
    },
    {
      text: 'Upload agreements, statements and proof of payment with the complaint.',
      source: 'cfpb-upload',
      quote:
        'Please scan and upload any documentation that you have here (Account agreements,\nmonthly statements, proof of payment, etc.).',
    },
  ],
  sources: [
    {
      id: 'cfpb-submit',
      url: 'https://issuhub.com/view/index/4410?pageIndex=262',
      title: 'Your Money, Your Goals (CFPB toolkit): Submit a complaint',
      checked,
      quality: 'second-hand',
      note: 'A copy of the CFPB’s own toolkit kept on a document site.',
    },
    {
      id: 'cfpb-upload',
      url: 'https://issuhub.com/view/index/4410?pageIndex=276',
      title: 'Your Money, Your Goals (CFPB toolkit): Submitting a complaint',
      checked,
      quality: 'second-hand',
      note: 'A copy of the CFPB’s own toolkit kept on a document site.',
    },
    {
      id: 'cfpb-contact',
      url: 'https://issuhub.com/view/index/4410?pageIndex=277',
      title: 'Your Money, Your Goals (CFPB toolkit): Contact information',
      checked,
      quality: 'second-hand',
      note: 'A copy of the CFPB’s own toolkit kept on a document site.',
    },
  ],
};

const anyBusiness = 'BBB handles complaints regarding any business, whether or not the business is a BBB Accredited Business.';

export const bbb: AuthorityInput = {
  id: 'bbb',
  kind: 'BBB',
  name: 'Better Business Bureau',
  shortName: 'BBB',
  named: {
    source: 'bbb-new-york',
    quote: 'A complaint can be filed by completing a complaint form or via the Better Business Bureau Online Complaint Form.',
  },
  covers: (['cable_internet', 'wireless', 'landline', 'satellite_tv', 'electric', 'gas', 'water', 'streaming'] as const).map(
    (category) => ({ category, source: 'bbb-louisville', quote: anyBusiness }),
  ),
  answerDays: {
    days: 14,
    source: 'bbb-complaints',
    quote: 'The business will be asked to respond within 14 days, and if a response is not received, a second request will be made.',
  },
  notes: [
    {
      text: 'Contact the business at least once yourself before filing.',
      source: 'bbb-new-york',
      quote: 'The consumer should have contacted the business at least once to resolve the issue.',
    },
    {
      text: 'A complaint cannot be changed or deleted once it is sent.',
      source: 'bbb-new-york',
      quote: 'Your complaint cannot be changed, edited or deleted once it has been submitted.',
    },
    {
      text: 'The complaint may be published on the BBB’s website: leave out personal details.',
      source: 'bbb-new-york',
      quote:
        'The text of your complaint may be publicly posted on BBBs Web site (BBB reserves the right to not post in accordance with BBB policy). Please do not include any personally identifiable information',
    },
    {
      text: 'File with the BBB that serves the area where the business has its headquarters.',
      source: 'bbb-boston',
      quote: 'The complaint should be filed with the BBB that handles the service area where the business is headquartered.',
    },
    {
      text: 'A complaint may come from the customer or the customer’s authorized representative.',
      source: 'bbb-columbus',
      quote: 'The complaint is from a customer, or the customer’s authorized representative, of the business complained about',
    },
    {
      text: 'Answering is voluntary for businesses that are not BBB Accredited.',
      source: 'bbb-complaints',
      quote: 'Cooperation by non-accredited businesses is voluntary.',
    },
  ],
  sources: [
    {
      id: 'bbb-complaints',
      url: 'https://www.bbb.org/process-of-complaints-and-reviews/complaints',
      title: 'Complaints (BBB)',
      checked,
      quality: 'first-party',
      readAt: 'https://lib.www.bbb.org/process-of-complaints-and-reviews/complaints',
    },
    {
      id: 'bbb-new-york',
      url: 'https://www.newyork.bbb.org/complaint-process/',
      title: 'Complaint Process (BBB New York)',
      checked,
      quality: 'first-party',
      readAt: 'http://www.newyork.bbb.org/complaint-process/',
    },
    {
      id: 'bbb-boston',
      url: 'https://www.bbb.org/boston/get-consumer-help/consumer-help/the-complaint-process/',
      title: 'The Complaint Process (BBB Boston)',
      checked,
      quality: 'first-party',
      readAt: 'http://www.bbb.org/boston/get-consumer-help/consumer-help/the-complaint-process/',
    },
    {
      id: 'bbb-columbus',
      url: 'https://www.bbb.org/columbus-georgia/for-businesses/2-complaints/',
      title: 'Complaints (BBB Columbus, Georgia)',
      checked,
      quality: 'first-party',
      readAt: 'http://www.bbb.org/columbus-georgia/for-businesses/2-complaints/',
    },
    {
      id: 'bbb-louisville',
      url: 'https://www.bbb.org/louisville/get-consumer-help/BBB-complaint-process/',
      title: 'BBB Complaint Process (BBB Louisville)',
      checked,
      quality: 'first-party',
    },
  ],
};

export const federal: AuthorityInput[] = [fcc, cfpb, bbb];
