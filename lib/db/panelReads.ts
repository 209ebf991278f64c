/**
 * The side panel's reads beyond its first screen (that one is in reads.ts). Each
 * returns what one part of the panel shows, so the views never query the database
 * themselves.
 */
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
  const d = db();
  const [account, stored, devices, documents, contacts, promises, escalations] = await Promise.all([
    d.accounts.get(accountId),
    stepsOfAccount(accountId),
    d.devices.where('accountId').equals(accountId).toArray(),
    d.documentsSent.where('accountId').equals(accountId).toArray(),
    d.contacts.where('accountId').equals(accountId).toArray(),
    d.promises.where('accountId').equals(accountId).toArray(),
    d.escalations.where('accountId').equals(accountId).toArray(),
  ]);
  const tasks = progressTasks(stored, await accountFacts(stored, { contacts, documents, devices }));
  return { account, tasks, devices, documents, contacts, promises, escalations };
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
