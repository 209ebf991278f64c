/**
 * The complaint forms a packet is prepared for, each with the fields its own form or
 * guidance asks for, in its order and in its words, and the source that says so
 * (read on the date given; check the live page before relying on it). The packet
 * (packet.ts) fills these fields from the case; the user copies each one into the
 * form and files it themselves: the extension sends nothing. The words (names, labels,
 * hints) are in the message files, looked up when read; the sources' quotes stay in
 * their own language (English).
 */
import { type MessageKey, t } from '../i18n';
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

/** A form's words, looked up when read (the language shown, or the packet's own). */
type FormWords = 'id' | 'name' | 'body' | 'forbidsWhy' | 'afterFiling';

function withWords(id: FormId, forbids: boolean, after: boolean, rest: Omit<ComplaintForm, FormWords>): ComplaintForm {
  // Every form has its name and body in the message files; the test of the forms checks each key is there.
  const word = (what: string) => t(`complaints.form_${id}_${what}` as MessageKey);
  return {
    ...rest,
    id,
    get name() {
      return word('name');
    },
    get body() {
      return word('body');
    },
    get forbidsWhy() {
      return forbids ? word('forbidsWhy') : undefined;
    },
    get afterFiling() {
      return after ? word('afterFiling') : undefined;
    },
  };
}

/** A field of a form: its label (the form's own words, translated for a reader of another language) and hint, looked up when read. */
function field(form: FormId, key: FieldKey, hint = false): FormField {
  return {
    key,
    get label() {
      return t(`complaints.form_${form}_${key}` as MessageKey);
    },
    get hint() {
      return hint ? t(`complaints.form_${form}_${key}_hint` as MessageKey) : undefined;
    },
  };
}

export const complaintForms: readonly ComplaintForm[] = [
  withWords('fcc', true, true, {
    fileAt: 'https://consumercomplaints.fcc.gov/hc/en-us/requests/new?ticket_form_id=39744',
    categories: telecom,
    fields: [
      field('fcc', 'filerName'),
      field('fcc', 'filerAddress'),
      field('fcc', 'filerPhone', true),
      field('fcc', 'bestTime'),
      field('fcc', 'filerEmail'),
      field('fcc', 'state', true),
      field('fcc', 'howReceived'),
      field('fcc', 'phonesInvolved', true),
      field('fcc', 'company'),
      field('fcc', 'accountNumber'),
      field('fcc', 'description', true),
      field('fcc', 'stepsTaken'),
      field('fcc', 'resolutionSought'),
    ],
    forbidsSensitive: true,
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
  }),
  withWords('puc-ca', false, true, {
    categories: utilities,
    state: 'CA',
    fields: [
      field('puc-ca', 'accountHolder'),
      field('puc-ca', 'filerIfDifferent'),
      field('puc-ca', 'serviceAddress'),
      field('puc-ca', 'mailingAddress'),
      field('puc-ca', 'accountNumber'),
      field('puc-ca', 'filerPhone'),
      field('puc-ca', 'company'),
      field('puc-ca', 'description'),
      field('puc-ca', 'stepsTaken'),
      field('puc-ca', 'resolutionSought'),
    ],
    forbidsSensitive: false,
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
  }),
  withWords('puc-ny', false, true, {
    categories: [...utilities, 'cable_internet'],
    state: 'NY',
    fields: [
      field('puc-ny', 'filerName'),
      field('puc-ny', 'accountHolder'),
      field('puc-ny', 'serviceAddress'),
      field('puc-ny', 'filerPhone'),
      field('puc-ny', 'filerEmail'),
      field('puc-ny', 'company'),
      field('puc-ny', 'accountNumber'),
      field('puc-ny', 'stepsTaken', true),
      field('puc-ny', 'description', true),
      field('puc-ny', 'resolutionSought'),
    ],
    forbidsSensitive: false,
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
  }),
  withWords('puc-tx', false, true, {
    fileAt: 'https://www.puc.texas.gov/consumer/complaint/complaint.aspx',
    categories: ['electric', 'water', 'landline'],
    state: 'TX',
    fields: [
      field('puc-tx', 'accountHolder'),
      field('puc-tx', 'filerIfDifferent'),
      field('puc-tx', 'accountNumber'),
      field('puc-tx', 'mailingAddress'),
      field('puc-tx', 'serviceAddress'),
      field('puc-tx', 'filerPhone'),
      field('puc-tx', 'company'),
      field('puc-tx', 'description'),
      field('puc-tx', 'stepsTaken'),
      field('puc-tx', 'resolutionSought'),
    ],
    forbidsSensitive: false,
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
  }),
  withWords('puc', false, false, {
    categories: utilities,
    fields: [
      field('puc', 'filerName'),
      field('puc', 'filerAddress'),
      field('puc', 'filerPhone'),
      field('puc', 'accountHolder'),
      field('puc', 'serviceAddress'),
      field('puc', 'accountNumber'),
      field('puc', 'company'),
      field('puc', 'description'),
      field('puc', 'stepsTaken'),
      field('puc', 'resolutionSought'),
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
  }),
  withWords('cfpb', true, true, {
    categories: [],
    fields: [
      field('cfpb', 'description', true),
      field('cfpb', 'stepsTaken'),
      field('cfpb', 'resolutionSought'),
      field('cfpb', 'filerName'),
      field('cfpb', 'filerAddress'),
      field('cfpb', 'filerEmail'),
      field('cfpb', 'company'),
      field('cfpb', 'accountNumber'),
    ],
    forbidsSensitive: true,
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
  }),
  withWords('executive', false, false, {
    categories: [],
    fields: [
      field('executive', 'filerName'),
      field('executive', 'filerAddress'),
      field('executive', 'filerPhone'),
      field('executive', 'filerEmail'),
      field('executive', 'accountHolder'),
      field('executive', 'accountNumber'),
      field('executive', 'serviceAddress'),
      field('executive', 'description'),
      field('executive', 'stepsTaken'),
      field('executive', 'resolutionSought'),
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
  }),
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
