import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logContact, updateTask } from '../../../lib/db/accountWrites';
import { activeCase } from '../../../lib/db/caseReads';
import { addAccount, createCase } from '../../../lib/db/caseWrites';
import { db, EstateDb, useDatabase } from '../../../lib/db/database';
import { countsByProvider } from '../../../lib/db/reminderSnapshot';
import { stepsOfCase } from '../../../lib/db/steps';
import { providerById } from '../../../lib/providers';
import { stepById } from '../freshDb';

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
    const tasks = await stepsOfCase(c.id);
    expect(tasks.length).toBeGreaterThanOrEqual(5);
    expect(tasks.every((t) => t.accountId === account.id && t.state === 'todo')).toBe(true);

    // Survives closing and reopening the database.
    db().close();
    useDatabase(new EstateDb(name));
    expect((await stepsOfCase(c.id)).length).toBe(tasks.length);
  });

  it('counts what needs attention per provider; a tick by hand or by a record lowers the count', async () => {
    const c = await createCase({ deceasedName: 'R', dateOfDeath: '2026-03-02', userRole: 'spouse' });
    const account = await addAccount(c.id, xfinity, 'close');
    const tasks = await stepsOfCase(c.id);
    const notify = tasks.find((t) => t.stepKey === 'notify')!;
    const other = tasks.find((t) => t.stepKey === 'disconnect-date')!;
    const counts = async () => (await countsByProvider(new Date('2026-03-10T12:00:00'))).get('xfinity');
    expect(await counts()).toBeUndefined(); // open steps without a date need no attention
    await updateTask(notify, { dueDate: '2026-03-05' }, '2026-03-10');
    await updateTask(other, { dueDate: '2026-03-10' }, '2026-03-10');
    expect(await counts()).toMatchObject({ open: 2, overdue: 1 });
    // A call with Xfinity ticks "Tell Xfinity about the death": the overdue step no longer counts.
    await logContact(
      {
        id: 'c1',
        caseId: c.id,
        accountId: account.id,
        at: '2026-03-09T15:00:00.000Z',
        channel: 'call',
        createdAt: '2026-03-09T15:00:00.000Z',
        updatedAt: '2026-03-09T15:00:00.000Z',
      },
      [],
    );
    expect(await counts()).toMatchObject({ open: 1, overdue: 0 });
    await updateTask(other, { state: 'done' }, '2026-03-10');
    expect(await counts()).toBeUndefined();
  });

  it('refuses to store an invalid case and leaves the database as it was', async () => {
    await expect(createCase({ deceasedName: '', dateOfDeath: 'yesterday', userRole: 'child' })).rejects.toThrow();
    expect(await db().cases.count()).toBe(0);
    expect(await db().settings.count()).toBe(0);
  });

  it('refuses an unknown task state', async () => {
    const c = await createCase({ deceasedName: 'R', dateOfDeath: '2026-03-02', userRole: 'spouse' });
    await addAccount(c.id, xfinity);
    const [task] = await stepsOfCase(c.id);
    await expect(updateTask(task!, { state: 'maybe' as never }, '2026-03-10')).rejects.toThrow();
    expect((await stepById(task!.id))?.state).toBe('todo');
  });
});

describe('migrations', () => {
  const stamp = '2026-03-10T12:00:00.000Z';
  const v1Stores = { cases: 'id', accounts: 'id, caseId, providerId', tasks: 'id, caseId, accountId, state, dueDate', settings: 'key' };

  /** Opens the database as this version of the app does, after `old` wrote it. */
  async function upgradeFrom(old: Dexie): Promise<EstateDb> {
    old.close();
    const upgraded = new EstateDb(name);
    useDatabase(upgraded);
    await upgraded.open();
    return upgraded;
  }

  it('from version 1: keeps the data, gives tasks their links, and moves them into their checklist', async () => {
    const old = new Dexie(name);
    old.version(1).stores(v1Stores);
    db().close();
    await old.open();
    await old
      .table('cases')
      .add({ id: 'c1', deceasedName: 'R', dateOfDeath: '2026-03-02', userRole: 'child', createdAt: stamp, updatedAt: stamp });
    await old.table('accounts').add({ id: 'a1', caseId: 'c1', providerId: 'xfinity', intent: 'close', createdAt: stamp, updatedAt: stamp });
    await old.table('tasks').add({
      id: 't1',
      caseId: 'c1',
      accountId: 'a1',
      stepKey: 'notify',
      title: 'Tell Xfinity',
      state: 'done',
      order: 0,
      createdAt: stamp,
      updatedAt: stamp,
    });

    const upgraded = await upgradeFrom(old);
    expect(upgraded.verno).toBe(6);
    const checklist = await upgraded.checklists.get('a1');
    expect(checklist).toMatchObject({ id: 'a1', caseId: 'c1' });
    expect(checklist?.steps).toEqual([
      {
        id: 't1',
        caseId: 'c1',
        accountId: 'a1',
        stepKey: 'notify',
        title: 'Tell Xfinity',
        state: 'done',
        order: 0,
        links: { contactIds: [], documentSentIds: [], evidenceIds: [] },
        createdAt: stamp,
        updatedAt: stamp,
      },
    ]);
    expect(await upgraded.devices.count()).toBe(0);
    expect((await upgraded.cases.get('c1'))?.deceasedName).toBe('R');
  });

  it("from version 2: each account's steps become one checklist, in its case, and the old table is gone", async () => {
    const old = new Dexie(name);
    old.version(1).stores(v1Stores);
    old.version(2).stores({
      devices: 'id, caseId, accountId',
      documentsSent: 'id, caseId, accountId',
      contacts: 'id, caseId, accountId, at',
      promises: 'id, caseId, accountId, contactId, dueDate',
      evidence: 'id, caseId, accountId, capturedAt',
      blobs: 'id',
      userProviders: 'id, domain',
    });
    db().close();
    await old.open();
    const links = { contactIds: ['k1'], documentSentIds: [], evidenceIds: [] };
    const task = (id: string, caseId: string, accountId: string, state = 'todo') => ({
      id,
      caseId,
      accountId,
      title: `Step ${id}`,
      state,
      order: 0,
      links,
      createdAt: stamp,
      updatedAt: stamp,
    });
    const tasks = [task('t1', 'c1', 'a1', 'done'), task('t2', 'c1', 'a2'), task('t3', 'c1', 'a1'), task('t4', 'c2', 'b1', 'waiting')];
    await old.table('tasks').bulkAdd(tasks);
    await old
      .table('contacts')
      .add({ id: 'k1', caseId: 'c1', accountId: 'a1', at: stamp, channel: 'call', createdAt: stamp, updatedAt: stamp });

    const upgraded = await upgradeFrom(old);
    const checklists = await upgraded.checklists.toArray();
    expect(checklists.map((c) => [c.id, c.caseId, c.steps.map((t) => t.id).sort()]).sort()).toEqual([
      ['a1', 'c1', ['t1', 't3']],
      ['a2', 'c1', ['t2']],
      ['b1', 'c2', ['t4']],
    ]);
    expect(checklists.flatMap((c) => c.steps).sort((a, b) => a.id.localeCompare(b.id))).toEqual(tasks);
    expect(upgraded.backendDB().objectStoreNames.contains('tasks')).toBe(false);
    expect(await upgraded.contacts.count()).toBe(1);
  });

  it('from version 3: adds the escalations, empty, and leaves every record as it was', async () => {
    const old = new Dexie(name);
    old.version(1).stores(v1Stores);
    old.version(2).stores({
      devices: 'id, caseId, accountId',
      documentsSent: 'id, caseId, accountId',
      contacts: 'id, caseId, accountId, at',
      promises: 'id, caseId, accountId, contactId, dueDate',
      evidence: 'id, caseId, accountId, capturedAt',
      blobs: 'id',
      userProviders: 'id, domain',
    });
    old.version(3).stores({ tasks: null, checklists: 'id, caseId' });
    db().close();
    await old.open();
    const account = { id: 'a1', caseId: 'c1', providerId: 'xfinity', intent: 'close', createdAt: stamp, updatedAt: stamp };
    const promise = {
      id: 'p1',
      caseId: 'c1',
      accountId: 'a1',
      contactId: 'k1',
      what: 'Refund',
      dueDate: '2026-03-01',
      createdAt: stamp,
      updatedAt: stamp,
    };
    await old.table('accounts').add(account);
    await old.table('promises').add(promise);

    const upgraded = await upgradeFrom(old);
    expect(upgraded.verno).toBe(6);
    expect(await upgraded.escalations.count()).toBe(0);
    expect(await upgraded.accounts.toArray()).toEqual([account]);
    expect(await upgraded.promises.toArray()).toEqual([promise]);
    // The new table is indexed by case and account, as every kind of an account is.
    await upgraded.escalations.add({
      id: 'e1',
      caseId: 'c1',
      accountId: 'a1',
      level: 'supervisor',
      rung: 'supervisor',
      to: 'A supervisor at Xfinity',
      on: '2026-03-02',
      createdAt: stamp,
      updatedAt: stamp,
    });
    expect((await upgraded.escalations.where('accountId').equals('a1').toArray()).map((e) => e.id)).toEqual(['e1']);
    expect(await upgraded.escalations.where('caseId').equals('c1').count()).toBe(1);
  });
});
