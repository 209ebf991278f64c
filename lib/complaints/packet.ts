/**
 * A complaint packet: one form's fields filled from the case, the attachments it may
 * carry (with their SHA-256) and those it leaves out, with the reason. Pure; the
 * printable page is print.ts.
 */
import { formatDay } from '../dates';
import { stateOfAddress } from '../escalation/address';
import { t } from '../i18n';
import { userRoleInWords } from '../labels';
import type { Category, EstateCase, Evidence, EvidenceFile } from '../model';
import { isBlackedOutCopy, originalsWithCopies, titleShown } from '../redact/copy';
import type { ComplaintForm, FieldKey } from './forms';
import { type AccountHistory, type AccountNumbers, accountNumberText, descriptionOf, stepsTakenOf, type TellingTime } from './history';

export interface PacketField {
  key: FieldKey;
  label: string;
  hint?: string;
  value: string;
}

export interface Attachment {
  evidenceId: string;
  title: string;
  file: EvidenceFile;
  /** A redacted copy made for complaints. */
  redacted: boolean;
}

export interface LeftOut {
  evidenceId: string;
  title: string;
  why: string;
  /** A picture or PDF the user can black out areas of to make a copy that may go. */
  canRedact: boolean;
}

export interface Packet {
  form: ComplaintForm;
  fields: PacketField[];
  attachments: Attachment[];
  leftOut: LeftOut[];
  /** Fields the case has no value for yet (the user types them in the form). */
  missing: FieldKey[];
}

export interface PacketInput extends AccountHistory {
  estateCase: EstateCase;
  category: Category | undefined;
  numbers: AccountNumbers;
  /** Phone numbers involved, when the user typed them (otherwise those found in the account's notes). */
  phones?: string;
  bestTime?: string;
}

/** US phone numbers in a text, written as the FCC asks (555-555-5555). */
export function phoneNumbersIn(text: string | undefined): string[] {
  const found = new Set<string>();
  for (const m of (text ?? '').matchAll(/(?<!\d)(?:\+?1[\s.-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?!\d)/g))
    found.add(`${m[1]}-${m[2]}-${m[3]}`);
  return [...found];
}

/** How the service comes in, as the FCC form asks: only for phone, internet and TV. */
function howReceived(category: Category | undefined): string {
  return category === 'wireless' || category === 'landline' || category === 'cable_internet' || category === 'satellite_tv'
    ? t(`complaints.howReceived_${category}`)
    : '';
}

/** Pictures and PDFs can be blacked out in the panel (a PDF's copy is made of pictures of its pages). */
const redactable = (e: Evidence) => e.files.some((f) => f.role === 'upload' && /^(image\/(png|jpeg|webp)|application\/pdf)$/.test(f.mime));

export function buildPacket(form: ComplaintForm, input: PacketInput, when: TellingTime): Packet {
  const c = input.estateCase;
  const a = input.account;
  const holder = a.nameOnAccount || c.deceasedName;
  const steps = stepsTakenOf(input, when);
  const values: Record<FieldKey, string> = {
    filerName: c.userName ?? '',
    filerAddress: c.userAddress ?? '',
    filerPhone: c.userPhone ?? '',
    bestTime: input.bestTime ?? '',
    filerEmail: c.userEmail ?? '',
    accountHolder: t('complaints.accountHolderDied', { holder, date: formatDay(c.dateOfDeath) }),
    filerIfDifferent: c.userName ? `${c.userName} (${userRoleInWords[c.userRole]})` : '',
    serviceAddress: a.serviceAddress ?? '',
    mailingAddress: c.userAddress ?? '',
    accountNumber: accountNumberText(a.accountNumber, input.numbers),
    phonesInvolved: input.phones ?? phoneNumbersIn(a.notes).join(', '),
    company: input.providerName,
    serviceType: howReceived(input.category),
    howReceived: howReceived(input.category),
    state: a.serviceState ?? stateOfAddress(a.serviceAddress) ?? stateOfAddress(c.userAddress) ?? '',
    description: descriptionOf(input, c, when, input.numbers),
    stepsTaken: steps.map((s) => `- ${s}`).join('\n'),
    resolutionSought: a.resolutionSought ?? '',
  };
  const fields = form.fields.map((f) => ({ ...f, value: values[f.key] }));
  const attachments: Attachment[] = [];
  const leftOut: LeftOut[] = [];
  // A document with a blacked-out copy stays home: the copy goes in its place.
  const hasCopy = originalsWithCopies(input.evidence);
  for (const e of input.evidence) {
    const title = titleShown(e);
    if (hasCopy.has(e.id)) {
      leftOut.push({ evidenceId: e.id, title, why: t('complaints.leftOutCopyGoes'), canRedact: false });
      continue;
    }
    if (e.sensitive && form.forbidsSensitive) {
      leftOut.push({
        evidenceId: e.id,
        title,
        why: t('complaints.leftOutSensitive', { form: form.name }),
        canRedact: redactable(e),
      });
      continue;
    }
    for (const file of e.files) {
      // A page's text is inside its archive; the archive and the picture are what a reader opens.
      if (file.role === 'text') continue;
      attachments.push({ evidenceId: e.id, title, file, redacted: isBlackedOutCopy(e) });
    }
  }
  return { form, fields, attachments, leftOut, missing: fields.filter((f) => !f.value.trim()).map((f) => f.key) };
}
