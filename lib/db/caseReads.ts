/**
 * The reads behind the panel's first screen. This module needs only Dexie and the
 * step tallies (no zod, no playbooks), so the panel can start them while the rest
 * of its code is still loading.
 */

import { type TaskTally, tallyTasks } from '../derived/tally';
import type { Account, Device, EstateCase, PromiseMade } from '../model';
import { db } from './database';
import { progressOfCase } from './progressReads';

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

/**
 * Everything the panel's main view shows: the active case, the other cases, and the
 * active case's records. Most people keep one case, so every record is read while
 * the active case is looked up, not after: one round trip less on every open, for
 * the cost of reading the other cases' records when there are several.
 */
export async function caseOverview(today: string): Promise<CaseOverview> {
  const d = db();
  const [cases, chosen, accounts, checklists, devices, promises, contacts, documents] = await d.transaction(
    'r',
    [d.settings, d.cases, d.accounts, d.checklists, d.devices, d.promises, d.contacts, d.documentsSent],
    () =>
      Promise.all([
        listCases(),
        chosenCaseId(),
        d.accounts.toArray(),
        d.checklists.toArray(),
        d.devices.toArray(),
        d.promises.toArray(),
        d.contacts.toArray(),
        d.documentsSent.toArray(),
      ]),
  );
  const current = pickActive(cases, chosen);
  if (!current) return { cases };
  const ofCase = <T extends { caseId: string }>(rows: T[]) => rows.filter((r) => r.caseId === current.id);
  const caseDevices = ofCase(devices);
  // The steps as everyone counts them: ticked by the records that prove them.
  const progressed = await progressOfCase(
    ofCase(checklists).flatMap((c) => c.steps),
    { contacts: ofCase(contacts), documents: ofCase(documents), devices: caseDevices },
  );
  const steps = tallyTasks(new Map<string, TaskTally>(), progressed, today);
  return { current, cases, records: { accounts: ofCase(accounts), steps, devices: caseDevices, promises: ofCase(promises) } };
}

/** One account, if it still exists. */
export function accountById(accountId: string): Promise<Account | undefined> {
  return db().accounts.get(accountId);
}

/** The accounts of a case, in no particular order. */
export async function accountsOfCase(caseId: string): Promise<Account[]> {
  return db().accounts.where('caseId').equals(caseId).toArray();
}
