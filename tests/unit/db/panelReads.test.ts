import { describe, expect, it } from 'vitest';
import { caseOverview } from '../../../lib/db/caseReads';
import { addAccount, createCase, setActiveCase } from '../../../lib/db/caseWrites';
import { db } from '../../../lib/db/database';
import { LAST_CAPTURE } from '../../../lib/db/lastCapture';
import {
  accountRecords,
  accountScreenRecords,
  callsSinceResolved,
  lastCaptureOfTab,
  latestCalls,
  linkTargetsOfCase,
} from '../../../lib/db/panelReads';
import { reminderInput } from '../../../lib/db/reminderSnapshot';
import { stepsOfAccount, stepsOfCase } from '../../../lib/db/steps';
import { escalationTriggers } from '../../../lib/escalation/triggers';
import { type Contact, contactOutcomes, type Device, type DocumentSent, type Evidence, type PromiseMade } from '../../../lib/model';
import { providerById } from '../../../lib/providers';
import { useFreshDatabase } from '../freshDb';
import { seededRandom } from '../seededRandom';

useFreshDatabase('panel-reads');

const stamp = '2026-03-04T10:00:00.000Z';

/** Two cases; the first has an Xfinity and an AT&T account, each with one record of every kind. */
async function estate() {
  const c = await createCase({ deceasedName: 'Robert Miller', dateOfDeath: '2026-03-02', userRole: 'child' });
  const other = await createCase({ deceasedName: 'Ruth Miller', dateOfDeath: '2025-01-02', userRole: 'spouse' });
  const xfinity = await addAccount(c.id, providerById('xfinity')!, 'close');
  const att = await addAccount(c.id, providerById('att')!, 'transfer');
  const elsewhere = await addAccount(other.id, providerById('verizon')!, 'close');
  const base = (id: string, accountId: string, caseId = c.id) => ({ id, caseId, accountId, createdAt: stamp, updatedAt: stamp });
  const d = db();
  for (const [a, caseId] of [
    [xfinity.id, c.id],
    [att.id, c.id],
    [elsewhere.id, other.id],
  ] as const) {
    await d.devices.add({ ...base(`device-${a}`, a, caseId), kind: 'cable_modem', label: 'Modem', state: 'pending' } as Device);
    await d.documentsSent.add({
      ...base(`doc-${a}`, a, caseId),
      document: 'death_certificate',
      recipient: 'Bereavement team',
      channel: 'fax',
      sentOn: '2026-03-05',
    } as DocumentSent);
    await d.contacts.add({ ...base(`contact-${a}`, a, caseId), at: stamp, channel: 'call' } as Contact);
    await d.promises.add({
      ...base(`promise-${a}`, a, caseId),
      contactId: `contact-${a}`,
      what: 'Credit',
      dueDate: '2026-03-10',
    } as PromiseMade);
  }
  return { caseId: c.id, xfinity, att, elsewhere };
}

describe("one account's records", () => {
  it('are the account, its steps and only its own devices, documents, contacts and promises', async () => {
    const { xfinity } = await estate();
    const records = await accountRecords(xfinity.id);
    expect(records.account).toEqual(xfinity);
    // The stored steps, each with the state its records give it: the call, the death certificate
    // and the modem tick the steps they prove; the rest keep their stored state.
    const stored = await stepsOfAccount(xfinity.id);
    expect(records.tasks.map(({ storedState, because, ...t }) => ({ ...t, state: storedState }))).toEqual(stored);
    expect(records.tasks.length).toBeGreaterThan(0);
    const done = records.tasks.filter((t) => t.state === 'done').map((t) => [t.stepKey, t.because?.id]);
    expect(done).toEqual([
      ['notify', `contact-${xfinity.id}`],
      ['proof-of-death', `doc-${xfinity.id}`],
      ['list-equipment', `device-${xfinity.id}`],
    ]);
    expect(records.devices.map((r) => r.id)).toEqual([`device-${xfinity.id}`]);
    expect(records.documents.map((r) => r.id)).toEqual([`doc-${xfinity.id}`]);
    expect(records.contacts.map((r) => r.id)).toEqual([`contact-${xfinity.id}`]);
    expect(records.promises.map((r) => r.id)).toEqual([`promise-${xfinity.id}`]);
  });

  it('of a deleted account: no account, nothing else', async () => {
    await estate();
    expect(await accountRecords('gone')).toEqual({
      account: undefined,
      tasks: [],
      devices: [],
      documents: [],
      contacts: [],
      promises: [],
      escalations: [],
    });
  });
});

describe('what proof can be linked to', () => {
  it("is the case's accounts, steps, devices and contacts, and no other case's", async () => {
    const { caseId, xfinity, att } = await estate();
    const targets = await linkTargetsOfCase(caseId);
    expect(targets.accounts.map((a) => a.id).sort()).toEqual([xfinity.id, att.id].sort());
    expect(targets.steps.map((s) => s.id).sort()).toEqual((await stepsOfCase(caseId)).map((s) => s.id).sort());
    expect(targets.devices.map((r) => r.id).sort()).toEqual([`device-${xfinity.id}`, `device-${att.id}`].sort());
    expect(targets.contacts.map((r) => r.id).sort()).toEqual([`contact-${xfinity.id}`, `contact-${att.id}`].sort());
  });
});

describe('a saved page with a confirmation number', () => {
  it('ticks the confirmation step, in the account view, the dashboard and the badge alike', async () => {
    const { caseId, att } = await estate();
    const page = {
      id: 'ev-ref',
      caseId,
      accountId: att.id,
      kind: 'page_capture',
      title: 'Request received',
      capturedAt: '2026-03-06T10:00:00.000Z',
      referenceNumbers: ['CNF-4821'],
      sensitive: false,
      files: [],
      createdAt: stamp,
      updatedAt: stamp,
    } as Evidence;
    const confirmation = async () => (await accountRecords(att.id)).tasks.find((t) => t.stepKey === 'confirmation');
    expect((await confirmation())?.because).toBeUndefined(); // not yet: the call has no number
    await db().evidence.add(page);
    expect((await confirmation())?.because).toMatchObject({ kind: 'evidence', id: 'ev-ref' });
    await setActiveCase(caseId);
    const overview = await caseOverview('2026-03-20');
    const viaAccount = (await accountRecords(att.id)).tasks.filter((t) => t.state === 'todo').length;
    expect(overview.records!.steps.get(att.id)?.todo).toBe(viaAccount);
    const snapshot = await reminderInput(caseId);
    const confirmationId = (await confirmation())!.id;
    expect(snapshot.tasks.some((t) => t.id === confirmationId)).toBe(false);
  });
});

describe('the last capture of a tab', () => {
  const evidence = (caseId: string, accountId?: string): Evidence =>
    ({
      id: 'ev-1',
      caseId,
      accountId,
      kind: 'page_capture',
      title: 'Confirmation',
      capturedAt: stamp,
      referenceNumbers: [],
      sensitive: false,
      files: [],
      createdAt: stamp,
      updatedAt: stamp,
    }) as Evidence;
  const reply = (tabId: number) => ({
    ok: true,
    at: stamp,
    tabId,
    evidenceId: 'ev-1',
    title: 'Confirmation',
    references: [],
    notes: [],
  });

  it('gives the capture, its proof, and the account it is linked to with its steps', async () => {
    const { caseId, xfinity } = await estate();
    await db().evidence.add(evidence(caseId, xfinity.id));
    await db().settings.put({ key: LAST_CAPTURE, value: reply(7) });
    const shown = await lastCaptureOfTab(7);
    expect(shown.capture).toMatchObject({ ok: true, tabId: 7, evidenceId: 'ev-1' });
    expect(shown.evidence?.id).toBe('ev-1');
    expect(shown.account).toEqual(xfinity);
    expect(shown.steps).toEqual(await stepsOfAccount(xfinity.id));
  });

  it('gives nothing for another tab, for no tab, or when nothing was captured', async () => {
    const { caseId } = await estate();
    expect(await lastCaptureOfTab(7)).toEqual({ steps: [] });
    await db().evidence.add(evidence(caseId));
    await db().settings.put({ key: LAST_CAPTURE, value: reply(7) });
    expect(await lastCaptureOfTab(8)).toEqual({ steps: [] });
    expect(await lastCaptureOfTab(undefined)).toEqual({ steps: [] });
  });

  it('gives a failed capture alone, and a capture whose proof is gone or unlinked without proof or account', async () => {
    const { caseId } = await estate();
    await db().settings.put({ key: LAST_CAPTURE, value: { ok: false, at: stamp, tabId: 7, reason: 'No access' } });
    expect(await lastCaptureOfTab(7)).toEqual({
      capture: { ok: false, at: stamp, tabId: 7, reason: 'No access', notProvider: false },
      steps: [],
    });
    await db().settings.put({ key: LAST_CAPTURE, value: reply(7) });
    expect(await lastCaptureOfTab(7)).toMatchObject({ evidence: undefined, account: undefined, steps: [] });
    await db().evidence.add(evidence(caseId));
    expect(await lastCaptureOfTab(7)).toMatchObject({ evidence: { id: 'ev-1' }, account: undefined, steps: [] });
  });

  it('ignores a stored outcome that does not have the expected shape', async () => {
    await db().settings.put({ key: LAST_CAPTURE, value: { tabId: 7, ok: 'yes' } });
    expect(await lastCaptureOfTab(7)).toEqual({ steps: [] });
  });
});

/**
 * An Xfinity account with `n` calls at random times (many at the same instant), some with a reference number,
 * some resolving things or finding "no record", and a few promises; beside it another account's calls.
 */
async function callsOnAnAccount(seed: number, n: number, outcomes = 0.2) {
  const next = seededRandom(seed);
  const c = await createCase({ deceasedName: 'Robert Miller', dateOfDeath: '2026-03-02', userRole: 'child' });
  const account = await addAccount(c.id, providerById('xfinity')!, 'close');
  const other = await addAccount(c.id, providerById('att')!, 'close');
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const call = (i: number, accountId: string): Contact => ({
    id: `con-${accountId}-${String(Math.floor(next() * 1e6)).padStart(6, '0')}-${i}`,
    caseId: c.id,
    accountId,
    // Thirty instants for up to 120 calls: ties are common.
    at: new Date(Date.parse(stamp) + Math.floor(next() * 30) * 3_600_000).toISOString(),
    channel: pick(['call', 'chat', 'email'] as const),
    ...(next() < 0.15 ? { referenceNumber: `REF-${i}` } : {}),
    ...(next() < outcomes ? { outcome: pick(contactOutcomes) } : {}),
    createdAt: stamp,
    updatedAt: stamp,
  });
  const calls = Array.from({ length: n }, (_, i) => call(i, account.id));
  await db().contacts.bulkAdd([...calls, ...Array.from({ length: 5 }, (_, i) => call(i, other.id))]);
  const promises = calls
    .filter(() => next() < 0.1)
    .map(
      (con, i): PromiseMade => ({
        id: `pro-${account.id}-${i}`,
        caseId: c.id,
        accountId: account.id,
        contactId: con.id,
        what: 'A refund',
        dueDate: '2026-03-20',
        createdAt: stamp,
        updatedAt: stamp,
      }),
    );
  await db().promises.bulkAdd(promises);
  // Newest first; of two at the same instant, the greater id first (the [accountId+at] index, reversed).
  const newestFirst = [...calls].sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1));
  return { account, calls, newestFirst, promises, next };
}

const seeds = Array.from({ length: 12 }, (_, i) => i + 1);

describe("an account's screen reads only its newest calls", () => {
  it('the newest N in order, and how many there are, on the [accountId+at] index', async () => {
    for (const seed of seeds) {
      const n = [0, 1, 19, 20, 21, 45, 120][seed % 7]!;
      const { account, newestFirst } = await callsOnAnAccount(seed, n);
      for (const limit of [1, 5, 20, 40, 200]) {
        const { calls, count } = await latestCalls(account.id, limit);
        expect(count).toBe(n);
        expect(calls.map((c) => c.id)).toEqual(newestFirst.slice(0, limit).map((c) => c.id));
      }
    }
  });

  it('pages with nothing lost or repeated: each page is the one before and the next calls after it', async () => {
    const { account, newestFirst } = await callsOnAnAccount(7, 65);
    const seen: string[] = [];
    for (let limit = 20; seen.length < 65; limit += 20) {
      const { calls } = await latestCalls(account.id, limit);
      expect(calls.slice(0, seen.length).map((c) => c.id)).toEqual(seen);
      seen.push(...calls.slice(seen.length).map((c) => c.id));
    }
    expect(seen).toEqual(newestFirst.map((c) => c.id));
    expect(new Set(seen).size).toBe(65);
  });

  it('reads down to an older call a reminder opens, or the call of a promise it opens', async () => {
    for (const seed of seeds) {
      const { account, newestFirst, promises, next } = await callsOnAnAccount(seed, 60);
      const target = newestFirst[20 + Math.floor(next() * 40)]!;
      const { calls } = await latestCalls(account.id, 20, target.id);
      expect(calls.map((c) => c.id)).toEqual(newestFirst.slice(0, calls.length).map((c) => c.id));
      expect(calls.map((c) => c.id)).toContain(target.id);
      // Down to it, and no further than the calls at its very instant.
      expect(calls.every((c) => c.at >= target.at)).toBe(true);
      const promise = promises.at(-1);
      if (promise) expect((await latestCalls(account.id, 20, promise.id)).calls.map((c) => c.id)).toContain(promise.contactId);
      // A newer call, or a record of another kind, reads the first page only.
      expect((await latestCalls(account.id, 20, newestFirst[3]!.id)).calls).toHaveLength(20);
      expect((await latestCalls(account.id, 20, 'no-such-record')).calls).toHaveLength(20);
    }
  });

  it('ticks the steps as the full read does: the latest call, and the latest call with a reference number however old', async () => {
    for (const seed of seeds) {
      const { account } = await callsOnAnAccount(seed, [0, 3, 30, 90][seed % 4]!);
      const full = await accountRecords(account.id);
      for (const limit of [1, 20]) {
        const shown = await accountScreenRecords(account.id, limit);
        const progress = (tasks: typeof full.tasks) => tasks.map((t) => [t.id, t.state, t.because?.id, t.because?.text]);
        expect(progress(shown.tasks)).toEqual(progress(full.tasks));
        expect(shown.callCount).toBe(full.contacts.length);
        expect(shown.promises).toEqual(full.promises);
      }
    }
  });

  it('the confirmation step is ticked by a call with a number older than the calls read', async () => {
    const { account, newestFirst } = await callsOnAnAccount(3, 40, 0);
    const numbered = newestFirst.filter((c) => c.referenceNumber);
    await db().contacts.bulkDelete(numbered.map((c) => c.id));
    const old = { ...newestFirst.at(-1)!, id: 'con-oldest', at: '2026-01-01T09:00:00.000Z', referenceNumber: 'CNF-1' };
    await db().contacts.add(old);
    const confirmation = (await accountScreenRecords(account.id, 20)).tasks.find((t) => t.stepKey === 'confirmation');
    expect(confirmation?.state).toBe('done');
    expect(confirmation?.because?.id).toBe('con-oldest');
  });

  it('gives the escalation rules the calls they need: the same reasons as every call gives', async () => {
    const options = { escalateDays: 14, ackDays: 14 };
    const empty = { tasks: [], promises: [], documents: [] };
    for (const seed of seeds) {
      // Often no call resolved anything among the newest 50: every call is read then.
      const { account } = await callsOnAnAccount(seed, [10, 60, 120][seed % 3]!, seed % 2 ? 0.05 : 0.5);
      const read = await callsSinceResolved(account.id);
      // Every call, as the full read gives them (the complaint packets' and the report's).
      const calls = (await accountRecords(account.id)).contacts;
      expect(escalationTriggers({ ...empty, contacts: read }, '2026-04-30', options)).toEqual(
        escalationTriggers({ ...empty, contacts: calls }, '2026-04-30', options),
      );
      expect(read.length).toBeLessThanOrEqual(calls.length);
    }
  });
});
