/**
 * The reads behind the panel's first screen. This module needs only Dexie and the
 * step tallies (no zod, no playbooks), so the panel can start them while the rest
 * of its code is still loading.
 */
import Dexie, { type IndexableType } from 'dexie';
import type { Account, Device, EstateCase, PromiseMade } from '../model';
import { tallyTasks, type TaskTally } from '../workflow/tally';
import { db } from './index';

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

/** Key ranges that split random ids (UUIDs) into sixteen even parts: up to "1", "1" to "2", …, "f" and above. */
const ID_RANGES: [IndexableType, IndexableType][] = [...'0123456789abcdef'].map((digit, i, digits) => [
  i === 0 ? Dexie.minKey : digit,
  digits[i + 1] ?? Dexie.maxKey,
]);

/**
 * Every step, tallied by account. The table is read in sixteen key ranges at once:
 * about three times faster than through an index (no index lookups, and each part
 * is unpacked while the next is read). Each part is tallied and let go as it comes:
 * keeping 5,000 steps cost the panel a full garbage collection as it opened.
 */
async function tallyAllSteps(today: string): Promise<Map<string, TaskTally>> {
  const tasks = db().tasks;
  const steps = new Map<string, TaskTally>();
  // A transaction answers its requests in the order they were made: parts are tallied in key order.
  await Promise.all(ID_RANGES.map(([from, to]) => tasks.where(':id').between(from, to, true, false).toArray((part) => void tallyTasks(steps, part, today))));
  return steps;
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
  const [cases, chosen, accounts, steps, devices, promises] = await d.transaction('r', [d.settings, d.cases, d.accounts, d.tasks, d.devices, d.promises], () =>
    Promise.all([listCases(), chosenCaseId(), d.accounts.toArray(), tallyAllSteps(today), d.devices.toArray(), d.promises.toArray()]),
  );
  const current = pickActive(cases, chosen);
  if (!current) return { cases };
  const ofCase = <T extends { caseId: string }>(rows: T[]) => rows.filter((r) => r.caseId === current.id);
  const caseAccounts = ofCase(accounts);
  const caseSteps = new Map<string, TaskTally>();
  for (const account of caseAccounts) {
    const tally = steps.get(account.id);
    if (tally) caseSteps.set(account.id, tally);
  }
  return { current, cases, records: { accounts: caseAccounts, steps: caseSteps, devices: ofCase(devices), promises: ofCase(promises) } };
}
