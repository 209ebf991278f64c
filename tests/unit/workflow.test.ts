import { describe, expect, it } from 'vitest';
import { deleteAccount, deleteContact, deleteDevice, logContact, resolvePromise, saveDevice, updateTask } from '../../lib/db/accountWrites';
import { addAccount, createCase, updateAccount } from '../../lib/db/caseWrites';
import { db } from '../../lib/db/database';
import { countStates, orderTasks } from '../../lib/derived/accountStatus';
import {
  addDays,
  dashboardOrder,
  daysUnacknowledged,
  deviceDeadline,
  maskAccountNumber,
  promiseStatus,
  summarizeAccount,
  summarizeCase,
} from '../../lib/derived/states';
import { tallyTasks } from '../../lib/derived/tally';
import type { Contact, Device, Task } from '../../lib/model';
import { checkContact, checkDevice, checkDocumentSent, cleanForm } from '../../lib/model/forms';
import { type Provider, providerById } from '../../lib/providers';
import { allSteps, stepById, useFreshDatabase } from './freshDb';

useFreshDatabase();

const xfinity = providerById('xfinity')!;
const stamp = '2026-03-10T12:00:00.000Z';

async function setup(intent: 'close' | 'transfer' = 'close') {
  const c = await createCase({ deceasedName: 'Robert Miller', dateOfDeath: '2026-03-02', userRole: 'child', survivorName: 'Ann Miller' });
  const account = await addAccount(c.id, xfinity, intent);
  return { c, account };
}

describe('promises', () => {
  it('pending, broken once the date passes, kept when the user says so', () => {
    expect(promiseStatus({ dueDate: '2026-03-15' }, '2026-03-15')).toBe('pending');
    expect(promiseStatus({ dueDate: '2026-03-15' }, '2026-03-16')).toBe('broken');
    expect(promiseStatus({ dueDate: '2026-03-15', resolution: 'kept' }, '2026-04-01')).toBe('kept');
    expect(promiseStatus({ dueDate: '2026-03-15', resolution: 'not_kept' }, '2026-03-10')).toBe('broken');
  });

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

describe('devices', () => {
  const device = (over: Partial<Device>): Device => ({
    id: 'd1',
    caseId: 'c',
    accountId: 'a',
    kind: 'cable_modem',
    label: 'Modem',
    state: 'pending',
    createdAt: stamp,
    updatedAt: stamp,
    ...over,
  });
  const directv = {
    equipment: {
      kinds: [],
      returnMethods: [],
      fees: [{ device: 'dvr' as const, upToUsd: 135, source: 's' }],
      notes: [],
      returnWindowDays: { days: 21, source: 's' },
    },
  } as unknown as Provider;

  it('is overdue past the return window counted from the disconnect date, with its known fee', () => {
    const dvr = device({ kind: 'dvr' });
    expect(deviceDeadline(dvr, { disconnectDate: '2026-03-01' }, directv, '2026-03-22')).toEqual({
      returnBy: '2026-03-22',
      basis: 'return_window',
      overdue: false,
      feeUsd: 135,
    });
    expect(deviceDeadline(dvr, { disconnectDate: '2026-03-01' }, directv, '2026-03-23').overdue).toBe(true);
    expect(deviceDeadline({ ...dvr, state: 'returned' }, { disconnectDate: '2026-03-01' }, directv, '2026-04-23').overdue).toBe(false);
  });

  it('a date the provider gave wins; an unknown window stays unknown (pending, not overdue)', () => {
    expect(deviceDeadline(device({ returnBy: '2026-03-05' }), { disconnectDate: '2026-03-01' }, directv, '2026-03-06')).toMatchObject({
      returnBy: '2026-03-05',
      basis: 'provider_date',
      overdue: true,
    });
    expect(deviceDeadline(device({}), { disconnectDate: '2026-03-01' }, xfinity, '2027-01-01')).toEqual({
      returnBy: undefined,
      basis: undefined,
      overdue: false,
      feeUsd: undefined,
    });
  });

  it('each device gets its own return step, ticked when the device is returned', async () => {
    const { account } = await setup();
    const box1 = device({ id: 'b1', caseId: account.caseId, accountId: account.id, kind: 'tv_box', label: 'TV box 1' });
    const modem = device({ id: 'm1', caseId: account.caseId, accountId: account.id, kind: 'cable_modem', label: 'Modem' });
    await saveDevice(box1, xfinity);
    await saveDevice(modem, xfinity);
    const step = async (id: string) => (await allSteps()).find((t) => t.stepKey === `return-device:${id}`);
    expect((await step('b1'))?.title).toBe('Return TV box 1');
    expect((await step('m1'))?.state).toBe('todo');
    await saveDevice({ ...box1, state: 'returned', returnedOn: '2026-03-09', receipt: 'R-1' }, xfinity);
    expect((await step('b1'))?.state).toBe('done');
    expect((await step('m1'))?.state).toBe('todo');
    const undo = await deleteDevice(modem);
    expect(await step('m1')).toBeUndefined();
    await undo.restore();
    expect(await step('m1')).toBeDefined();
  });

  it('a change of intent keeps the device steps and ticks', async () => {
    const { account } = await setup('close');
    await saveDevice(
      device({ id: 'b1', caseId: account.caseId, accountId: account.id, label: 'Box', state: 'returned', returnedOn: '2026-03-09' }),
      xfinity,
    );
    await updateAccount(account.id, { intent: 'transfer' }, xfinity);
    await updateAccount(account.id, { intent: 'close' }, xfinity);
    const steps = (await allSteps()).filter((t) => t.stepKey === 'return-device:b1');
    expect(steps).toHaveLength(1);
    expect(steps[0]?.state).toBe('done');
  });
});

describe('form checks', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it('refuses past events dated in the future, and absurd values', () => {
    const base = { id: 'k', caseId: 'c', accountId: 'a', channel: 'call', createdAt: stamp, updatedAt: stamp };
    const future = checkContact({ ...base, at: '2026-03-12T12:00:00.000Z' }, now);
    expect(future.ok === false && future.errors.at).toMatch(/has not happened yet/);
    const negative = checkContact(cleanForm({ ...base, at: stamp, holdMinutes: '-5' }, ['holdMinutes']), now);
    expect(negative.ok === false && negative.errors.holdMinutes).toBe('Time on hold cannot be negative.');
    const words = checkContact(cleanForm({ ...base, at: stamp, holdMinutes: 'ten' }, ['holdMinutes']), now);
    expect(words.ok).toBe(false);
    expect(checkContact(cleanForm({ ...base, at: stamp, holdMinutes: '45', representative: '' }, ['holdMinutes']), now)).toMatchObject({
      ok: true,
      value: { holdMinutes: 45 },
    });
  });

  it('documents: required fields, sent not in the future, acknowledged after sending', () => {
    const base = { id: 'd', caseId: 'c', accountId: 'a', createdAt: stamp, updatedAt: stamp };
    const empty = checkDocumentSent(cleanForm({ ...base, recipient: '  ', sentOn: '2026-03-01' }), '2026-03-10');
    expect(empty.ok === false && empty.errors.recipient).toBe('Who it went to (department or person) is needed.');
    expect(empty.ok === false && empty.errors.document).toBeDefined();
    const ok = { ...base, document: 'death_certificate', recipient: 'Bereavement team', channel: 'fax', sentOn: '2026-03-05' };
    expect(checkDocumentSent(ok, '2026-03-10').ok).toBe(true);
    const later = checkDocumentSent({ ...ok, sentOn: '2026-03-11' }, '2026-03-10');
    expect(later.ok === false && later.errors.sentOn).toMatch(/has not happened yet/);
    const before = checkDocumentSent({ ...ok, acknowledgedOn: '2026-03-04' }, '2026-03-10');
    expect(before.ok === false && before.errors.acknowledgedOn).toBe('It cannot be acknowledged before it was sent.');
    expect(daysUnacknowledged({ sentOn: '2026-03-01' }, '2026-03-15')).toBe(14);
    expect(daysUnacknowledged({ sentOn: '2026-03-01', acknowledgedOn: '2026-03-03' }, '2026-03-15')).toBeNull();
  });

  it('devices: returned needs a date, not in the future', () => {
    const base = { id: 'd', caseId: 'c', accountId: 'a', kind: 'tv_box', label: 'Box', createdAt: stamp, updatedAt: stamp };
    const noDate = checkDevice({ ...base, state: 'returned' }, '2026-03-10');
    expect(noDate.ok === false && noDate.errors.returnedOn).toBe('When was it returned?');
    const future = checkDevice({ ...base, state: 'returned', returnedOn: '2026-03-11' }, '2026-03-10');
    expect(future.ok === false && future.errors.returnedOn).toMatch(/has not happened yet/);
    const noLabel = checkDevice({ ...base, label: '', state: 'pending' }, '2026-03-10');
    expect(noLabel.ok === false && noLabel.errors.label).toBe('A name for the device is needed.');
  });
});

describe('helpers', () => {
  it('masks account numbers except the last four', () => {
    expect(maskAccountNumber('8499 0512 3456 7890')).toBe('•••• 7890');
    expect(maskAccountNumber('123')).toBe('•••');
    expect(maskAccountNumber(undefined)).toBe('');
  });
  it('adds days across months and DST changes', () => {
    expect(addDays('2026-03-01', 21)).toBe('2026-03-22');
    expect(addDays('2026-10-25', 10)).toBe('2026-11-04');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
  it('orders the dashboard: urgent first, done last', () => {
    const base = {
      providerId: 'xfinity',
      status: 'in_progress' as const,
      open: 1,
      overdue: 0,
      devicesOut: 0,
      devicesOverdue: 0,
      brokenPromises: 0,
    };
    const rows = [
      { ...base, accountId: 'done', status: 'done' as const, open: 0 },
      { ...base, accountId: 'calm' },
      { ...base, accountId: 'broken', brokenPromises: 1 },
    ].sort(dashboardOrder);
    expect(rows.map((r) => r.accountId)).toEqual(['broken', 'calm', 'done']);
  });
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
    const { syncAllChecklists } = await import('../../lib/db/caseWrites');
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

describe('tallying steps for the dashboard', () => {
  /** A small deterministic random source, so a failure can be replayed. */
  function random(seed: number) {
    return () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
  }
  const states = ['todo', 'waiting', 'done', 'skipped'] as const;

  it.each([1, 2, 3, 4, 5])('agrees with counting and ordering the steps themselves, whatever the batches (seed %i)', (seed) => {
    const next = random(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const today = '2026-03-20';
    const tasks: Task[] = Array.from({ length: 300 }, (_, i) => ({
      id: `t${i}`,
      caseId: 'c',
      accountId: pick(['a', 'b', 'c', 'd']),
      title: `Step ${i}`,
      state: pick(states),
      // Few distinct values, so ties on due date and order are common.
      dueDate: pick([undefined, '2026-03-01', '2026-03-19', today, '2026-03-25']),
      order: Math.floor(next() * 5),
      links: { contactIds: [], documentSentIds: [], evidenceIds: [] },
      createdAt: pick(['2026-03-02T10:00:00.000Z', '2026-03-03T10:00:00.000Z']),
      updatedAt: '2026-03-03T10:00:00.000Z',
    }));
    const tallies = new Map();
    for (let from = 0; from < tasks.length; ) {
      const to = from + 1 + Math.floor(next() * 40);
      tallyTasks(tallies, tasks.slice(from, to), today);
      from = to;
    }
    for (const accountId of ['a', 'b', 'c', 'd']) {
      const own = tasks.filter((t) => t.accountId === accountId);
      const open = own.filter((t) => t.state === 'todo' || t.state === 'waiting');
      expect(tallies.get(accountId)).toEqual({
        ...countStates(own),
        overdue: open.filter((t) => t.dueDate! < today).length,
        next: orderTasks(open, today)[0],
      });
    }
  });
});
