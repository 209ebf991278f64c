import { describe, expect, it } from 'vitest';
import { keptCaseAccounts, keptCaseOverview, readCaseOverview, startFirstRead } from '../../../entrypoints/sidepanel/firstRead';
import { logContact } from '../../../lib/db/accountWrites';
import { activeCase, caseAccounts, caseOverview } from '../../../lib/db/caseReads';
import { addAccount, createCase, setActiveCase } from '../../../lib/db/caseWrites';
import { db } from '../../../lib/db/database';
import { stepsOfCase } from '../../../lib/db/steps';
import { progressTasks } from '../../../lib/derived/progress';
import { tallyTasks } from '../../../lib/derived/tally';
import { providerById } from '../../../lib/providers';
import { patchStep, rewriteSteps, useFreshDatabase } from '../freshDb';

useFreshDatabase('reads');
const xfinity = providerById('xfinity')!;
const att = providerById('att')!;

const today = '2026-03-20';
/** The tallies computed in memory from every step of the case (no records prove any), to compare with the read's. */
const tallied = async (caseId: string) =>
  tallyTasks(new Map(), progressTasks(await stepsOfCase(caseId), { contacts: [], documents: [], devices: [] }), today);

describe('the case overview', () => {
  it('reads the only case whole, with its steps tallied, odd ids included', async () => {
    const c = await createCase({ deceasedName: 'R', dateOfDeath: '2026-03-02', userRole: 'child' });
    const account = await addAccount(c.id, xfinity, 'close');
    // Ids that are not UUIDs, as an imported bundle could bring.
    const [template] = await stepsOfCase(c.id);
    await rewriteSteps((steps) => [
      ...steps,
      ...['', '0', '0fff', 'f', 'ffff-last', 'Task-7', 'z', '\u{1F600}'].map((id, i) => ({ ...template!, id, stepKey: `extra-${i}` })),
    ]);
    await patchStep('0', { state: 'done' });
    await patchStep('z', { dueDate: '2026-03-01' }); // overdue: the next step
    const overview = await caseOverview(today);
    expect(overview.current?.id).toBe(c.id);
    expect(overview.records?.accounts.map((a) => a.id)).toEqual([account.id]);
    const steps = overview.records!.steps.get(account.id)!;
    expect(steps).toEqual((await tallied(c.id)).get(account.id));
    expect(steps.total).toBe((await stepsOfCase(c.id)).length);
    expect(steps.todo).toBe(steps.total - 1);
    expect(steps).toMatchObject({ overdue: 1, next: { id: 'z' } });
  });

  it('counts the steps as the records tick them, and gives the next step with its progress, as the steps themselves would', async () => {
    const c = await createCase({ deceasedName: 'R', dateOfDeath: '2026-03-02', userRole: 'child' });
    const account = await addAccount(c.id, xfinity, 'close');
    const stamp = '2026-03-05T10:00:00.000Z';
    // A call ticks "Tell them about the death" (the first step); a device on its way back makes its return step wait.
    await logContact({ id: 'k1', caseId: c.id, accountId: account.id, at: stamp, channel: 'call', createdAt: stamp, updatedAt: stamp }, []);
    const device = { id: 'd1', caseId: c.id, accountId: account.id, kind: 'cable_modem', label: 'Modem', state: 'return_started' } as const;
    await db().devices.add({ ...device, createdAt: stamp, updatedAt: stamp });
    await rewriteSteps((steps) => [
      ...steps,
      { ...steps[0]!, id: 'ret', stepKey: 'return-device:d1', order: -1, title: 'Return the modem' },
    ]);
    const facts = { contacts: await db().contacts.toArray(), documents: [], devices: await db().devices.toArray() };
    const expected = tallyTasks(new Map(), progressTasks(await stepsOfCase(c.id), facts), today).get(account.id)!;
    const steps = (await caseOverview(today)).records!.steps.get(account.id)!;
    expect(steps).toEqual(expected);
    expect(steps.waiting).toBe(1);
    expect(steps.todo).toBe(steps.total - 3); // the call's step and the list of equipment are done
    // The step waiting on the device comes after the open ones; the next is shown as counted.
    expect(steps.next).toMatchObject({ state: 'todo', storedState: 'todo' });
    expect(steps.next?.stepKey).not.toBe('notify');
  });

  it('with several cases, gives only the active one', async () => {
    const first = await createCase({ deceasedName: 'A', dateOfDeath: '2026-03-02', userRole: 'child' });
    await addAccount(first.id, xfinity, 'close');
    const second = await createCase({ deceasedName: 'B', dateOfDeath: '2026-04-02', userRole: 'spouse' });
    await addAccount(second.id, att, 'transfer');
    await setActiveCase(first.id);
    const overview = await caseOverview(today);
    expect(overview.current?.id).toBe(first.id);
    expect(overview.cases.map((c) => c.deceasedName)).toEqual(['A', 'B']);
    expect(overview.records!.steps).toEqual(await tallied(first.id));
    expect(overview.records!.accounts.every((a) => a.providerId === 'xfinity')).toBe(true);
  });

  it('falls back to the newest case when the chosen one is gone, and is empty with no case', async () => {
    expect(await caseOverview(today)).toEqual({ cases: [], current: undefined, records: undefined });
    await createCase({ deceasedName: 'A', dateOfDeath: '2026-03-02', userRole: 'child' }, new Date('2026-03-10T10:00:00Z'));
    const newer = await createCase({ deceasedName: 'B', dateOfDeath: '2026-04-02', userRole: 'child' }, new Date('2026-04-10T10:00:00Z'));
    await setActiveCase('deleted-case');
    expect((await caseOverview(today)).current?.id).toBe(newer.id);
    expect((await activeCase())?.id).toBe(newer.id);
  });
});

describe('the panel’s first read', () => {
  it('is used once, and read anew when the database changed after it started', async () => {
    const c = await createCase({ deceasedName: 'R', dateOfDeath: '2026-03-02', userRole: 'child' });
    await startFirstRead(today, Promise.resolve(true));
    const early = readCaseOverview(today);
    expect(readCaseOverview(today)).not.toBe(early); // taken once
    expect((await early).current?.id).toBe(c.id);

    await startFirstRead(today, Promise.resolve(true));
    await caseOverview(today); // the early read is done by now, and holds no account
    await addAccount(c.id, xfinity, 'close'); // a change before the panel took it
    const fresh = await readCaseOverview(today);
    expect(fresh.records?.accounts).toHaveLength(1);

    // A step due today is not overdue today; on the next day the read is made anew, and it is.
    const [step] = await stepsOfCase(c.id);
    await patchStep(step!.id, { dueDate: today });
    await startFirstRead(today, Promise.resolve(true));
    await caseOverview(today);
    const nextDay = await readCaseOverview('2026-03-21');
    expect(nextDay.records?.steps.get(step!.accountId)?.overdue).toBe(1);
  });
});

describe('the case’s accounts (what a provider’s page lists)', () => {
  it('are the active case’s accounts only, with the cases; none without a case', async () => {
    expect(await caseAccounts()).toEqual({ cases: [], accounts: [] });
    const big = await createCase({ deceasedName: 'Big', dateOfDeath: '2026-03-02', userRole: 'child' });
    await addAccount(big.id, xfinity, 'close');
    const small = await createCase({ deceasedName: 'Small', dateOfDeath: '2026-03-02', userRole: 'child' });
    const mine = await addAccount(small.id, att, 'close');
    await setActiveCase(small.id);
    const read = await caseAccounts();
    expect(read.current?.id).toBe(small.id);
    expect(read.cases.map((x) => x.id)).toEqual([big.id, small.id]);
    expect(read.accounts.map((a) => a.id)).toEqual([mine.id]);
  });

  it('are read early and used once, kept while nothing changes, and read anew after a change', async () => {
    const c = await createCase({ deceasedName: 'R', dateOfDeath: '2026-03-02', userRole: 'child' });
    await startFirstRead(today, Promise.resolve(false));
    const first = keptCaseAccounts();
    expect((await first).accounts).toEqual([]);
    expect(keptCaseAccounts()).toBe(first);
    // On a provider's page the whole case is not read ahead: asked for, it is a read of its own.
    expect(readCaseOverview(today)).not.toBe(readCaseOverview(today));
    await addAccount(c.id, xfinity, 'close');
    const changed = keptCaseAccounts();
    expect(changed).not.toBe(first);
    expect((await changed).accounts).toHaveLength(1);
  });
});

describe('the overview the main view keeps', () => {
  it('is the same read while nothing changed, and read anew after a change or on another day', async () => {
    const c = await createCase({ deceasedName: 'R', dateOfDeath: '2026-03-02', userRole: 'child' });
    const first = keptCaseOverview(today);
    expect((await first).records?.accounts).toHaveLength(0);
    expect(keptCaseOverview(today)).toBe(first); // back on the Checklist: nothing read again

    await addAccount(c.id, xfinity, 'close');
    const changed = keptCaseOverview(today);
    expect(changed).not.toBe(first);
    expect((await changed).records?.accounts).toHaveLength(1);

    expect(keptCaseOverview('2026-03-21')).not.toBe(changed);
  });

  it('holds only the active case’s records', async () => {
    const big = await createCase({ deceasedName: 'Big', dateOfDeath: '2026-03-02', userRole: 'child' });
    await addAccount(big.id, xfinity, 'close');
    const small = await createCase({ deceasedName: 'Small', dateOfDeath: '2026-03-02', userRole: 'child' });
    await setActiveCase(small.id);
    const overview = await keptCaseOverview(today);
    expect(overview.current?.id).toBe(small.id);
    expect(overview.cases.map((x) => x.id)).toEqual([big.id, small.id]);
    expect(overview.records?.accounts).toEqual([]);
    expect(overview.records?.steps.size).toBe(0);
  });
});
