import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { db, EstateDb, useDatabase } from '../../lib/db';
import type { Task } from '../../lib/model';

/** Gives every test of the calling file its own empty database, deleted afterwards. */
export function useFreshDatabase(prefix = 'test'): void {
  let name = '';
  beforeEach(() => {
    name = `${prefix}-${crypto.randomUUID()}`;
    useDatabase(new EstateDb(name));
  });
  afterEach(async () => {
    db().close();
    await Dexie.delete(name);
  });
}

/** Every stored step, of every account. */
export async function allSteps(): Promise<Task[]> {
  return (await db().checklists.toArray()).flatMap((c) => c.steps);
}

export async function stepById(id: string): Promise<Task | undefined> {
  return (await allSteps()).find((t) => t.id === id);
}

/** Writes straight into the checklists, past the app's checks: for tests that set up odd states. */
export async function rewriteSteps(change: (steps: Task[]) => Task[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.checklists, async () => {
    const steps = change(await allSteps());
    const byAccount = Map.groupBy(steps, (t) => t.accountId);
    await d.checklists.clear();
    await d.checklists.bulkPut([...byAccount].map(([id, own]) => ({ id, caseId: own[0]!.caseId, steps: own })));
  });
}

export const patchStep = (id: string, patch: Partial<Task>) =>
  rewriteSteps((steps) => steps.map((t) => (t.id === id ? { ...t, ...patch } : t)));
