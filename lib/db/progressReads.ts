/**
 * Reads for the derived progress (lib/derived/progress.ts): the saved pages that can
 * prove a confirmation number, read only for the accounts that need them (a saved
 * page is a large record: its text travels with it).
 */
import {
  type AccountFacts,
  accountsNeedingPages,
  byAccount,
  type CaseFacts,
  factsByAccount,
  progressTasks,
  type StepProgress,
  stepProgress,
} from '../derived/progress';
import type { Task } from '../model';
import { db } from './database';

type PageFact = NonNullable<CaseFacts['evidence']>[number];

/** The saved pages of these accounts, reduced to what proves a step. */
export async function pageFacts(accountIds: readonly string[]): Promise<PageFact[]> {
  if (accountIds.length === 0) return [];
  const rows = await db().evidence.where('accountId').anyOf(accountIds).toArray();
  return rows.map(({ id, accountId, capturedAt, referenceNumbers }) => ({ id, accountId, capturedAt, referenceNumbers }));
}

/**
 * Every step of a case with its derived state, computed per account from that
 * account's records; saved pages are read only where a confirmation is still open.
 */
export async function progressOfCase<T extends Task>(tasks: readonly T[], facts: Omit<CaseFacts, 'evidence'>) {
  const factsOf = await caseFactsFor(tasks, facts);
  return [...byAccount(tasks)].flatMap(([accountId, steps]) => progressTasks(steps, factsOf(accountId)));
}

/**
 * progressOfCase told beside the steps, by step, without copying them: what counts
 * thousands of steps and shows a few (the dashboard) copies only those it shows.
 * With the vault lock on, a copy of a step is costly (its sealed fields are getters).
 */
export async function progressOfSteps<T extends Task>(
  tasks: readonly T[],
  facts: Omit<CaseFacts, 'evidence'>,
): Promise<Map<T, StepProgress>> {
  const factsOf = await caseFactsFor(tasks, facts);
  return new Map(tasks.map((task) => [task, stepProgress(task, factsOf(task.accountId))]));
}

/** The case's facts by account, with saved pages read where a confirmation is still open. */
async function caseFactsFor(tasks: readonly Task[], facts: Omit<CaseFacts, 'evidence'>): Promise<(accountId: string) => AccountFacts> {
  const factsOf = factsByAccount(facts);
  const needPages = accountsNeedingPages(tasks, factsOf);
  return needPages.length ? factsByAccount({ ...facts, evidence: await pageFacts(needPages) }) : factsOf;
}

/** One account's facts, with its saved pages when its confirmation step may need them. */
export async function accountFacts(tasks: readonly Task[], facts: Omit<AccountFacts, 'evidence'>): Promise<AccountFacts> {
  const needPages = accountsNeedingPages(tasks, () => facts).length > 0;
  return needPages && tasks[0] ? { ...facts, evidence: await pageFacts([tasks[0].accountId]) } : facts;
}
