import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EstateDb, db, useDatabase } from '../../lib/db';
import { countsByProvider } from '../../lib/db/counts';
import { addAccount, createCase, tasksOfCase } from '../../lib/db/repo';
import { activeCase } from '../../lib/db/reads';
import { updateTask } from '../../lib/db/workflow';
import { providerById } from '../../lib/providers';

let name: string;
beforeEach(() => {
  name = `test-${crypto.randomUUID()}`;
  useDatabase(new EstateDb(name));
});
afterEach(async () => {
  db().close();
  await Dexie.delete(name);
});

const xfinity = providerById('xfinity')!;

describe('persistence', () => {
  it('creates a case, makes it active, and keeps an account with its checklist', async () => {
    const c = await createCase({ deceasedName: 'Robert Miller', dateOfDeath: '2026-03-02', userRole: 'child' });
    expect((await activeCase())?.id).toBe(c.id);
    const account = await addAccount(c.id, xfinity, 'close');
    const tasks = await tasksOfCase(c.id);
    expect(tasks.length).toBeGreaterThanOrEqual(5);
    expect(tasks.every((t) => t.accountId === account.id && t.state === 'todo')).toBe(true);

    // Survives closing and reopening the database.
    db().close();
    useDatabase(new EstateDb(name));
    expect((await tasksOfCase(c.id)).length).toBe(tasks.length);
  });

  it('counts open and overdue tasks per provider, and a tick lowers the count', async () => {
    const c = await createCase({ deceasedName: 'R', dateOfDeath: '2026-03-02', userRole: 'spouse' });
    await addAccount(c.id, xfinity, 'close');
    const tasks = await tasksOfCase(c.id);
    await db().tasks.update(tasks[1]!.id, { dueDate: '2026-03-05' });
    const before = (await countsByProvider(new Date('2026-03-10T12:00:00')))!.get('xfinity')!;
    expect(before).toEqual({ open: tasks.length, overdue: 1 });
    await updateTask(tasks[0]!.id, { state: 'done' }, '2026-03-10');
    expect((await countsByProvider(new Date('2026-03-10T12:00:00'))).get('xfinity')!.open).toBe(tasks.length - 1);
  });

  it('refuses to store an invalid case and leaves the database as it was', async () => {
    await expect(createCase({ deceasedName: '', dateOfDeath: 'yesterday', userRole: 'child' })).rejects.toThrow();
    expect(await db().cases.count()).toBe(0);
    expect(await db().settings.count()).toBe(0);
  });

  it('refuses an unknown task state', async () => {
    const c = await createCase({ deceasedName: 'R', dateOfDeath: '2026-03-02', userRole: 'spouse' });
    await addAccount(c.id, xfinity);
    const [task] = await tasksOfCase(c.id);
    await expect(updateTask(task!.id, { state: 'maybe' as never }, '2026-03-10')).rejects.toThrow();
    expect((await db().tasks.get(task!.id))?.state).toBe('todo');
  });
});

describe('migration from version 1', () => {
  it('keeps v1 data and gives tasks their links', async () => {
    const old = new Dexie(name);
    old.version(1).stores({ cases: 'id', accounts: 'id, caseId, providerId', tasks: 'id, caseId, accountId, state, dueDate', settings: 'key' });
    db().close();
    await old.open();
    const stamp = '2026-03-10T12:00:00.000Z';
    await old.table('cases').add({ id: 'c1', deceasedName: 'R', dateOfDeath: '2026-03-02', userRole: 'child', createdAt: stamp, updatedAt: stamp });
    await old.table('accounts').add({ id: 'a1', caseId: 'c1', providerId: 'xfinity', intent: 'close', createdAt: stamp, updatedAt: stamp });
    await old.table('tasks').add({ id: 't1', caseId: 'c1', accountId: 'a1', stepKey: 'notify', title: 'Tell Xfinity', state: 'done', order: 0, createdAt: stamp, updatedAt: stamp });
    old.close();

    const upgraded = new EstateDb(name);
    useDatabase(upgraded);
    await upgraded.open();
    expect(upgraded.verno).toBeGreaterThanOrEqual(2);
    const task = await upgraded.tasks.get('t1');
    expect(task?.state).toBe('done');
    expect(task?.links).toEqual({ contactIds: [], documentSentIds: [], evidenceIds: [] });
    expect(await upgraded.devices.count()).toBe(0);
    expect((await upgraded.cases.get('c1'))?.deceasedName).toBe('R');
  });
});
