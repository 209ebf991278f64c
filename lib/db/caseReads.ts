/**
 * The reads behind the panel's first screen. This module needs only Dexie and the
 * step tallies (no zod, no playbooks), so the panel can start them while the rest
 * of its code is still loading.
 */

import { withProgress } from '../derived/progress';
import { type TaskTally, tallyTasks } from '../derived/tally';
import type { Account, Device, EstateCase, PromiseMade, Task } from '../model';
import { db } from './database';
import { progressOfSteps } from './progressReads';
import { openAhead } from './vault';

export const ACTIVE_CASE = 'activeCaseId';

async function chosenCaseId(): Promise<string | undefined> {
  const chosen = (await db().settings.get(ACTIVE_CASE))?.value;
  return typeof chosen === 'string' ? chosen : undefined;
}

/** Every case, oldest first. */
export async function listCases(): Promise<EstateCase[]> {
  return (await db().cases.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The chosen case, else the most recent. */
function pickActive(cases: readonly EstateCase[], chosen: string | undefined): EstateCase | undefined {
  return cases.find((c) => c.id === chosen) ?? cases.at(-1);
}

/** The case the user is working on: the chosen one, else the most recent. */
export async function activeCase(): Promise<EstateCase | undefined> {
  const [cases, chosen] = await Promise.all([listCases(), chosenCaseId()]);
  return pickActive(cases, chosen);
}

export interface CaseRecords {
  accounts: Account[];
  /** Steps tallied by account id (the steps themselves are not kept). */
  steps: Map<string, TaskTally>;
  devices: Device[];
  promises: PromiseMade[];
}

export interface CaseOverview {
  current?: EstateCase;
  cases: EstateCase[];
  records?: CaseRecords;
}

/** The cases, the one worked on, and its accounts (the records under them are not read). */
export interface CaseAccounts {
  current?: EstateCase;
  cases: EstateCase[];
  accounts: Account[];
}

/**
 * What a provider's page lists: the cases, the active one and its accounts, without
 * their steps, calls and other records (each account's own screen reads its own,
 * lib/db/panelReads.ts). A case at the bench's size (5,000 steps, 2,000 calls) is read
 * whole only for the home, which counts them all.
 */
export async function caseAccounts(): Promise<CaseAccounts> {
  const d = db();
  const [cases, chosen] = await d.transaction('r', [d.settings, d.cases], () => Promise.all([listCases(), chosenCaseId()]));
  const current = pickActive(cases, chosen);
  if (!current) return { cases, accounts: [] };
  const accounts = await accountsOfCase(current.id);
  // The case bar shows the cases' names (sealed when the lock is on).
  await openAhead(cases);
  return { current, cases, accounts };
}

/**
 * Everything the panel's main view shows: the active case, the other cases, and the
 * active case's records. Only the active case's records are read
 * (by their case index): with a second case at the limits of lib/model/limits.ts,
 * reading every case's records made switching to a small case take as long as the big one.
 */
export async function caseOverview(today: string): Promise<CaseOverview> {
  const d = db();
  const [cases, chosen] = await d.transaction('r', [d.settings, d.cases], () => Promise.all([listCases(), chosenCaseId()]));
  const current = pickActive(cases, chosen);
  if (!current) return { cases };
  // Then that case's records, by their case index, in one transaction.
  const [accounts, checklists, devices, promises, contacts, documents] = await d.transaction(
    'r',
    [d.accounts, d.checklists, d.devices, d.promises, d.contacts, d.documentsSent],
    () =>
      Promise.all([
        d.accounts.where('caseId').equals(current.id).toArray(),
        d.checklists.where('caseId').equals(current.id).toArray(),
        d.devices.where('caseId').equals(current.id).toArray(),
        d.promises.where('caseId').equals(current.id).toArray(),
        d.contacts.where('caseId').equals(current.id).toArray(),
        d.documentsSent.where('caseId').equals(current.id).toArray(),
      ]),
  );
  // The steps as everyone counts them: ticked by the records that prove them. Counted by their
  // progress told beside them; only each account's next step, which is shown, is copied with it.
  const caseSteps = checklists.flatMap((c) => c.steps);
  const progress = await progressOfSteps(caseSteps, { contacts, documents, devices });
  const progressOf = (task: Task) => progress.get(task)!;
  const steps = tallyTasks(new Map<string, TaskTally>(), caseSteps, today, (task) => progressOf(task).state);
  for (const tally of steps.values()) if (tally.next) tally.next = withProgress(tally.next, progressOf(tally.next));
  // What the dashboard shows of the sealed fields (the lock on): the cases' names and each next step's title.
  await openAhead([...cases, ...[...steps.values()].flatMap((tally) => (tally.next ? [tally.next] : []))]);
  return { current, cases, records: { accounts, steps, devices, promises } };
}

/** One account, if it still exists. */
export function accountById(accountId: string): Promise<Account | undefined> {
  return db().accounts.get(accountId);
}

/** The accounts of a case, in no particular order. */
export async function accountsOfCase(caseId: string): Promise<Account[]> {
  return db().accounts.where('caseId').equals(caseId).toArray();
}
