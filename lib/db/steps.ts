/**
 * Reads and writes of checklist steps. An account's steps live together in one
 * Checklist record (see ./index), so a change to a step rewrites that record in a
 * transaction.
 */
import { applyChanges } from '../checklist/playbooks';
import type { Account, Task } from '../model';
import { type Checklist, db } from './database';
import type { Rewrite } from './undo';

/** One account's steps, in no particular order. */
export async function stepsOfAccount(accountId: string): Promise<Task[]> {
  return (await db().checklists.get(accountId))?.steps ?? [];
}

/** Every step of a case. */
export async function stepsOfCase(caseId: string): Promise<Task[]> {
  return (await db().checklists.where('caseId').equals(caseId).toArray()).flatMap((c) => c.steps);
}

/**
 * Changes one account's steps in a transaction: `change` gets the stored steps and
 * returns the new list (or throws, and nothing is written). A list with the same
 * steps is not written again.
 */
export async function changeSteps(account: Pick<Account, 'id' | 'caseId'>, change: (steps: Task[]) => Task[]): Promise<Task[]> {
  const d = db();
  return d.transaction('rw', d.checklists, async () => {
    const steps = await stepsOfAccount(account.id);
    const next = change(steps);
    if (!sameSteps(steps, next)) await d.checklists.put({ id: account.id, caseId: account.caseId, steps: next });
    return next;
  });
}

/**
 * The checklists a deletion rewrites: the steps `drop` picks removed, and links to
 * the deleted record (`unlink`) dropped from the rest, so no link points at
 * nothing. Only checklists that change are rewritten. Undo puts back just the steps
 * the deletion touched: a step ticked meanwhile stays ticked.
 */
export async function stepsRewrite(
  drop: (step: Task) => boolean,
  unlink?: { kind: keyof Task['links']; id: string },
): Promise<Rewrite<Checklist>> {
  const unlinked = (step: Task): Task => {
    if (!unlink || !step.links[unlink.kind].includes(unlink.id)) return step;
    return { ...step, links: { ...step.links, [unlink.kind]: step.links[unlink.kind].filter((id) => id !== unlink.id) } };
  };
  const rows: Checklist[] = [];
  for (const checklist of await db().checklists.toArray()) {
    const steps = checklist.steps.filter((step) => !drop(step)).map(unlinked);
    if (!sameSteps(checklist.steps, steps)) rows.push({ ...checklist, steps });
  }
  const after = new Map(rows.map((c) => [c.id, new Map(c.steps.map((step) => [step.id, JSON.stringify(step)]))]));
  const putBack = (before: Checklist, now: Checklist | undefined): Checklist => {
    if (!now) return before;
    const touched = before.steps.filter((step) => after.get(before.id)?.get(step.id) !== JSON.stringify(step));
    return { ...now, steps: applyChanges(now.steps, { put: touched, remove: [] }) };
  };
  return { table: db().checklists, rows, putBack };
}

function sameSteps(a: readonly Task[], b: readonly Task[]): boolean {
  return a.length === b.length && a.every((step, i) => step === b[i]);
}
