import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { db, EstateDb, useDatabase } from '../../lib/db/database';
import type { Task } from '../../lib/model';
import { recordKinds } from '../../lib/model/records';
import type { Seed } from '../fixtures/bundle-seed';

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

/**
 * A fresh database before each test, and the function returned switches to another new,
 * empty one mid-test (an import into a second computer); every one is deleted after the test.
 */
export function useFreshDatabases(prefix = 'test'): () => void {
  const names: string[] = [];
  const fresh = () => {
    const name = `${prefix}-${crypto.randomUUID()}`;
    names.push(name);
    useDatabase(new EstateDb(name));
  };
  beforeEach(fresh);
  afterEach(async () => {
    db().close();
    for (const n of names.splice(0)) await Dexie.delete(n);
  });
  return fresh;
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

/**
 * Writes a seed (tests/fixtures/bundle-seed: rows by table name, steps as `tasks`, blob contents
 * as text) into the database: every kind of record of lib/model/records, steps into checklists.
 */
export async function writeSeed(seed: Seed): Promise<void> {
  const d = db();
  const rows = seed as unknown as Record<string, Array<{ accountId: string; caseId: string }>>;
  await d.transaction('rw', d.tables, async () => {
    for (const kind of recordKinds) {
      if (kind.storage === 'table') await d.table(kind.table).bulkAdd(rows[kind.table] ?? []);
      else
        for (const [id, steps] of Map.groupBy(rows[kind.key] ?? [], (t) => t.accountId))
          await d.checklists.add({ id, caseId: steps[0]!.caseId, steps: steps as Task[] });
    }
    await d.blobs.bulkAdd(seed.blobs.map((b) => ({ id: b.id, data: new Blob([b.text]) })));
  });
}

/** Everything in the database, blobs as text, for comparing two databases. */
export async function dump(): Promise<Record<string, unknown>> {
  const d = db();
  const out: Record<string, unknown> = {};
  for (const table of d.tables) {
    if (table.name === 'settings') continue;
    const rows = await table.toArray();
    // A checklist's steps are compared in id order: the order they were stored in does not matter.
    const sorted = (r: any) =>
      r.steps ? { ...r, steps: [...r.steps].sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)) } : r;
    out[table.name] = await Promise.all(
      rows.map(async (r: any) => (r.data instanceof Blob ? { id: r.id, text: await r.data.text() } : sorted(r))),
    );
  }
  return out;
}
