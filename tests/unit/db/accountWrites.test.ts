import { describe, expect, it } from 'vitest';
import {
  deleteAccount,
  deleteContact,
  deleteDevice,
  logContact,
  resolvePromise,
  saveDevice,
  updateContact,
  updateTask,
} from '../../../lib/db/accountWrites';
import { addAccount, createCase, updateAccount } from '../../../lib/db/caseWrites';
import { db } from '../../../lib/db/database';
import { accountRecords } from '../../../lib/db/panelReads';
import { summarizeAccount, summarizeCase } from '../../../lib/derived/states';
import { tallyTasks } from '../../../lib/derived/tally';
import type { Contact } from '../../../lib/model';
import { providerById } from '../../../lib/providers';
import { aDevice } from '../../fixtures/records';
import { allSteps, stepById, useFreshDatabase } from '../freshDb';

useFreshDatabase();

const xfinity = providerById('xfinity')!;
const stamp = '2026-03-10T12:00:00.000Z';

async function setup(intent: 'close' | 'transfer' = 'close') {
  const c = await createCase({ deceasedName: 'Robert Miller', dateOfDeath: '2026-03-02', userRole: 'child', survivorName: 'Ann Miller' });
  const account = await addAccount(c.id, xfinity, intent);
  return { c, account };
}

describe('promises', () => {
  it('a promise in a logged call becomes a follow-up task; kept closes it; the call can be deleted and restored', async () => {
    const { account } = await setup();
    const contact: Contact = {
      id: 'k1',
      caseId: account.caseId,
      accountId: account.id,
      at: stamp,
      channel: 'call',
      representative: 'Dana',
      referenceNumber: 'REF-1',
      createdAt: stamp,
      updatedAt: stamp,
    };
    const [promise] = await logContact(contact, [{ what: 'Refund in 5 days', dueDate: '2026-03-15' }]);
    const followUp = (await allSteps()).find((t) => t.promiseId === promise!.id)!;
    expect(followUp).toMatchObject({ title: 'Check: Refund in 5 days (promised by Dana)', dueDate: '2026-03-15', state: 'todo' });
    expect(followUp.links.contactIds).toEqual(['k1']);

    await resolvePromise(promise!.id, 'kept', '2026-03-14');
    expect((await db().promises.get(promise!.id))?.resolution).toBe('kept');
    expect((await stepById(followUp.id))?.state).toBe('done');

    // Unticking the follow-up takes the "kept" back.
    await updateTask(followUp, { state: 'todo' }, '2026-03-16');
    expect((await db().promises.get(promise!.id))?.resolution).toBeUndefined();
    // Ticking it means it was kept.
    await updateTask(followUp, { state: 'done' }, '2026-03-16');
    expect(await db().promises.get(promise!.id)).toMatchObject({ resolution: 'kept', resolvedOn: '2026-03-16' });

    const undo = await deleteContact('k1');
    expect(await db().contacts.count()).toBe(0);
    expect(await db().promises.count()).toBe(0);
    expect(await stepById(followUp.id)).toBeUndefined();
    await undo.restore();
    expect(await db().contacts.count()).toBe(1);
    expect(await stepById(followUp.id)).toBeDefined();
  });

  it('stores nothing when a promise is invalid', async () => {
    const { account } = await setup();
    const contact: Contact = {
      id: 'k2',
      caseId: account.caseId,
      accountId: account.id,
      at: stamp,
      channel: 'chat',
      createdAt: stamp,
      updatedAt: stamp,
    };
    const tasksBefore = (await allSteps()).length;
    await expect(logContact(contact, [{ what: '', dueDate: '2026-03-15' }])).rejects.toThrow();
    expect(await db().contacts.count()).toBe(0);
    expect((await allSteps()).length).toBe(tasksBefore);
  });
});

describe('correcting a logged call', () => {
  const call = (accountId: string, caseId: string): Contact => ({
    id: 'k3',
    caseId,
    accountId,
    at: stamp,
    channel: 'call',
    representative: 'Dana',
    createdAt: stamp,
    updatedAt: stamp,
  });

  it('keeps its promises, their follow-ups (titles follow the corrected name) and what was resolved; adds new promises', async () => {
    const { account } = await setup();
    const [promise] = await logContact(call(account.id, account.caseId), [{ what: 'Credit of $54.20', dueDate: '2026-03-20' }]);
    await resolvePromise(promise!.id, 'kept', '2026-03-19');
    const stepsBefore = (await allSteps()).length;

    const added = await updateContact(
      { ...call(account.id, account.caseId), representative: 'Dana R.', summary: 'Said the credit is on the way.', outcome: 'promise' },
      [{ what: 'Final bill by mail', dueDate: '2026-04-01' }],
      new Date('2026-03-12T09:00:00Z'),
    );
    expect(await db().contacts.get('k3')).toMatchObject({
      representative: 'Dana R.',
      summary: 'Said the credit is on the way.',
      createdAt: stamp,
      updatedAt: '2026-03-12T09:00:00.000Z',
    });
    expect(await db().promises.get(promise!.id)).toMatchObject({ what: 'Credit of $54.20', resolution: 'kept' });
    const steps = await allSteps();
    expect(steps).toHaveLength(stepsBefore + 1);
    expect(steps.find((t) => t.promiseId === promise!.id)).toMatchObject({
      title: 'Check: Credit of $54.20 (promised by Dana R.)',
      state: 'done',
    });
    expect(steps.find((t) => t.promiseId === added[0]!.id)).toMatchObject({
      title: 'Check: Final bill by mail (promised by Dana R.)',
      state: 'todo',
    });
  });

  it('never moves it to another account or case, and refuses an entry no longer there or an invalid change, changing nothing', async () => {
    const { account } = await setup();
    await logContact(call(account.id, account.caseId), []);
    await updateContact({ ...call('another', 'other-case'), summary: 'x' });
    expect(await db().contacts.get('k3')).toMatchObject({ accountId: account.id, caseId: account.caseId, summary: 'x' });
    const before = { contacts: await db().contacts.toArray(), steps: await allSteps(), promises: await db().promises.toArray() };
    await expect(updateContact({ ...call(account.id, account.caseId), id: 'gone' })).rejects.toThrow(/no longer in the log/);
    await expect(updateContact({ ...call(account.id, account.caseId), at: 'not a date' })).rejects.toThrow();
    await expect(updateContact(call(account.id, account.caseId), [{ what: '', dueDate: '2026-04-01' }])).rejects.toThrow();
    expect({ contacts: await db().contacts.toArray(), steps: await allSteps(), promises: await db().promises.toArray() }).toEqual(before);
  });
});

describe('devices', () => {
  it('each device gets its own return step, ticked when the device is returned', async () => {
    const { account } = await setup();
    const box1 = aDevice({ id: 'b1', caseId: account.caseId, accountId: account.id, kind: 'tv_box', label: 'TV box 1' });
    const modem = aDevice({ id: 'm1', caseId: account.caseId, accountId: account.id, kind: 'cable_modem', label: 'Modem' });
    await saveDevice(box1, xfinity);
    await saveDevice(modem, xfinity);
    // As shown and counted: the tick follows the device, it is not stored.
    const step = async (id: string) => (await accountRecords(account.id)).tasks.find((t) => t.stepKey === `return-device:${id}`);
    expect((await step('b1'))?.title).toBe('Return TV box 1');
    expect((await step('m1'))?.state).toBe('todo');
    await saveDevice({ ...box1, state: 'returned', returnedOn: '2026-03-09', receipt: 'R-1' }, xfinity);
    expect(await step('b1')).toMatchObject({ state: 'done', storedState: 'todo', because: { kind: 'devices', id: 'b1' } });
    expect((await step('m1'))?.state).toBe('todo');
    const undo = await deleteDevice(modem);
    expect(await step('m1')).toBeUndefined();
    await undo.restore();
    expect(await step('m1')).toBeDefined();
  });

  it('a change of intent keeps the device steps and ticks', async () => {
    const { account } = await setup('close');
    await saveDevice(
      aDevice({ id: 'b1', caseId: account.caseId, accountId: account.id, label: 'Box', state: 'returned', returnedOn: '2026-03-09' }),
      xfinity,
    );
    await updateAccount(account.id, { intent: 'transfer' }, xfinity);
    await updateAccount(account.id, { intent: 'close' }, xfinity);
    const steps = (await accountRecords(account.id)).tasks.filter((t) => t.stepKey === 'return-device:b1');
    expect(steps).toHaveLength(1);
    expect(steps[0]?.state).toBe('done');
  });
});

describe('helpers', () => {
  it('summarizes a whole case the same way as each account alone', async () => {
    const { account } = await setup();
    const tasks = await allSteps();
    const steps = tallyTasks(new Map(), tasks, '2026-03-10');
    const alone = summarizeAccount(account, { steps: steps.get(account.id)!, devices: [], promises: [] }, xfinity, '2026-03-10');
    expect(summarizeCase({ accounts: [account], steps, devices: [], promises: [] }, () => xfinity, '2026-03-10')).toEqual([alone]);
  });
  it('summarizes an account', async () => {
    const { account } = await setup();
    const tasks = await allSteps();
    const s = summarizeAccount(
      account,
      { steps: tallyTasks(new Map(), tasks, '2026-03-10').get(account.id)!, devices: [], promises: [] },
      xfinity,
      '2026-03-10',
    );
    expect(s).toMatchObject({ status: 'not_started', open: tasks.length, overdue: 0, nextStep: 'Tell Xfinity about the death' });
  });
  it('deleting an account removes everything recorded for it, and undo restores it', async () => {
    const { account } = await setup();
    await saveDevice(
      {
        id: 'b',
        caseId: account.caseId,
        accountId: account.id,
        kind: 'tv_box',
        label: 'Box',
        state: 'pending',
        createdAt: stamp,
        updatedAt: stamp,
      },
      xfinity,
    );
    const tasks = (await allSteps()).length;
    const undo = await deleteAccount(account.id);
    expect(await db().accounts.count()).toBe(0);
    expect((await allSteps()).length).toBe(0);
    expect(await db().devices.count()).toBe(0);
    await undo.restore();
    expect((await allSteps()).length).toBe(tasks);
    expect(await db().devices.count()).toBe(1);
  });
});

describe('after an update', () => {
  it('regenerates every checklist from new provider data, keeping ticks, and writes nothing when nothing changed', async () => {
    const { account } = await setup();
    const notify = (await allSteps()).find((t) => t.stepKey === 'notify')!;
    await updateTask(notify, { state: 'done', note: 'Used the form' }, '2026-03-10');
    const renamed = { ...xfinity, name: 'Xfinity (Comcast)' };
    const { syncAllChecklists } = await import('../../../lib/db/caseWrites');
    expect(await syncAllChecklists((id) => (id === 'xfinity' ? renamed : undefined))).toBe(1);
    expect(await stepById(notify.id)).toMatchObject({
      title: 'Tell Xfinity (Comcast) about the death',
      state: 'done',
      note: 'Used the form',
    });
    const before = JSON.stringify(await allSteps());
    await syncAllChecklists((id) => (id === 'xfinity' ? renamed : undefined));
    expect(JSON.stringify(await allSteps())).toBe(before);
    expect(account.id).toBeDefined();
  });

  it('with the lock on, remembers the update and makes it at the next unlock; any other failure is not hidden', async () => {
    await setup();
    const { syncChecklistsOrDefer, checklistSyncPending } = await import('../../../lib/db/caseWrites');
    const { VaultLockedError } = await import('../../../lib/vault/errors');
    const locked = () => {
      throw new VaultLockedError();
    };
    expect(await syncChecklistsOrDefer(locked)).toBe(false);
    expect(await checklistSyncPending()).toBe(true);
    await expect(
      syncChecklistsOrDefer(() => {
        throw new Error('disk');
      }),
    ).rejects.toThrow('disk');
    expect(await checklistSyncPending()).toBe(true);
    const renamed = { ...xfinity, name: 'Xfinity (Comcast)' };
    expect(await syncChecklistsOrDefer((id) => (id === 'xfinity' ? renamed : undefined))).toBe(true);
    expect(await checklistSyncPending()).toBe(false);
    expect((await allSteps()).some((t) => t.title === 'Tell Xfinity (Comcast) about the death')).toBe(true);
  });
});

describe('links between steps and records', () => {
  it('a deleted call or document is unlinked from its steps, and undo links it again', async () => {
    const { account } = await setup();
    const contact: Contact = {
      id: 'k9',
      caseId: account.caseId,
      accountId: account.id,
      at: stamp,
      channel: 'call',
      createdAt: stamp,
      updatedAt: stamp,
    };
    await logContact(contact, []);
    const notify = (await allSteps()).find((t) => t.stepKey === 'notify')!;
    await updateTask(notify, { links: { ...notify.links, contactIds: ['k9'] } }, '2026-03-10');
    expect((await stepById(notify.id))?.links.contactIds).toEqual(['k9']);
    const undo = await deleteContact('k9');
    expect((await stepById(notify.id))?.links.contactIds).toEqual([]);
    await undo.restore();
    expect((await stepById(notify.id))?.links.contactIds).toEqual(['k9']);
  });
});
