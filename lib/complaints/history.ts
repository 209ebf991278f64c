/**
 * What happened on an account, in words a regulator or an executive office reads:
 * the totals (calls, minutes on hold, promises broken, days since the first contact,
 * escalations), one paragraph of what happened and what is outstanding, the dated
 * events, and a factual description. Shared by the bundle's report, the complaint
 * packets and the letters, so they always tell the same story. Pure: the day, the
 * time zone and the names come in.
 */
import { dayInZone, daysBetween, formatDay, formatInZone } from '../dates';
import { isOutstanding, maskAccountNumber, promiseStatus } from '../derived/states';
import {
  contactChannelLabels,
  deviceStateLabels,
  documentKindLabels,
  outcomeLabels,
  returnMethodLabels,
  sendChannelLabels,
  userRoleInWords,
} from '../labels';
import type { Account, Contact, Device, DocumentSent, Escalation, EstateCase, Evidence, PromiseMade } from '../model';

/** The records of one account, as the panel reads them and a bundle carries them. */
export interface AccountHistory {
  account: Account;
  providerName: string;
  contacts: readonly Contact[];
  promises: readonly PromiseMade[];
  documentsSent: readonly DocumentSent[];
  devices: readonly Device[];
  evidence: readonly Evidence[];
  /** The rungs of the escalation ladder climbed (lib/escalation). */
  escalations?: readonly Escalation[];
}

/** When the story is told: the user's calendar day and time zone. */
export interface TellingTime {
  today: string;
  timeZone: string;
}

export interface Totals {
  contacts: number;
  calls: number;
  holdMinutes: number;
  promises: number;
  promisesBroken: number;
  promisesKept: number;
  /** The first contact's day in the user's time zone. */
  firstContact?: string;
  daysSinceFirstContact?: number;
  /** Rungs of the ladder climbed (a supervisor, the written channel, a regulator), and contacts recorded as escalated. */
  escalations: number;
  documentsSent: number;
  documentsUnacknowledged: number;
  devicesOutstanding: number;
}

const byAt = (a: Contact, b: Contact) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

export function totalsOf(h: AccountHistory, when: TellingTime): Totals {
  const contacts = [...h.contacts].sort(byAt);
  const firstContact = contacts[0] ? dayInZone(contacts[0].at, when.timeZone) : undefined;
  const status = h.promises.map((p) => promiseStatus(p, when.today));
  return {
    contacts: contacts.length,
    calls: contacts.filter((c) => c.channel === 'call').length,
    holdMinutes: contacts.reduce((n, c) => n + (c.holdMinutes ?? 0), 0),
    promises: h.promises.length,
    promisesBroken: status.filter((s) => s === 'broken').length,
    promisesKept: status.filter((s) => s === 'kept').length,
    firstContact,
    daysSinceFirstContact: firstContact ? daysBetween(firstContact, when.today) : undefined,
    escalations: contacts.filter((c) => c.outcome === 'escalated').length + (h.escalations?.length ?? 0),
    documentsSent: h.documentsSent.length,
    documentsUnacknowledged: h.documentsSent.filter((d) => !d.acknowledgedOn).length,
    devicesOutstanding: h.devices.filter(isOutstanding).length,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "12 hours 5 minutes", "45 minutes". */
export function minutesInWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return plural(rest, 'minute');
  return rest ? `${plural(hours, 'hour')} ${plural(rest, 'minute')}` : plural(hours, 'hour');
}

/** The totals as short phrases, for the report's first page. */
export function totalsInWords(t: Totals): string[] {
  return [
    plural(t.calls, 'call'),
    `${minutesInWords(t.holdMinutes)} on hold`,
    `${plural(t.promisesBroken, 'promise')} broken`,
    t.daysSinceFirstContact === undefined ? 'no contact recorded yet' : `${plural(t.daysSinceFirstContact, 'day')} since the first contact`,
    plural(t.escalations, 'escalation'),
  ];
}

/** The account as people name it: "Xfinity, account ending 9012". */
export function accountLabel(h: Pick<AccountHistory, 'account' | 'providerName'>, numbers: AccountNumbers = 'last4'): string {
  const n = accountNumberText(h.account.accountNumber, numbers);
  return n ? `${h.providerName}, account ${n}` : h.providerName;
}

/** Account numbers in full, or only their last four digits. */
export type AccountNumbers = 'full' | 'last4';

export function accountNumberText(value: string | undefined, numbers: AccountNumbers): string {
  if (!value) return '';
  if (numbers === 'full') return value;
  const masked = maskAccountNumber(value);
  // "•••• 9012" reads aloud badly; a letter or form says "ending 9012".
  return masked.startsWith('•••• ') ? `ending ${masked.slice(5)}` : masked;
}

/** "Linda Miller, the surviving spouse" (or the role alone when the user gave no name). */
export function keeperInWords(c: Pick<EstateCase, 'userName' | 'userRole'>): string {
  const role = userRoleInWords[c.userRole];
  return c.userName ? `${c.userName}, ${role}` : role.charAt(0).toUpperCase() + role.slice(1);
}

function promiseInWords(p: PromiseMade, today: string): string {
  const status = promiseStatus(p, today);
  const verdict =
    status === 'kept' ? `kept${p.resolvedOn ? ` on ${formatDay(p.resolvedOn)}` : ''}` : status === 'broken' ? 'NOT kept' : 'not yet due';
  return `promised ${p.what} by ${formatDay(p.dueDate)} (${verdict})`;
}

/** One contact in a sentence, with its date and time in the user's zone. */
export function contactInWords(c: Contact, promises: readonly PromiseMade[], when: TellingTime): string {
  return `${formatInZone(c.at, when.timeZone)}: ${contactChannelLabels[c.channel].toLowerCase()}, ${contactDetail(c, promises, when)}`;
}

/** What a contact was, without its time and channel: who, which reference, how long on hold, what was said and promised. */
function contactDetail(c: Contact, promises: readonly PromiseMade[], when: TellingTime): string {
  const parts = [
    c.department && `${c.department}`,
    c.representative ? `representative ${c.representative}` : 'representative did not give a name',
    c.referenceNumber && `reference number ${c.referenceNumber}`,
    c.holdMinutes !== undefined && `${minutesInWords(c.holdMinutes)} on hold`,
    c.durationMinutes !== undefined && `${minutesInWords(c.durationMinutes)} in all`,
  ].filter(Boolean);
  let text = `${parts.join(', ')}.`;
  if (c.summary)
    text += ` ${c.summary
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/([^.!?])$/, '$1.')}`;
  if (c.outcome && c.outcome !== 'promise' && c.outcome !== 'other') text += ` Outcome: ${outcomeLabels[c.outcome].toLowerCase()}.`;
  for (const p of promises) text += ` The representative ${promiseInWords(p, when.today)}.`;
  return text;
}

export function documentInWords(d: DocumentSent, today: string): string {
  const what = d.documentLabel || documentKindLabels[d.document];
  let text = `${formatDay(d.sentOn)}: ${what} sent to ${d.recipient} (${sendChannelLabels[d.channel].toLowerCase()}${d.address ? `, ${d.address}` : ''}${d.tracking ? `, tracking ${d.tracking}` : ''}).`;
  if (d.acknowledgedOn) text += ` Acknowledged on ${formatDay(d.acknowledgedOn)}${d.acknowledgment ? `: ${d.acknowledgment}` : ''}.`;
  else text += ` No acknowledgment received after ${plural(daysBetween(d.sentOn, today), 'day')}.`;
  return text;
}

export function deviceInWords(d: Device): string {
  const name = `${d.label}${d.serial ? ` (serial ${d.serial})` : ''}`;
  if (d.returnedOn)
    return `${name}: returned on ${formatDay(d.returnedOn)}${d.returnMethod ? `, ${returnMethodLabels[d.returnMethod].toLowerCase()}` : ''}${d.receipt ? `, receipt or tracking ${d.receipt}` : ', no receipt recorded'}.`;
  return `${name}: ${deviceStateLabels[d.state].toLowerCase()}${d.receipt ? `, tracking ${d.receipt}` : ''}.`;
}

/** A rung climbed, in a sentence: to whom, the reference, and whether they answered. */
export function escalationInWords(e: Escalation, today: string): string {
  const answer = e.answeredOn
    ? ` They answered on ${formatDay(e.answeredOn)}.`
    : e.followUpDate
      ? e.followUpDate < today
        ? ` No answer by ${formatDay(e.followUpDate)}, the day it was due.`
        : ` Answer expected by ${formatDay(e.followUpDate)}.`
      : '';
  return `Taken to ${e.to}${e.referenceNumber ? `, reference number ${e.referenceNumber}` : ''}.${
    e.note
      ? ` ${e.note
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/([^.!?])$/, '$1.')}`
      : ''
  }${answer}`;
}

/** One dated event of the account's timeline. */
export interface HistoryEvent {
  /** An instant (ISO) or a calendar day, for sorting. */
  at: string;
  /** As people read it: "Mar 10, 2026, 2:05 PM EST" or "March 10, 2026". */
  when: string;
  what: string;
  detail: string;
  /** A broken promise. */
  alert: boolean;
}

/** Every dated event of the account, oldest first. */
export function timelineOf(h: AccountHistory, when: TellingTime): HistoryEvent[] {
  const promisesOf = (c: Contact) => h.promises.filter((p) => p.contactId === c.id);
  const events: HistoryEvent[] = [
    ...h.contacts.map((c) => {
      const text = contactDetail(c, promisesOf(c), when);
      return {
        at: c.at,
        when: formatInZone(c.at, when.timeZone),
        what: contactChannelLabels[c.channel],
        detail: text.charAt(0).toUpperCase() + text.slice(1),
        alert: promisesOf(c).some((p) => promiseStatus(p, when.today) === 'broken'),
      };
    }),
    ...h.documentsSent.map((d) => {
      const text = documentInWords(d, when.today);
      return { at: d.sentOn, when: formatDay(d.sentOn), what: 'Document sent', detail: text.slice(text.indexOf(': ') + 2), alert: false };
    }),
    ...h.devices
      .filter((d) => d.returnedOn)
      .map((d) => ({ at: d.returnedOn!, when: formatDay(d.returnedOn!), what: 'Device returned', detail: deviceInWords(d), alert: false })),
    ...(h.escalations ?? []).map((e) => ({
      at: e.on,
      when: formatDay(e.on),
      what: 'Escalated',
      detail: escalationInWords(e, when.today),
      alert: false,
    })),
  ];
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** One paragraph: what happened on the account and what is still outstanding. */
export function summaryOf(h: AccountHistory, when: TellingTime): string {
  const t = totalsOf(h, when);
  const sentences: string[] = [];
  if (t.contacts === 0) sentences.push(`No contact with ${h.providerName} has been recorded yet.`);
  else
    sentences.push(
      `Since ${formatDay(t.firstContact!)}, ${plural(t.contacts, 'contact')} with ${h.providerName} ${t.contacts === 1 ? 'was' : 'were'} recorded (${plural(t.calls, 'phone call')}, ${minutesInWords(t.holdMinutes)} on hold in all).`,
    );
  if (t.promises)
    sentences.push(
      `Representatives made ${plural(t.promises, 'promise')}: ${t.promisesKept} kept, ${t.promisesBroken} broken, ${t.promises - t.promisesKept - t.promisesBroken} not yet due.`,
    );
  if (t.escalations) sentences.push(`The matter was escalated ${t.escalations === 1 ? 'once' : `${t.escalations} times`}.`);
  const outstanding = [
    ...h.promises.filter((p) => promiseStatus(p, when.today) === 'broken').map((p) => `${p.what} (promised by ${formatDay(p.dueDate)})`),
    ...h.documentsSent
      .filter((d) => !d.acknowledgedOn)
      .map(
        (d) =>
          `an acknowledgment of the ${(d.documentLabel || documentKindLabels[d.document]).toLowerCase()} sent on ${formatDay(d.sentOn)}`,
      ),
    ...h.devices.filter(isOutstanding).map((d) => `the return of the ${d.label}`),
  ];
  sentences.push(outstanding.length ? `Still outstanding: ${outstanding.join('; ')}.` : 'Nothing is outstanding.');
  return sentences.join(' ');
}

/**
 * The steps already taken, as a list of plain sentences (a form's "what have you
 * done to resolve it?").
 */
export function stepsTakenOf(h: AccountHistory, when: TellingTime): string[] {
  const t = totalsOf(h, when);
  const contacts = [...h.contacts].sort(byAt);
  const steps: string[] = [];
  if (contacts.length) {
    const last = dayInZone(contacts.at(-1)!.at, when.timeZone);
    const reps = [...new Set(contacts.map((c) => c.representative).filter(Boolean))];
    steps.push(
      `Contacted ${h.providerName} ${plural(t.contacts, 'time')} between ${formatDay(t.firstContact!)} and ${formatDay(last)} (${minutesInWords(t.holdMinutes)} on hold), speaking with ${reps.length ? `${plural(reps.length, 'named representative')} (${reps.join(', ')})` : 'representatives who gave no name'}.`,
    );
  }
  for (const e of [...(h.escalations ?? [])].sort((a, b) => (a.on < b.on ? -1 : 1)))
    steps.push(`${formatDay(e.on)}: ${escalationInWords(e, when.today)}`);
  for (const c of contacts.filter((x) => x.outcome === 'escalated'))
    steps.push(
      `Escalated on ${formatInZone(c.at, when.timeZone)}${c.department ? ` to ${c.department}` : ''}${c.representative ? ` (${c.representative})` : ''}.`,
    );
  for (const d of [...h.documentsSent].sort((a, b) => (a.sentOn < b.sentOn ? -1 : 1)))
    steps.push(`Sent: ${documentInWords(d, when.today)}`);
  for (const d of h.devices.filter((x) => x.returnedOn)) steps.push(`Returned equipment: ${deviceInWords(d)}`);
  return steps;
}

/**
 * The factual description of a complaint: who writes and why, then every contact
 * with its date, time, channel, representative, reference number, hold time and
 * promises (kept or not), the documents sent and their acknowledgments, and the
 * equipment returned with receipts.
 */
export function descriptionOf(
  h: AccountHistory,
  estate: Pick<EstateCase, 'deceasedName' | 'dateOfDeath' | 'userName' | 'userRole'>,
  when: TellingTime,
  numbers: AccountNumbers,
): string {
  const n = accountNumberText(h.account.accountNumber, numbers);
  const intro = `${estate.deceasedName}, the holder of the ${h.providerName} account${n ? ` (account ${n})` : ''}${h.account.serviceAddress ? ` at ${h.account.serviceAddress}` : ''}, died on ${formatDay(estate.dateOfDeath)}. I am ${keeperInWords(estate).replace(/^The /, 'the ')}, and I have been trying to ${h.account.intent === 'transfer' ? 'move the account into a survivor’s name' : 'close the account'}.`;
  const lines = [intro, '', summaryOf(h, when)];
  const contacts = [...h.contacts].sort(byAt);
  if (contacts.length) {
    lines.push('', 'Contacts:');
    for (const c of contacts)
      lines.push(
        `- ${contactInWords(
          c,
          h.promises.filter((p) => p.contactId === c.id),
          when,
        )}`,
      );
  }
  if (h.documentsSent.length) {
    lines.push('', 'Documents sent:');
    for (const d of [...h.documentsSent].sort((a, b) => (a.sentOn < b.sentOn ? -1 : 1))) lines.push(`- ${documentInWords(d, when.today)}`);
  }
  if (h.devices.length) {
    lines.push('', 'Equipment:');
    for (const d of h.devices) lines.push(`- ${deviceInWords(d)}`);
  }
  return lines.join('\n');
}
