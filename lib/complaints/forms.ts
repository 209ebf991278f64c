/**
 * The complaint forms a packet is prepared for, each with the fields its own form or
 * guidance asks for, in its order and in its words, and the source that says so
 * (read on the date given; check the live page before relying on it). The packet
 * (packet.ts) fills these fields from the case; the user copies each one into the
 * form and files it themselves: the extension sends nothing.
 */
import type { Category } from '../model';

/** What a packet can fill a field with. */
export type FieldKey =
  | 'filerName'
  | 'filerAddress'
  | 'filerPhone'
  | 'bestTime'
  | 'filerEmail'
  | 'accountHolder'
  | 'filerIfDifferent'
  | 'serviceAddress'
  | 'mailingAddress'
  | 'accountNumber'
  | 'phonesInvolved'
  | 'company'
  | 'serviceType'
  | 'howReceived'
  | 'state'
  | 'description'
  | 'stepsTaken'
  | 'resolutionSought';

export interface FormField {
  key: FieldKey;
  /** The form's own words for it. */
  label: string;
  /** What the form says about it, when it says something the user needs. */
  hint?: string;
}

export interface FormSource {
  url: string;
  /** The day the stored copy was read. */
  checked: string;
  quote: string;
}

export type FormId = 'fcc' | 'puc-ca' | 'puc-ny' | 'puc-tx' | 'puc' | 'cfpb' | 'executive';

export interface ComplaintForm {
  id: FormId;
  /** "FCC informal complaint". */
  name: string;
  /** Who receives it. */
  body: string;
  /** Where it is filed, when a source gives it (the user opens it themselves). */
  fileAt?: string;
  /** The service categories it is for (none: any). */
  categories: readonly Category[];
  /** For a state's commission: its state. */
  state?: string;
  fields: readonly FormField[];
  /** It asks for no sensitive personal details: documents marked sensitive stay out of its attachments. */
  forbidsSensitive: boolean;
  /** Why, in the form's words, when it does. */
  forbidsWhy?: string;
  /** What happens next, as the source says. */
  afterFiling?: string;
  sources: readonly FormSource[];
}

const CHECKED = '2026-11-30';

const telecom: Category[] = ['cable_internet', 'wireless', 'landline', 'satellite_tv'];
const utilities: Category[] = ['electric', 'gas', 'water', 'landline'];

export const complaintForms: readonly ComplaintForm[] = [
  {
    id: 'fcc',
    name: 'FCC informal complaint',
    body: 'Federal Communications Commission',
    fileAt: 'https://consumercomplaints.fcc.gov/hc/en-us/requests/new?ticket_form_id=39744',
    categories: telecom,
    fields: [
      { key: 'filerName', label: 'First and last name' },
      { key: 'filerAddress', label: 'Street address or PO box, city, state, ZIP' },
      { key: 'filerPhone', label: 'Telephone number', hint: 'In the format 555-555-5555.' },
      { key: 'bestTime', label: 'Best time to contact you if more information is needed' },
      { key: 'filerEmail', label: 'Email address' },
      {
        key: 'state',
        label: 'State',
        hint: 'If your state is not listed, the FCC asks you to file with your state utility commission first.',
      },
      { key: 'howReceived', label: 'How you receive the service' },
      { key: 'phonesInvolved', label: 'Phone numbers involved', hint: 'In the format 555-555-5555.' },
      { key: 'company', label: 'Company you are complaining about' },
      { key: 'accountNumber', label: 'Account number (inside the description)' },
      {
        key: 'description',
        label: 'Description: what happened',
        hint: 'Do not include sensitive information such as an SSN, date of birth, driver’s license number or medical history.',
      },
      { key: 'stepsTaken', label: 'Steps you already took' },
      { key: 'resolutionSought', label: 'The relief you are asking for' },
    ],
    forbidsSensitive: true,
    forbidsWhy:
      'The FCC form says: “Do not include any sensitive information, such as SSN, DOB, driver’s license numbers, medical history.” A death certificate usually shows several of these.',
    afterFiling: 'The FCC sends the complaint to the company, which must answer in writing (usually within 30 days) with a copy to you.',
    sources: [
      {
        url: 'https://consumercomplaints.fcc.gov/hc/en-us/requests/new?ticket_form_id=39744',
        checked: CHECKED,
        quote: 'Do not include any sensitive information, such as SSN, DOB, driver’s license numbers, medical history, etc.',
      },
      {
        url: 'https://studylib.net/doc/7193895/informal-complaint-form',
        checked: CHECKED,
        quote:
          'First Name: Last Name: … Street Address/ PO Box: City or Town: State: Zip Code: Telephone Number … Best Time to Contact You if Additional Information is Needed: E-mail Address:',
      },
      {
        url: 'https://portal.ct.gov/OCC/FCC-Information/FCC-Information/Filing-a-complaint-with-the-FCC',
        checked: CHECKED,
        quote:
          'the names and telephone numbers of the company employees that you talked with … and the dates … the relief that you are requesting (such as adjustment of charges).',
      },
    ],
  },
  {
    id: 'puc-ca',
    name: 'California Public Utilities Commission (CPUC) complaint',
    body: 'CPUC Consumer Affairs Branch',
    categories: utilities,
    state: 'CA',
    fields: [
      { key: 'accountHolder', label: 'The name that appears on the bill' },
      { key: 'filerIfDifferent', label: 'Your name, if different from the account holder’s name' },
      { key: 'serviceAddress', label: 'Service address (not a P.O. Box)' },
      { key: 'mailingAddress', label: 'Mailing address, if different from the service address' },
      { key: 'accountNumber', label: 'Account number on the bill' },
      { key: 'filerPhone', label: 'Telephone number where you can be reached during business hours' },
      { key: 'company', label: 'Utility company' },
      { key: 'description', label: 'Details of the problem, including your efforts to resolve it with the utility' },
      { key: 'stepsTaken', label: 'Your efforts with the utility' },
      { key: 'resolutionSought', label: 'What you are asking for' },
    ],
    forbidsSensitive: false,
    afterFiling: 'The CPUC sends a letter of acknowledgment with a case number within 10 days; most cases are resolved within 45 days.',
    sources: [
      {
        url: 'http://www.cpuc.ca.gov/PUC/aboutus/Divisions/CSID/Consumer+Affairs/Informal+Complain+Process+Step+3.htm',
        checked: CHECKED,
        quote:
          'The name that appears on the bill - Service address (do not include P.O. Box) - Mailing address, if different than service address … - Account number on the bill - Telephone contact number … - Details of the problem – including your efforts to resolve it with the utility',
      },
      {
        url: 'http://www.cpuc.ca.gov/PUC/aboutus/Divisions/CSID/Consumer+Affairs/Informal+Complain+Process+Step+2.htm',
        checked: CHECKED,
        quote: 'Name on the account/account holder’s name - Your name, if different from the account holder’s name',
      },
      {
        url: 'http://www.cpuc.ca.gov/whattoexpect/',
        checked: CHECKED,
        quote: 'You will receive a letter of acknowledgment from CAB within 10 days … Most cases are resolved within 45 days of filing.',
      },
    ],
  },
  {
    id: 'puc-ny',
    name: 'New York Public Service Commission complaint',
    body: 'New York Department of Public Service, Office of Consumer Services',
    categories: [...utilities, 'cable_internet'],
    state: 'NY',
    fields: [
      { key: 'filerName', label: 'Your name' },
      { key: 'accountHolder', label: 'Name on the account' },
      { key: 'serviceAddress', label: 'Service address' },
      { key: 'filerPhone', label: 'Phone number' },
      { key: 'filerEmail', label: 'Email address' },
      { key: 'company', label: 'Utility company (electric, gas, telephone, cable TV or water)' },
      { key: 'accountNumber', label: 'Account number' },
      {
        key: 'stepsTaken',
        label: 'What you already did with the company',
        hint: 'The PSC asks that you first try to resolve it with the company.',
      },
      {
        key: 'description',
        label: 'Your complaint',
        hint: 'You are responsible for giving the staff the facts you have that support your position.',
      },
      { key: 'resolutionSought', label: 'What you are asking for' },
    ],
    forbidsSensitive: false,
    afterFiling:
      'The PSC first asks the company to contact you; if it does not answer within two weeks, call the PSC and its staff investigate. Pay the part of the bill that is not in dispute meanwhile.',
    sources: [
      {
        url: 'https://www3.dps.ny.gov/W/PSCWeb.nsf/ArticlesByTitle/E14FA4E4025783248525782C006979E8?OpenDocument',
        checked: CHECKED,
        quote:
          'If you have a complaint, first try to resolve it with your utility. … does not provide its response to you within two weeks … you must pay the portion of your bill that is not in dispute',
      },
      {
        url: 'http://nyrules.elaws.us/nycrr/title16_chapteri_subchapterb_part12_s12.1',
        checked: CHECKED,
        quote:
          'A customer making a complaint is responsible for providing staff with any facts that he or she possesses in support of his or her position.',
      },
    ],
  },
  {
    id: 'puc-tx',
    name: 'Public Utility Commission of Texas complaint',
    body: 'Public Utility Commission of Texas, Consumer Protection Division',
    fileAt: 'https://www.puc.texas.gov/consumer/complaint/complaint.aspx',
    categories: ['electric', 'water', 'landline'],
    state: 'TX',
    fields: [
      { key: 'accountHolder', label: 'Your name (the account holder)' },
      { key: 'filerIfDifferent', label: 'Your name, if you are not the account holder' },
      { key: 'accountNumber', label: 'Customer account number' },
      { key: 'mailingAddress', label: 'Billing address' },
      { key: 'serviceAddress', label: 'Service address' },
      { key: 'filerPhone', label: 'Telephone number' },
      { key: 'company', label: 'Name of the utility provider' },
      { key: 'description', label: 'A description of the problem' },
      { key: 'stepsTaken', label: 'What you did with the provider first' },
      { key: 'resolutionSought', label: 'Your desired outcome (a refund, a change of service…)' },
    ],
    forbidsSensitive: false,
    afterFiling: 'The company has 15 days to investigate and respond to the PUCT, then an investigator decides and writes to you both.',
    sources: [
      {
        url: 'https://www.puc.texas.gov/consumer/complaint/complaint.aspx',
        checked: CHECKED,
        quote:
          'Your name, service address, billing address, and phone number. - The name of the utility provider. - A description of the problem and your desired outcome of the complaint (i.e. refund, change of service, etc.)',
      },
      {
        url: 'https://paperzz.com/doc/7491361/how-to-file-a-formal-complaint',
        checked: CHECKED,
        quote: 'Your name (the account holder), customer account number, billing and service addresses, telephone number',
      },
      {
        url: 'http://puc.texas.gov/consumer/complaint/Complaint.aspx',
        checked: CHECKED,
        quote: 'The electric or telephone company has 15 days to investigate and respond to the PUCT.',
      },
    ],
  },
  {
    id: 'puc',
    name: 'State utility commission complaint',
    body: 'Your state’s public utility commission',
    categories: utilities,
    fields: [
      { key: 'filerName', label: 'Your name, address and daytime phone number' },
      { key: 'filerAddress', label: 'Your address' },
      { key: 'filerPhone', label: 'Daytime phone number' },
      { key: 'accountHolder', label: 'Name on the account' },
      { key: 'serviceAddress', label: 'Service address' },
      { key: 'accountNumber', label: 'Account number' },
      { key: 'company', label: 'Company' },
      { key: 'description', label: 'What happened' },
      { key: 'stepsTaken', label: 'Steps you took to resolve it with the company' },
      { key: 'resolutionSought', label: 'The relief you are requesting' },
    ],
    forbidsSensitive: false,
    sources: [
      {
        url: 'https://portal.ct.gov/OCC/FCC-Information/FCC-Information/Filing-a-complaint-with-the-FCC',
        checked: CHECKED,
        quote:
          'Your name, address and telephone number where you can be reached during the business day; … a description of the steps you took to resolve the complaint; … the relief that you are requesting',
      },
    ],
  },
  {
    id: 'cfpb',
    name: 'CFPB complaint',
    body: 'Consumer Financial Protection Bureau',
    categories: [],
    fields: [
      { key: 'description', label: 'What happened', hint: 'Describe what happened, in as much detail as possible.' },
      { key: 'stepsTaken', label: 'Steps already taken' },
      { key: 'resolutionSought', label: 'What do you think would be a fair resolution?' },
      { key: 'filerName', label: 'Your name' },
      { key: 'filerAddress', label: 'Your address' },
      { key: 'filerEmail', label: 'Email' },
      { key: 'company', label: 'Company' },
      { key: 'accountNumber', label: 'Account number' },
    ],
    forbidsSensitive: true,
    forbidsWhy:
      'The CFPB may publish your description after removing personal information; keep sensitive documents, such as a death certificate, out of what you upload unless they are needed.',
    afterFiling: 'The company has 15 days to respond (up to 60 for complex cases); you then have 60 days to give feedback.',
    sources: [
      {
        url: 'https://issuhub.com/view/index/4410?pageIndex=276',
        checked: CHECKED,
        quote:
          'Ask you to describe what happened, in as much detail as possible Ask you what you think a fair resolution to the issue would be. Ask you for your information (name/address/email).',
      },
      {
        url: 'https://www.consumerfinance.gov/complaint/process/',
        checked: CHECKED,
        quote:
          'With your consent we also publish your description of what happened, after taking steps to remove personal information. … You’ll be able to review the company’s response and will have 60 days to give us feedback about the response.',
      },
      {
        url: 'https://issuhub.com/view/index/4410?pageIndex=42',
        checked: CHECKED,
        quote:
          'After your complaint is sent to the company, the company has 15 days to provide a substantive response to you and the CFPB. Companies are expected to close all but the most complicated complaints within 60 days.',
      },
    ],
  },
  {
    id: 'executive',
    name: 'Letter to the executive office',
    body: 'The provider’s executive or office-of-the-president team',
    categories: [],
    fields: [
      { key: 'filerName', label: 'From' },
      { key: 'filerAddress', label: 'Address' },
      { key: 'filerPhone', label: 'Phone' },
      { key: 'filerEmail', label: 'Email' },
      { key: 'accountHolder', label: 'Account holder (deceased)' },
      { key: 'accountNumber', label: 'Account number' },
      { key: 'serviceAddress', label: 'Service address' },
      { key: 'description', label: 'What happened' },
      { key: 'stepsTaken', label: 'Steps already taken' },
      { key: 'resolutionSought', label: 'What I am asking you to do' },
    ],
    forbidsSensitive: false,
    sources: [
      {
        url: 'https://portal.ct.gov/OCC/FCC-Information/FCC-Information/Filing-a-complaint-with-the-FCC',
        checked: CHECKED,
        quote:
          'the names and telephone numbers of the company employees that you talked with … and the dates that you talked with these employees',
      },
    ],
  },
];

export function complaintForm(id: FormId): ComplaintForm {
  return complaintForms.find((f) => f.id === id)!;
}

/**
 * The forms that fit an account, the most fitting first: the FCC for phone, internet
 * and TV; the state's own commission form (California, New York, Texas) or the
 * general one for utilities; always the executive office and the CFPB last.
 */
export function formsFor(category: Category | undefined, state: string | undefined): ComplaintForm[] {
  const out: ComplaintForm[] = [];
  const fits = (f: ComplaintForm) => !category || f.categories.includes(category);
  if (fits(complaintForm('fcc'))) out.push(complaintForm('fcc'));
  const own = complaintForms.find((f) => f.state && f.state === state && fits(f));
  if (own) out.push(own);
  else if (fits(complaintForm('puc'))) out.push(complaintForm('puc'));
  out.push(complaintForm('executive'), complaintForm('cfpb'));
  return out;
}

/**
 * The packet that goes with a rung of the escalation ladder (lib/escalation): the FCC,
 * a state commission (its own form for California, New York and Texas, the general one
 * elsewhere), the CFPB, the provider's written or executive channel. None for a call to
 * a supervisor, the franchising authority or the BBB.
 */
export function formForRung(rung: string): FormId | undefined {
  if (rung === 'fcc' || rung === 'cfpb' || rung === 'puc-ca' || rung === 'puc-ny' || rung === 'puc-tx') return rung;
  if (rung === 'puc' || /^puc-[a-z]{2}$/.test(rung)) return 'puc';
  if (rung === 'provider-written') return 'executive';
  return undefined;
}
