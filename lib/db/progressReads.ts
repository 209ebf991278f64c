/**
 * Reads for the derived progress (lib/derived/progress.ts): the saved pages that can
 * prove a confirmation number, read only for the accounts that need them (a saved
 * page is a large record: its text travels with it).
 */
import { type AccountFacts, accountsNeedingPages, byAccount, type CaseFacts, factsByAccount, progressTasks } from '../derived/progress';
import type { Task } from '../model';
import { db } from './database';

type PageFact = NonNullable<CaseFacts['evidence']>[number];

/** The saved pages of these accounts, reduced to what proves a step. */
export async function pageFacts(accountIds: readonly string[]): Promise<PageFact[]> {
  if (accountIds.length === 0) return [];
  // One indexed read per account (few: those with a confirmation still open).
  const rows = (await Promise.all(accountIds.map((id) => db().evidence.where('accountId').equals(id).toArray()))).flat();
  return rows.map(({ id, accountId, capturedAt, referenceNumbers }) => ({ id, accountId, capturedAt, referenceNumbers }));
}

/**
 * Every step of a case with its derived state, computed per account from that
 * account's records; saved pages are read only where a confirmation is still open.
 */
export async function progressOfCase<T extends Task>(tasks: readonly T[], facts: Omit<CaseFacts, 'evidence'>) {
  let factsOf = factsByAccount(facts);
  const needPages = accountsNeedingPages(tasks, factsOf);
  if (needPages.length) factsOf = factsByAccount({ ...facts, evidence: await pageFacts(needPages) });
  return [...byAccount(tasks)].flatMap(([accountId, steps]) => progressTasks(steps, factsOf(accountId)));
}

/** One account's facts, with its saved pages when its confirmation step may need them. */
export async function accountFacts(tasks: readonly Task[], facts: Omit<AccountFacts, 'evidence'>): Promise<AccountFacts> {
  const needPages = accountsNeedingPages(tasks, () => facts).length > 0;
  return needPages && tasks[0] ? { ...facts, evidence: await pageFacts([tasks[0].accountId]) } : facts;
}
