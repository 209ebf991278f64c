/**
 * What happened on an account, in words a regulator or an executive office reads:
 * the totals (calls, minutes on hold, promises broken, days since the first contact,
 * escalations), one paragraph of what happened and what is outstanding, the dated
 * events, and a factual description. Shared by the bundle's report, the complaint
 * packets and the letters, so they always tell the same story. Pure: the day, the
 * time zone and the names come in. Written in the language t() speaks: the caller
 * chooses it with inLanguage() (a letter, a packet or a report has its own).
 */
import { dayInZone, daysBetween, formatDay, formatInZone } from '../dates';
import { isOutstanding, maskAccountNumber, promiseStatus } from '../derived/states';
import { type TimelineItem, timelineItems } from '../derived/timeline';
import { t } from '../i18n';
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

/** "12 hours 5 minutes", "45 minutes". */
export function minutesInWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('complaints.minutes', { count: rest });
  const h = t('complaints.hours', { count: hours });
  return rest ? t('complaints.hoursAndMinutes', { hours: h, minutes: t('complaints.minutes', { count: rest }) }) : h;
}

/** The totals as short phrases, for the report's first page. */
export function totalsInWords(totals: Totals): string[] {
  return [
    t('complaints.totalCalls', { count: totals.calls }),
    t('complaints.totalOnHold', { time: minutesInWords(totals.holdMinutes) }),
    t('complaints.totalBroken', { count: totals.promisesBroken }),
    totals.daysSinceFirstContact === undefined
      ? t('complaints.totalNoContact')
      : t('complaints.totalDaysSince', { count: totals.daysSinceFirstContact }),
    t('complaints.totalEscalations', { count: totals.escalations }),
  ];
}

/** The account as people name it: "Xfinity, account ending 9012". */
export function accountLabel(h: Pick<AccountHistory, 'account' | 'providerName'>, numbers: AccountNumbers = 'last4'): string {
  const n = accountNumberText(h.account.accountNumber, numbers);
  return n ? t('complaints.accountLabel', { provider: h.providerName, number: n }) : h.providerName;
}

/** Account numbers in full, or only their last four digits. */
export type AccountNumbers = 'full' | 'last4';

export function accountNumberText(value: string | undefined, numbers: AccountNumbers): string {
  if (!value) return '';
  if (numbers === 'full') return value;
  const masked = maskAccountNumber(value);
  // "•••• 9012" reads aloud badly; a letter or form says "ending 9012".
  return masked.startsWith('•••• ') ? t('complaints.ending', { digits: masked.slice(5) }) : masked;
}

/** "Linda Miller, the surviving spouse" (or the role alone when the user gave no name). */
export function keeperInWords(c: Pick<EstateCase, 'userName' | 'userRole'>): string {
  const role = userRoleInWords[c.userRole];
  return c.userName ? `${c.userName}, ${role}` : role.charAt(0).toUpperCase() + role.slice(1);
}

/** The record keeper inside a sentence ("I am the surviving spouse", "Soy cónyuge sobreviviente"): the role never capitalized. */
export function keeperInSentence(c: Pick<EstateCase, 'userName' | 'userRole'>): string {
  return c.userName ? keeperInWords(c) : userRoleInWords[c.userRole];
}

function promiseInWords(p: PromiseMade, today: string): string {
  const status = promiseStatus(p, today);
  const verdict =
    status === 'kept'
      ? p.resolvedOn
        ? t('complaints.promiseKeptOn', { date: formatDay(p.resolvedOn) })
        : t('complaints.promiseKept')
      : status === 'broken'
        ? t('complaints.promiseNotKept')
        : t('complaints.promiseNotDue');
  return t('complaints.promised', { what: p.what, date: formatDay(p.dueDate), verdict });
}

/** One contact in a sentence, with its date and time in the user's zone. */
export function contactInWords(c: Contact, promises: readonly PromiseMade[], when: TellingTime): string {
  return `${formatInZone(c.at, when.timeZone)}: ${contactChannelLabels[c.channel].toLowerCase()}, ${contactDetail(c, promises, when)}`;
}

/** What a contact was, without its time and channel: who, which reference, how long on hold, what was said and promised. */
function contactDetail(c: Contact, promises: readonly PromiseMade[], when: TellingTime): string {
  const parts = [
    c.department && `${c.department}`,
    c.representative ? t('complaints.representative', { name: c.representative }) : t('complaints.representativeNoName'),
    c.referenceNumber && t('complaints.referenceNumber', { number: c.referenceNumber }),
    c.holdMinutes !== undefined && t('complaints.totalOnHold', { time: minutesInWords(c.holdMinutes) }),
    c.durationMinutes !== undefined && t('complaints.inAll', { time: minutesInWords(c.durationMinutes) }),
  ].filter(Boolean);
  let text = `${parts.join(', ')}.`;
  if (c.summary)
    text += ` ${c.summary
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/([^.!?])$/, '$1.')}`;
  if (c.outcome && c.outcome !== 'promise' && c.outcome !== 'other')
    text += ` ${t('complaints.outcome', { outcome: outcomeLabels[c.outcome].toLowerCase() })}`;
  for (const p of promises) text += ` ${t('complaints.theRepresentative', { promise: promiseInWords(p, when.today) })}`;
  return text;
}

export function documentInWords(d: DocumentSent, today: string): string {
  const what = d.documentLabel || documentKindLabels[d.document];
  const how = [sendChannelLabels[d.channel].toLowerCase(), d.address, d.tracking && t('complaints.tracking', { number: d.tracking })]
    .filter(Boolean)
    .join(', ');
  const sent = t('complaints.documentSentTo', { date: formatDay(d.sentOn), what, recipient: d.recipient, how });
  const answer = d.acknowledgedOn
    ? d.acknowledgment
      ? t('complaints.acknowledgedOnWith', { date: formatDay(d.acknowledgedOn), acknowledgment: d.acknowledgment })
      : t('complaints.acknowledgedOn', { date: formatDay(d.acknowledgedOn) })
    : t('complaints.noAcknowledgment', { count: daysBetween(d.sentOn, today) });
  return `${sent} ${answer}`;
}

export function deviceInWords(d: Device): string {
  const name = deviceName(d);
  const parts = d.returnedOn
    ? [
        t('complaints.deviceReturnedOn', { date: formatDay(d.returnedOn) }),
        d.returnMethod && returnMethodLabels[d.returnMethod].toLowerCase(),
        d.receipt ? t('complaints.deviceReceipt', { receipt: d.receipt }) : t('complaints.deviceNoReceipt'),
      ]
    : [deviceStateLabels[d.state].toLowerCase(), d.receipt && t('complaints.tracking', { number: d.receipt })];
  return `${name}: ${parts.filter(Boolean).join(', ')}.`;
}

/** A device and its serial number: "Cable modem (serial XB7-4471)". */
export function deviceName(d: Pick<Device, 'label' | 'serial'>): string {
  return d.serial ? t('complaints.deviceSerial', { device: d.label, serial: d.serial }) : d.label;
}

/** A rung climbed, in a sentence: to whom, the reference, and whether they answered. */
export function escalationInWords(e: Escalation, today: string): string {
  const answer = e.answeredOn
    ? ` ${t('complaints.answeredOn', { date: formatDay(e.answeredOn) })}`
    : e.followUpDate
      ? e.followUpDate < today
        ? ` ${t('complaints.noAnswerBy', { date: formatDay(e.followUpDate) })}`
        : ` ${t('complaints.answerExpected', { date: formatDay(e.followUpDate) })}`
      : '';
  return `${t('complaints.takenTo', { to: e.to })}${e.referenceNumber ? `, ${t('complaints.referenceNumber', { number: e.referenceNumber })}` : ''}.${
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
  /** An instant (ISO) or a calendar day. */
  at: string;
  /** The account it happened on. */
  accountId: string;
  /** As people read it: "Mar 10, 2026, 2:05 PM EST" or "March 10, 2026". */
  when: string;
  what: string;
  detail: string;
  /** A broken promise. */
  alert: boolean;
}

/**
 * Every dated event, oldest first, in words: of one account, or of a whole case when
 * given all its records. The order is the one timeline's (lib/derived/timeline.ts), the
 * same the contact log shows.
 */
export function timelineOf(
  h: Pick<AccountHistory, 'contacts' | 'promises' | 'documentsSent' | 'devices' | 'escalations'>,
  when: TellingTime,
): HistoryEvent[] {
  const promisesOf = new Map<string, PromiseMade[]>();
  for (const p of h.promises) {
    const list = promisesOf.get(p.contactId);
    if (list) list.push(p);
    else promisesOf.set(p.contactId, [p]);
  }
  const items = timelineItems(
    { contacts: h.contacts, documentsSent: h.documentsSent, devices: h.devices, escalations: h.escalations },
    when.timeZone,
  );
  return items.map((item) => eventOf(item, promisesOf, when));
}

/** One item of the timeline, in words. */
function eventOf(item: TimelineItem, promisesOf: ReadonlyMap<string, PromiseMade[]>, when: TellingTime): HistoryEvent {
  switch (item.kind) {
    case 'contact': {
      const c = item.contact;
      const promises = promisesOf.get(c.id) ?? [];
      const text = contactDetail(c, promises, when);
      return {
        at: c.at,
        accountId: c.accountId,
        when: formatInZone(c.at, when.timeZone),
        what: contactChannelLabels[c.channel],
        detail: text.charAt(0).toUpperCase() + text.slice(1),
        alert: promises.some((p) => promiseStatus(p, when.today) === 'broken'),
      };
    }
    case 'document': {
      const d = item.document;
      const text = documentInWords(d, when.today);
      return {
        at: d.sentOn,
        accountId: d.accountId,
        when: formatDay(d.sentOn),
        what: t('complaints.eventDocumentSent'),
        detail: text.slice(text.indexOf(': ') + 2),
        alert: false,
      };
    }
    case 'device': {
      const d = item.device;
      return {
        at: d.returnedOn!,
        accountId: d.accountId,
        when: formatDay(d.returnedOn!),
        what: t('complaints.eventDeviceReturned'),
        detail: deviceInWords(d),
        alert: false,
      };
    }
    case 'escalation': {
      const e = item.escalation;
      return {
        at: e.on,
        accountId: e.accountId,
        when: formatDay(e.on),
        what: t('complaints.eventEscalated'),
        detail: escalationInWords(e, when.today),
        alert: false,
      };
    }
  }
}

/** One paragraph: what happened on the account and what is still outstanding. */
export function summaryOf(h: AccountHistory, when: TellingTime): string {
  const totals = totalsOf(h, when);
  const sentences: string[] = [];
  if (totals.contacts === 0) sentences.push(t('complaints.summaryNoContact', { provider: h.providerName }));
  else
    sentences.push(
      t('complaints.summarySince', {
        date: formatDay(totals.firstContact!),
        count: totals.contacts,
        provider: h.providerName,
        calls: t('complaints.phoneCalls', { count: totals.calls }),
        hold: minutesInWords(totals.holdMinutes),
      }),
    );
  if (totals.promises)
    sentences.push(
      t('complaints.summaryPromises', {
        count: totals.promises,
        kept: totals.promisesKept,
        broken: totals.promisesBroken,
        pending: totals.promises - totals.promisesKept - totals.promisesBroken,
      }),
    );
  if (totals.escalations) sentences.push(t('complaints.summaryEscalated', { count: totals.escalations }));
  const outstanding = [
    ...h.promises
      .filter((p) => promiseStatus(p, when.today) === 'broken')
      .map((p) => t('complaints.outstandingPromise', { what: p.what, date: formatDay(p.dueDate) })),
    ...h.documentsSent
      .filter((d) => !d.acknowledgedOn)
      .map((d) =>
        t('complaints.outstandingAcknowledgment', {
          document: (d.documentLabel || documentKindLabels[d.document]).toLowerCase(),
          date: formatDay(d.sentOn),
        }),
      ),
    ...h.devices.filter(isOutstanding).map((d) => t('complaints.outstandingDevice', { device: d.label })),
  ];
  sentences.push(
    outstanding.length ? t('complaints.stillOutstanding', { list: outstanding.join('; ') }) : t('complaints.nothingOutstanding'),
  );
  return sentences.join(' ');
}

/**
 * The steps already taken, as a list of plain sentences (a form's "what have you
 * done to resolve it?").
 */
export function stepsTakenOf(h: AccountHistory, when: TellingTime): string[] {
  const totals = totalsOf(h, when);
  const contacts = [...h.contacts].sort(byAt);
  const steps: string[] = [];
  if (contacts.length) {
    const last = dayInZone(contacts.at(-1)!.at, when.timeZone);
    const reps = [...new Set(contacts.map((c) => c.representative).filter(Boolean))];
    steps.push(
      t('complaints.stepContacted', {
        provider: h.providerName,
        count: totals.contacts,
        first: formatDay(totals.firstContact!),
        last: formatDay(last),
        hold: minutesInWords(totals.holdMinutes),
        whom: reps.length
          ? t('complaints.namedRepresentatives', { count: reps.length, names: reps.join(', ') })
          : t('complaints.unnamedRepresentatives'),
      }),
    );
  }
  for (const e of [...(h.escalations ?? [])].sort((a, b) => (a.on < b.on ? -1 : 1)))
    steps.push(`${formatDay(e.on)}: ${escalationInWords(e, when.today)}`);
  for (const c of contacts.filter((x) => x.outcome === 'escalated')) {
    const at = formatInZone(c.at, when.timeZone);
    const rep = c.representative ? ` (${c.representative})` : '';
    steps.push(
      c.department
        ? t('complaints.stepEscalatedTo', { when: at, to: `${c.department}${rep}` })
        : t('complaints.stepEscalated', { when: `${at}${rep}` }),
    );
  }
  for (const d of [...h.documentsSent].sort((a, b) => (a.sentOn < b.sentOn ? -1 : 1)))
    steps.push(t('complaints.stepSent', { document: documentInWords(d, when.today) }));
  for (const d of h.devices.filter((x) => x.returnedOn)) steps.push(t('complaints.stepReturned', { device: deviceInWords(d) }));
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
  const intro = t(h.account.intent === 'transfer' ? 'complaints.descriptionIntroTransfer' : 'complaints.descriptionIntroClose', {
    deceased: estate.deceasedName,
    provider: h.providerName,
    number: n ? t('complaints.descriptionNumber', { number: n }) : '',
    address: h.account.serviceAddress ? t('complaints.descriptionAddress', { address: h.account.serviceAddress }) : '',
    date: formatDay(estate.dateOfDeath),
    keeper: keeperInSentence(estate),
  });
  const lines = [intro, '', summaryOf(h, when)];
  const contacts = [...h.contacts].sort(byAt);
  if (contacts.length) {
    lines.push('', t('complaints.headingContacts'));
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
    lines.push('', t('complaints.headingDocuments'));
    for (const d of [...h.documentsSent].sort((a, b) => (a.sentOn < b.sentOn ? -1 : 1))) lines.push(`- ${documentInWords(d, when.today)}`);
  }
  if (h.devices.length) {
    lines.push('', t('complaints.headingEquipment'));
    for (const d of h.devices) lines.push(`- ${deviceInWords(d)}`);
  }
  return lines.join('\n');
}
