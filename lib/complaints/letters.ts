/**
 * Letters filled from the case: the bereavement notification, an equipment-return
 * dispute, a final-bill dispute, a deposit or credit refund request, and a letter to
 * a debt collector saying who may be contacted. The user edits the text before
 * printing; what the case does not know is left in [square brackets] to fill in.
 * Pure: the day comes in. Written in the language t() speaks: the letter's own
 * language, chosen with inLanguage() (English unless the user chooses otherwise).
 */
import { formatDay } from '../dates';
import { isOutstanding } from '../derived/states';
import { t } from '../i18n';
import { documentKindLabels, returnMethodLabels } from '../labels';
import type { DocumentKind, EstateCase } from '../model';
import { type AccountHistory, type AccountNumbers, accountNumberText, deviceInWords, deviceName, keeperInWords } from './history';

export const letterKinds = ['bereavement', 'equipment', 'final_bill', 'refund', 'debt_collector'] as const;
export type LetterKind = (typeof letterKinds)[number];

/** A letter's title: "Notice of death: close or transfer the account". */
export const letterTitle = (kind: LetterKind) => t(`letters.title_${kind}`);

/** What each letter is for, in one line (the choice screen). */
export const letterPurpose = (kind: LetterKind) => t(`letters.purpose_${kind}`);

export interface LetterInput extends AccountHistory {
  estateCase: EstateCase;
  numbers: AccountNumbers;
  /** The user's calendar day: the letter's date. */
  today: string;
}

export interface Letter {
  kind: LetterKind;
  title: string;
  /** Who it goes to, for the record of the document sent. */
  recipient: string;
  text: string;
  /** The documents it says are enclosed. */
  enclosures: string[];
}

/** What is still in [square brackets]: to be filled in before it is sent. */
export function blanksIn(text: string): string[] {
  return [...text.matchAll(/\[[^\]\n]{1,120}\]/g)].map((m) => m[0]);
}

const enclosureKinds: DocumentKind[] = ['death_certificate', 'letters_testamentary'];

function enclosuresOf(input: LetterInput, kind: LetterKind): string[] {
  const kept = new Set(input.evidence.map((e) => e.documentKind).filter(Boolean));
  const out: string[] = [];
  if (kind === 'bereavement' || kind === 'refund' || kind === 'debt_collector') {
    for (const k of enclosureKinds)
      if (kept.has(k) || (k === 'death_certificate' && kind === 'bereavement'))
        out.push(
          k === 'death_certificate'
            ? t('letters.enclosureDeathCertificate')
            : t('letters.enclosureDocument', { document: documentKindLabels[k].toLowerCase() }),
        );
  }
  if (kind === 'equipment')
    for (const d of input.devices.filter((x) => x.receipt))
      out.push(t('letters.enclosureReceipt', { device: d.label, receipt: d.receipt! }));
  if (kind === 'final_bill') out.push(t('letters.enclosureFinalBill'));
  return out;
}

export function buildLetter(kind: LetterKind, input: LetterInput): Letter {
  const c = input.estateCase;
  const a = input.account;
  const n = accountNumberText(a.accountNumber, input.numbers);
  const holder = a.nameOnAccount || c.deceasedName;
  const recipient =
    kind === 'debt_collector' ? t('letters.recipientCollector') : t('letters.recipientProvider', { provider: input.providerName });
  const yourName = c.userName || t('letters.yourName');
  const sender = [yourName, c.userAddress || t('letters.yourAddress'), c.userPhone, c.userEmail].filter(Boolean);
  const re = [
    t(kind === 'debt_collector' ? 'letters.reDebt' : 'letters.reAccount', { holder }),
    n ? t('letters.accountNumber', { number: n }) : t('letters.accountNumberBlank'),
    a.serviceAddress ? t('letters.serviceAddress', { address: a.serviceAddress }) : '',
  ].filter(Boolean);
  const who = t('letters.who', {
    keeper: keeperInWords(c).replace(/^(A|The) /, (m) => m.toLowerCase()),
    deceased: c.deceasedName,
    date: formatDay(c.dateOfDeath),
  });
  const enclosures = enclosuresOf(input, kind);
  const body = paragraphs(kind, input, who);
  const text = [
    ...sender,
    '',
    formatDay(input.today),
    '',
    recipient,
    '',
    ...re,
    '',
    t('letters.greeting'),
    '',
    ...body.flatMap((p) => [p, '']),
    t('letters.confirm'),
    '',
    t('letters.closing'),
    '',
    yourName,
    ...(enclosures.length ? ['', t('letters.enclosures'), ...enclosures.map((e) => `- ${e}`)] : []),
  ].join('\n');
  return { kind, title: letterTitle(kind), recipient, text, enclosures };
}

function paragraphs(kind: LetterKind, input: LetterInput, who: string): string[] {
  const a = input.account;
  const from = a.disconnectDate ? formatDay(a.disconnectDate) : formatDay(input.estateCase.dateOfDeath);
  const devices = input.devices;
  const survivor = input.estateCase.survivorName?.trim() || t('letters.newHolderBlank');
  const deceased = input.estateCase.deceasedName;
  switch (kind) {
    case 'bereavement':
      return [
        who,
        a.intent === 'transfer'
          ? t('letters.bereavementTransfer', { survivor, date: from })
          : t('letters.bereavementClose', { date: from }),
        t('letters.bereavementFinalBill'),
        ...equipmentLines(devices),
      ];
    case 'equipment': {
      const returned = devices.filter((d) => d.returnedOn);
      const out = devices.filter(isOutstanding);
      return [
        who,
        returned.length
          ? t('letters.equipmentReturnedList', { list: returned.map((d) => `- ${deviceInWords(d)}`).join('\n') })
          : t('letters.equipmentReturnedBlank'),
        t('letters.equipmentRemoveCharges'),
        ...(out.length ? [t('letters.equipmentStill', { devices: out.map((d) => d.label).join(', ') })] : []),
      ];
    }
    case 'final_bill':
      return [who, t('letters.finalBillDispute'), t('letters.finalBillRemove', { date: from })];
    case 'refund':
      return [
        who,
        t(a.intent === 'transfer' ? 'letters.refundTransferred' : 'letters.refundClosed', { date: from, deceased }),
        t('letters.refundCheck', { deceased }),
      ];
    case 'debt_collector':
      return [who, t('letters.collectorWho'), t('letters.collectorNotPersonal', { deceased }), t('letters.collectorVerify')];
  }
}

function equipmentLines(devices: LetterInput['devices']): string[] {
  if (devices.length === 0) return [t('letters.equipmentNone')];
  const returned = devices.filter((d) => d.returnedOn);
  const out = devices.filter(isOutstanding);
  const list = out.map(deviceName).join('; ');
  const method = out.find((d) => d.returnMethod)?.returnMethod;
  return [
    ...(returned.length ? [t('letters.equipmentAlready', { list: returned.map(deviceInWords).join(' ') })] : []),
    ...(out.length
      ? [
          method
            ? t('letters.equipmentToReturnPlan', { list, method: returnMethodLabels[method].toLowerCase() })
            : t('letters.equipmentToReturn', { list }),
        ]
      : []),
  ];
}
