/**
 * Letters filled from the case: the bereavement notification, an equipment-return
 * dispute, a final-bill dispute, a deposit or credit refund request, and a letter to
 * a debt collector saying who may be contacted. The user edits the text before
 * printing; what the case does not know is left in [square brackets] to fill in.
 * Pure: the day comes in.
 */
import { formatDay } from '../dates';
import { isOutstanding } from '../derived/states';
import { documentKindLabels, returnMethodLabels } from '../labels';
import type { DocumentKind, EstateCase } from '../model';
import { type AccountHistory, type AccountNumbers, accountNumberText, deviceInWords, keeperInWords } from './history';

export const letterKinds = ['bereavement', 'equipment', 'final_bill', 'refund', 'debt_collector'] as const;
export type LetterKind = (typeof letterKinds)[number];

export const letterTitles: Record<LetterKind, string> = {
  bereavement: 'Notice of death: close or transfer the account',
  equipment: 'Equipment was returned: please correct the account',
  final_bill: 'Dispute of the final bill',
  refund: 'Request to refund the deposit and credit balance',
  debt_collector: 'To a debt collector: who may be contacted about this debt',
};

/** What each letter is for, in one line (the choice screen). */
export const letterPurposes: Record<LetterKind, string> = {
  bereavement: 'Tell the company about the death and ask it to close or transfer the account in writing.',
  equipment: 'List each device you returned with its receipt, when they still charge for it.',
  final_bill: 'Dispute charges on the final bill, in writing.',
  refund: 'Ask for the deposit and any credit to be paid to the estate.',
  debt_collector: 'Tell a collector who may speak about the debt, and that family members do not owe it personally.',
};

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
        out.push(k === 'death_certificate' ? 'A copy of the death certificate' : `A copy of the ${documentKindLabels[k].toLowerCase()}`);
  }
  if (kind === 'equipment')
    for (const d of input.devices.filter((x) => x.receipt)) out.push(`A copy of the return receipt for the ${d.label} (${d.receipt})`);
  if (kind === 'final_bill') out.push('A copy of the final bill, with the disputed charges marked');
  return out;
}

export function buildLetter(kind: LetterKind, input: LetterInput): Letter {
  const c = input.estateCase;
  const a = input.account;
  const n = accountNumberText(a.accountNumber, input.numbers);
  const holder = a.nameOnAccount || c.deceasedName;
  const recipient =
    kind === 'debt_collector' ? '[Name of the collection agency]' : `${input.providerName}, [Bereavement or customer service department]`;
  const sender = [c.userName || '[Your name]', c.userAddress || '[Your mailing address]', c.userPhone, c.userEmail].filter(Boolean);
  const re = [
    `Re: ${kind === 'debt_collector' ? `Debt in the name of ${holder}, deceased` : `Account of ${holder}, deceased`}`,
    n ? `Account number: ${n}` : 'Account number: [account number]',
    a.serviceAddress ? `Service address: ${a.serviceAddress}` : '',
  ].filter(Boolean);
  const who = `I am ${keeperInWords(c).replace(/^(A|The) /, (m) => m.toLowerCase())} of ${c.deceasedName}, who died on ${formatDay(c.dateOfDeath)}.`;
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
    'To whom it may concern,',
    '',
    ...body.flatMap((p) => [p, '']),
    'Please confirm in writing, to the address above, what you have done and the date it takes effect.',
    '',
    'Sincerely,',
    '',
    c.userName || '[Your name]',
    ...(enclosures.length ? ['', 'Enclosures:', ...enclosures.map((e) => `- ${e}`)] : []),
  ].join('\n');
  return { kind, title: letterTitles[kind], recipient, text, enclosures };
}

function paragraphs(kind: LetterKind, input: LetterInput, who: string): string[] {
  const a = input.account;
  const from = a.disconnectDate ? formatDay(a.disconnectDate) : formatDay(input.estateCase.dateOfDeath);
  const devices = input.devices;
  const survivor = input.estateCase.survivorName?.trim() || '[the new account holder]';
  switch (kind) {
    case 'bereavement':
      return [
        who,
        a.intent === 'transfer'
          ? `Please transfer the account into the name of ${survivor} from ${from}, without a new deposit or a credit check where your rules allow it.`
          : `Please close the account as of ${from} and stop all charges and automatic payments from that date.`,
        `Please send the final bill to me at the address above, not to the deceased. Please refund any credit balance and any deposit to the estate, and waive early-termination and other fees, as the account holder has died.`,
        ...equipmentLines(devices),
      ];
    case 'equipment': {
      const returned = devices.filter((d) => d.returnedOn);
      const out = devices.filter(isOutstanding);
      return [
        who,
        returned.length
          ? `The equipment of this account was returned as follows:\n${returned.map((d) => `- ${deviceInWords(d)}`).join('\n')}`
          : 'The equipment of this account was returned on [date], receipt [number].',
        'Please remove any charge for this equipment from the account, and any fee for not returning it, and confirm that nothing more is owed for it.',
        ...(out.length ? [`Still to be arranged: ${out.map((d) => d.label).join(', ')}. Please tell me how to return it.`] : []),
      ];
    }
    case 'final_bill':
      return [
        who,
        'I dispute the following charges on the final bill dated [date of the bill]: [the charges and their amounts]. They are for the period after the date of death or after the date the account was to be closed, or for equipment that was returned.',
        `The account was to be closed as of ${from}. Please remove these charges, stop any late fees or collection activity while this dispute is open, and send a corrected final bill.`,
      ];
    case 'refund':
      return [
        who,
        `The account ${a.intent === 'transfer' ? 'was transferred' : 'was closed'} as of ${from}. Please refund the deposit of [amount], with any interest due, and the credit balance of [amount] to the estate of ${input.estateCase.deceasedName}.`,
        `Please make the check payable to "Estate of ${input.estateCase.deceasedName}" and mail it to me at the address above.`,
      ];
    case 'debt_collector':
      return [
        who,
        `You may discuss this debt only with the executor or administrator of the estate, or a person with authority to pay debts out of the estate: [name and address of the executor or administrator]. Please do not contact other family members about it.`,
        `Family members are not personally responsible for ${input.estateCase.deceasedName}’s debts unless they co-signed or a law makes them so. Any claim should be made against the estate.`,
        'Please send me written verification of the debt: the amount, the original creditor, and the date it was incurred.',
      ];
  }
}

function equipmentLines(devices: LetterInput['devices']): string[] {
  if (devices.length === 0) return ['If the account has any equipment to return, please tell me how to return it, and give me a receipt.'];
  const returned = devices.filter((d) => d.returnedOn);
  const out = devices.filter(isOutstanding);
  return [
    ...(returned.length ? [`Equipment already returned: ${returned.map(deviceInWords).join(' ')}`] : []),
    ...(out.length
      ? [
          `Equipment still to return: ${out.map((d) => `${d.label}${d.serial ? ` (serial ${d.serial})` : ''}`).join('; ')}. Please tell me how to return it${out.some((d) => d.returnMethod) ? ` (I plan to return it ${returnMethodLabels[out.find((d) => d.returnMethod)!.returnMethod!].toLowerCase()})` : ''}, and give me a receipt for each device.`,
        ]
      : []),
  ];
}
