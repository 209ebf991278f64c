/**
 * The side panel's reads beyond its first screen (that one is in reads.ts). Each
 * returns what one part of the panel shows, so the views never query the database
 * themselves.
 */
import Dexie from 'dexie';
import { type Progressed, progressTasks } from '../derived/progress';
import { CaptureReply } from '../messaging/protocol';
import type { Account, Contact, Device, DocumentSent, Escalation, Evidence, PromiseMade, Task } from '../model';
import { accountsOfCase } from './caseReads';
import { db } from './database';
import { LAST_CAPTURE } from './lastCapture';
import { accountFacts } from './progressReads';
import { stepsOfAccount, stepsOfCase } from './steps';

export interface AccountRecords {
  /** Undefined once the account is deleted. */
  account?: Account;
  /** Its steps with their derived state (ticked by the records that prove them). */
  tasks: Progressed<Task>[];
  devices: Device[];
  documents: DocumentSent[];
  contacts: Contact[];
  promises: PromiseMade[];
  escalations: Escalation[];
}

/** One account and everything recorded for it: its steps, devices, documents sent, contacts, promises and escalations. */
export async function accountRecords(accountId: string): Promise<AccountRecords> {
  const [{ stored, ...own }, contacts] = await Promise.all([
    ownRecords(accountId),
    db().contacts.where('accountId').equals(accountId).toArray(),
  ]);
  const tasks = progressTasks(stored, await accountFacts(stored, { contacts, documents: own.documents, devices: own.devices }));
  return { ...own, tasks, contacts };
}

/** An account's own records but its calls (which a screen reads in part): read side by side. */
async function ownRecords(accountId: string) {
  const d = db();
  const [account, stored, devices, documents, promises, escalations] = await Promise.all([
    d.accounts.get(accountId),
    stepsOfAccount(accountId),
    d.devices.where('accountId').equals(accountId).toArray(),
    d.documentsSent.where('accountId').equals(accountId).toArray(),
    d.promises.where('accountId').equals(accountId).toArray(),
    d.escalations.where('accountId').equals(accountId).toArray(),
  ]);
  return { account, stored, devices, documents, promises, escalations };
}

/**
 * What one account's screen shows: its steps, devices, documents sent, promises and escalations, and of its
 * calls and messages only the newest (a screen shows the latest 20, "Show earlier calls" the next 20), with
 * how many there are. An account at the limits (2,000 calls) reads 20 of them, not 2,000.
 */
export interface AccountScreenRecords extends Omit<AccountRecords, 'contacts'> {
  /** Its newest calls and messages, newest first: the `calls` asked for (or all), down to one `reveal` names. */
  latestCalls: Contact[];
  /** How many calls and messages it has in all. */
  callCount: number;
}

/** One account as its screen shows it (AccountScreenRecords): the newest `calls` calls, and older ones down to the call or promise `reveal` names. */
export async function accountScreenRecords(accountId: string, calls: number, reveal?: string): Promise<AccountScreenRecords> {
  const [{ stored, ...own }, latest] = await Promise.all([ownRecords(accountId), latestCalls(accountId, calls, reveal)]);
  const contacts = await callsThatProve(accountId, stored, latest);
  const tasks = progressTasks(stored, await accountFacts(stored, { contacts, documents: own.documents, devices: own.devices }));
  return { ...own, tasks, latestCalls: latest.calls, callCount: latest.count };
}

/** An account's calls and messages in the order of the [accountId+at] index: by time, then by id. */
const callsByTime = (accountId: string) =>
  db().contacts.where('[accountId+at]').between([accountId, Dexie.minKey], [accountId, Dexie.maxKey]);

/**
 * The newest `limit` calls and messages of an account, newest first (of two at the same instant, the greater id
 * first), read on the [accountId+at] index, and how many it has (counted on the account index, without reading
 * them). When `reveal` names an older call, or a promise made in one, the calls down to that one are read.
 */
export async function latestCalls(accountId: string, limit: number, reveal?: string): Promise<{ calls: Contact[]; count: number }> {
  const d = db();
  return d.transaction('r', [d.contacts, d.promises], async () => {
    const [calls, count, since] = await Promise.all([
      callsByTime(accountId).reverse().limit(limit).toArray(),
      d.contacts.where('accountId').equals(accountId).count(),
      reveal ? callTimeOf(accountId, reveal) : undefined,
    ]);
    const oldest = calls.at(-1);
    if (since === undefined || !oldest || calls.length === count || since > oldest.at) return { calls, count };
    const down = await d.contacts.where('[accountId+at]').between([accountId, since], [accountId, Dexie.maxKey]).reverse().toArray();
    return { calls: down, count };
  });
}

/** When the call `id` names (or the call a promise `id` names was made in) took place, if it is this account's. */
async function callTimeOf(accountId: string, id: string): Promise<string | undefined> {
  const d = db();
  const promise = await d.promises.get(id);
  const call = await d.contacts.get(promise?.contactId ?? id);
  return call?.accountId === accountId ? call.at : undefined;
}

/**
 * The calls the progress rules need (lib/derived/progress.ts), from the newest ones read: "Tell them about the
 * death" reads the latest call, "Get a confirmation number" the latest call with a reference number, looked for
 * further back only while that step is open and none of those read has one. Of calls at the same instant the
 * rules take the first in the account's order (by id): every call of that instant is read, wherever the newest
 * calls read end. Oldest first, as the account index gives every call (of one instant, by id).
 */
async function callsThatProve(accountId: string, steps: readonly Task[], latest: { calls: Contact[]; count: number }): Promise<Contact[]> {
  const { calls, count } = latest;
  const read = [...calls].reverse();
  if (calls.length === count || calls.length === 0) return read;
  const instants = new Set<string>();
  const oldestRead = calls.at(-1)!.at;
  // The latest call's instant, when the calls read may end inside it.
  if (calls[0]!.at === oldestRead) instants.add(oldestRead);
  if (steps.some((s) => s.stepKey === 'confirmation' && s.state !== 'done' && s.state !== 'skipped')) {
    const numbered =
      calls.find((c) => !!c.referenceNumber) ??
      (await callsByTime(accountId)
        .reverse()
        .filter((c) => !!c.referenceNumber)
        .first());
    if (numbered && numbered.at <= oldestRead) instants.add(numbered.at);
  }
  if (instants.size === 0) return read;
  const more = await Promise.all([...instants].map((at) => db().contacts.where('[accountId+at]').equals([accountId, at]).toArray()));
  const byId = new Map([...read, ...more.flat()].map((c) => [c.id, c]));
  return [...byId.values()].sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1));
}

/**
 * The calls the escalation rules read (lib/escalation/triggers.ts: "no record of it" lasts until a later call
 * resolved it): the latest call that resolved things and every one since, oldest first; every call when none did.
 * The newest 50 are read first; the rest only when none of those resolved things.
 */
export async function callsSinceResolved(accountId: string): Promise<Contact[]> {
  const first = 50;
  const newest = await callsByTime(accountId).reverse().limit(first).toArray();
  const resolved = newest.findIndex((c) => c.outcome === 'resolved');
  if (resolved >= 0) return newest.slice(0, resolved + 1).reverse();
  if (newest.length < first) return newest.reverse();
  // None of the newest resolved things: all of them, in one read (faster than walking the index further).
  const all = await callsByTime(accountId).toArray();
  const lastResolved = all.findLastIndex((c) => c.outcome === 'resolved');
  return lastResolved >= 0 ? all.slice(lastResolved) : all;
}

/** Every call and message of an account (a step's link choices), in no particular order. */
export function callsOfAccount(accountId: string): Promise<Contact[]> {
  return db().contacts.where('accountId').equals(accountId).toArray();
}

export interface LinkTargets {
  accounts: Account[];
  steps: Task[];
  devices: Device[];
  contacts: Contact[];
}

/** The records of a case that a piece of proof can be linked to. */
export async function linkTargetsOfCase(caseId: string): Promise<LinkTargets> {
  const d = db();
  const [accounts, steps, devices, contacts] = await Promise.all([
    accountsOfCase(caseId),
    stepsOfCase(caseId),
    d.devices.where('caseId').equals(caseId).toArray(),
    d.contacts.where('caseId').equals(caseId).toArray(),
  ]);
  return { accounts, steps, devices, contacts };
}

/** The records of a case that proof can be linked to, of one account only (with every account of the case): the choices of one piece's link editor. */
export async function linkTargetsOfAccount(caseId: string, accountId: string): Promise<LinkTargets> {
  const d = db();
  const [accounts, steps, devices, contacts] = await Promise.all([
    accountsOfCase(caseId),
    stepsOfAccount(accountId),
    d.devices.where('accountId').equals(accountId).toArray(),
    d.contacts.where('accountId').equals(accountId).toArray(),
  ]);
  return { accounts, steps, devices, contacts };
}

/** What pieces of proof are linked to: every account of the case, and only the steps, devices and contacts they name. */
export async function linkTargetsNamed(
  caseId: string,
  links: readonly { accountId?: string; taskId?: string; deviceId?: string; contactId?: string }[],
): Promise<LinkTargets> {
  const d = db();
  const ids = (field: 'deviceId' | 'contactId') => [...new Set(links.flatMap((l) => (l[field] ? [l[field]] : [])))];
  const withStep = links.filter((l) => l.taskId);
  // A step is in its account's checklist; a step linked without its account is looked for in the whole case.
  const stepAccounts = [...new Set(withStep.map((l) => l.accountId))];
  const [accounts, checklists, devices, contacts] = await Promise.all([
    accountsOfCase(caseId),
    stepAccounts.includes(undefined)
      ? stepsOfCase(caseId)
      : Promise.all(stepAccounts.map((id) => stepsOfAccount(id!))).then((lists) => lists.flat()),
    d.devices.bulkGet(ids('deviceId')),
    d.contacts.bulkGet(ids('contactId')),
  ]);
  const named = new Set(withStep.map((l) => l.taskId));
  const found = <T>(rows: (T | undefined)[]) => rows.filter((r): r is T => !!r);
  return { accounts, steps: checklists.filter((s) => named.has(s.id)), devices: found(devices), contacts: found(contacts) };
}

export interface TabCapture {
  /** The outcome of the last capture, if it was made in this tab. */
  capture?: CaptureReply;
  /** The proof it kept, if it succeeded and the proof still exists. */
  evidence?: Evidence;
  /** The account that proof is linked to, and that account's steps. */
  account?: Account;
  steps: Task[];
}

/**
 * The last capture made in a tab, however it was started (the panel's button, the
 * shortcut or the page's menu: the background keeps the outcome in settings).
 */
export async function lastCaptureOfTab(tabId: number | undefined): Promise<TabCapture> {
  const d = db();
  const parsed = CaptureReply.safeParse((await d.settings.get(LAST_CAPTURE))?.value);
  const capture = parsed.success && parsed.data.tabId === tabId ? parsed.data : undefined;
  const evidence = capture?.ok ? await d.evidence.get(capture.evidenceId) : undefined;
  const account = evidence?.accountId ? await d.accounts.get(evidence.accountId) : undefined;
  const steps = account ? await stepsOfAccount(account.id) : [];
  return { capture, evidence, account, steps };
}

/** One account's records and its proof: what a complaint packet or a letter is written from. */
export async function complaintRecords(accountId: string): Promise<AccountRecords & { evidence: Evidence[] }> {
  const [records, evidence] = await Promise.all([accountRecords(accountId), db().evidence.where('accountId').equals(accountId).toArray()]);
  return { ...records, evidence };
}
