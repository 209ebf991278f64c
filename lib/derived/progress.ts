/**
 * One model of progress: what the user recorded completes the step it proves. A
 * document sent ticks "Send proof of death", a call "Tell them about the death", a
 * device returned its own return step, a confirmation number "Get a confirmation
 * number". The tick is derived, never stored: the stored step keeps the user's own
 * word, and the user can undo an automatic tick (the step then remembers which
 * record it must not be ticked by: `proofUndone`; a newer record ticks it again).
 *
 * Everything that shows or counts progress (the account's status, the dashboard's
 * next step and "settled" count, the badge, the reminders, the exported report)
 * reads the tasks through `progressTasks`, so they cannot disagree. Computed per
 * account from that account's records only: no walk over the whole estate.
 *
 * Needs no zod and no playbooks (the panel's first read uses it).
 */
import { byText, formatDate } from '../dates';
import { t } from '../i18n';
import { contactChannelLabels, documentKindLabels } from '../labels';
import type { Contact, Device, DocumentSent, Evidence, Task, TaskState } from '../model';

/** The kinds of record that can prove a step (their keys in lib/model/records.ts). */
export type ProofKind = 'contacts' | 'documentsSent' | 'devices' | 'evidence';

/** Why a step is done without the user ticking it: the record that proves it, in plain words. */
export interface Because {
  kind: ProofKind;
  /** The id of that record (what an undo remembers). */
  id: string;
  /** "Phone call on Nov 12, 2026", "Death certificate sent Nov 10, 2026 to Bereavement team". */
  text: string;
}

/** The records of one account that can prove its steps (only the fields the rules read). */
export interface AccountFacts {
  contacts: readonly Pick<Contact, 'id' | 'at' | 'channel' | 'referenceNumber'>[];
  documents: readonly Pick<DocumentSent, 'id' | 'document' | 'documentLabel' | 'sentOn' | 'recipient'>[];
  devices: readonly Pick<Device, 'id' | 'label' | 'state' | 'returnedOn' | 'createdAt'>[];
  /** Saved pages of the account; only those with reference numbers matter. */
  evidence?: readonly Pick<Evidence, 'id' | 'capturedAt' | 'referenceNumbers'>[];
}

/** A step as everyone shows and counts it: `state` is the derived one, `storedState` the user's own. */
export type Progressed<T extends Pick<Task, 'state'>> = T & { storedState: TaskState; because?: Because };

interface Proof {
  state: 'done' | 'waiting';
  because: Because;
}

/** Documents that prove a death (what "Send proof of death" asks for). */
export const proofOfDeathKinds: ReadonlySet<DocumentSent['document']> = new Set(['death_certificate', 'obituary']);

/** The latest of some records by a date field, or undefined. */
function latest<T>(rows: readonly T[], when: (row: T) => string): T | undefined {
  let best: T | undefined;
  for (const row of rows) if (!best || byText(when(row), when(best)) > 0) best = row;
  return best;
}

/**
 * Why a step is ticked, its words made only when read: the words name devices, people
 * and numbers, which the vault lock keeps sealed until read, and the dashboard, the
 * badge and the reminders count ticks without ever showing why.
 */
function because(kind: ProofKind, id: string, words: () => string): Because {
  let text: string | undefined;
  return {
    kind,
    id,
    get text() {
      text ??= words();
      return text;
    },
  };
}

/**
 * The latest row by a date field among those `has` keeps; `has` is asked newest
 * first and only until one passes (each ask may open a sealed field).
 */
function latestWith<T>(rows: readonly T[], when: (row: T) => string, has: (row: T) => boolean): T | undefined {
  return [...rows].sort((a, b) => byText(when(b), when(a))).find(has);
}

/**
 * The row with some fields set, as a new object, without reading the others: a
 * field may be a getter that opens a sealed value (the vault lock), and a spread
 * would open every step's title to tick one.
 */
function withFields<T extends object, U extends object>(row: T, fields: U): T & U {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(row)) {
    const field = Object.getOwnPropertyDescriptor(row, key)!;
    if (field.get) Object.defineProperty(copy, key, field);
    else copy[key] = field.value;
  }
  return Object.assign(copy, fields) as T & U;
}

/** A field the row has, told without reading it (a sealed one is a getter, opened only when read). */
const holds = (row: object, field: string) => Object.hasOwn(row, field);

/**
 * The rules, one per kind of step: the record that proves it, if there is one.
 * `return-device:<id>` steps follow their device.
 */
function proofOf(stepKey: string, facts: AccountFacts): Proof | undefined {
  if (stepKey.startsWith('return-device:')) {
    const device = facts.devices.find((d) => d.id === stepKey.slice('return-device:'.length));
    if (!device) return undefined;
    if (device.state === 'returned') {
      const words = () =>
        device.returnedOn
          ? t('checklist.because.returned', { device: device.label, date: formatDate(device.returnedOn) })
          : t('checklist.because.returnedUndated', { device: device.label });
      return { state: 'done', because: because('devices', device.id, words) };
    }
    if (device.state === 'keep') {
      return { state: 'done', because: because('devices', device.id, () => t('checklist.because.keep', { device: device.label })) };
    }
    if (device.state === 'return_started') {
      return { state: 'waiting', because: because('devices', device.id, () => t('checklist.because.onItsWay', { device: device.label })) };
    }
    return undefined;
  }
  switch (stepKey) {
    case 'notify': {
      const contact = latest(facts.contacts, (c) => c.at);
      if (!contact) return undefined;
      const text = () =>
        t('checklist.because.contact', { channel: contactChannelLabels[contact.channel], date: formatDate(contact.at.slice(0, 10)) });
      return { state: 'done', because: because('contacts', contact.id, text) };
    }
    case 'proof-of-death': {
      const doc = latest(
        facts.documents.filter((d) => proofOfDeathKinds.has(d.document)),
        (d) => d.sentOn,
      );
      if (!doc) return undefined;
      const text = () =>
        t('checklist.because.document', {
          document: doc.documentLabel || documentKindLabels[doc.document],
          date: formatDate(doc.sentOn),
          recipient: doc.recipient,
        });
      return { state: 'done', because: because('documentsSent', doc.id, text) };
    }
    case 'list-equipment': {
      // At least one device listed: the list is started, and what it holds is shown with
      // the tick, so a missing one is easy to see (and the tick easy to undo).
      const newest = latest(facts.devices, (d) => d.createdAt);
      if (!newest) return undefined;
      const inOrder = [...facts.devices].sort((a, b) => byText(a.createdAt, b.createdAt));
      const text = () => t('checklist.because.devices', { count: inOrder.length, devices: inOrder.map((d) => d.label).join(', ') });
      return { state: 'done', because: because('devices', newest.id, text) };
    }
    case 'confirmation': {
      const contact = latestWith(
        facts.contacts,
        (c) => c.at,
        (c) => holds(c, 'referenceNumber') && !!c.referenceNumber,
      );
      const page = latestWith(
        facts.evidence ?? [],
        (e) => e.capturedAt,
        (e) => holds(e, 'referenceNumbers') && e.referenceNumbers.length > 0,
      );
      if (page && (!contact || byText(page.capturedAt, contact.at) > 0)) {
        const text = () =>
          t('checklist.because.pageNumber', { number: page.referenceNumbers[0]!, date: formatDate(page.capturedAt.slice(0, 10)) });
        return { state: 'done', because: because('evidence', page.id, text) };
      }
      if (!contact) return undefined;
      const text = () =>
        t('checklist.because.contactNumber', {
          number: contact.referenceNumber!,
          channel: contactChannelLabels[contact.channel].toLowerCase(),
          date: formatDate(contact.at.slice(0, 10)),
        });
      return { state: 'done', because: because('contacts', contact.id, text) };
    }
    default:
      return undefined;
  }
}

/** The step keys some record can tick (the return steps besides: `return-device:<id>`). */
export const provableStepKeys = ['notify', 'proof-of-death', 'list-equipment', 'confirmation'] as const;

/**
 * One step as shown and counted. A step the user ticked or skipped keeps its state; an
 * open one is ticked (or, for a device on its way back, waiting) by the record that
 * proves it, unless the user undid that very record's tick.
 */
export function progressOf<T extends Pick<Task, 'state' | 'stepKey' | 'proofUndone'>>(task: T, facts: AccountFacts): Progressed<T> {
  const stored = task.state;
  if (!task.stepKey || stored === 'done' || stored === 'skipped') return withFields(task, { storedState: stored });
  const proof = proofOf(task.stepKey, facts);
  if (!proof || proof.because.id === task.proofUndone || (proof.state === 'waiting' && stored === 'waiting')) {
    return withFields(task, { storedState: stored });
  }
  return withFields(task, { state: proof.state, storedState: stored, because: proof.because });
}

/** An account's steps as shown and counted (see progressOf). */
export function progressTasks<T extends Pick<Task, 'state' | 'stepKey' | 'proofUndone'>>(
  tasks: readonly T[],
  facts: AccountFacts,
): Progressed<T>[] {
  return tasks.map((t) => progressOf(t, facts));
}

/** What to store when the user sets a step's state: undoing an automatic tick remembers its record. */
export function statePatch(
  task: Pick<Progressed<Task>, 'state' | 'storedState' | 'because'>,
  state: TaskState,
): Partial<Pick<Task, 'state' | 'proofUndone'>> {
  if (task.because && state !== task.state) return { state, proofUndone: task.because.id };
  return { state };
}

const noFacts: AccountFacts = { contacts: [], documents: [], devices: [], evidence: [] };

/** Groups rows by their accountId, once. */
export function byAccount<T extends { accountId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.accountId);
    if (list) list.push(row);
    else out.set(row.accountId, [row]);
  }
  return out;
}

/** The records of a case that prove steps, grouped by account once. */
export interface CaseFacts {
  contacts: readonly (AccountFacts['contacts'][number] & { accountId: string })[];
  documents: readonly (AccountFacts['documents'][number] & { accountId: string })[];
  devices: readonly (AccountFacts['devices'][number] & { accountId: string })[];
  evidence?: readonly (NonNullable<AccountFacts['evidence']>[number] & { accountId?: string })[];
}

/** A lookup of each account's facts, built once for a case. */
export function factsByAccount(facts: CaseFacts): (accountId: string) => AccountFacts {
  const contacts = byAccount(facts.contacts);
  const documents = byAccount(facts.documents);
  const devices = byAccount(facts.devices);
  const evidence = byAccount((facts.evidence ?? []).filter((e): e is typeof e & { accountId: string } => !!e.accountId));
  return (accountId) => ({
    contacts: contacts.get(accountId) ?? noFacts.contacts,
    documents: documents.get(accountId) ?? noFacts.documents,
    devices: devices.get(accountId) ?? noFacts.devices,
    evidence: evidence.get(accountId) ?? noFacts.evidence,
  });
}

/**
 * The accounts whose "Get a confirmation number" step is open and not already proven
 * by a call: only for those is reading saved pages (large records) worth it.
 */
export function accountsNeedingPages(
  tasks: readonly Pick<Task, 'accountId' | 'stepKey' | 'state' | 'proofUndone'>[],
  factsOf: (accountId: string) => AccountFacts,
): string[] {
  const out = new Set<string>();
  for (const t of tasks) {
    if (t.stepKey !== 'confirmation' || t.state === 'done' || t.state === 'skipped') continue;
    if (progressOf(t, factsOf(t.accountId)).because === undefined || t.proofUndone) out.add(t.accountId);
  }
  return [...out];
}
