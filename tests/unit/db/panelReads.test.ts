import { describe, expect, it } from 'vitest';
import { caseOverview } from '../../../lib/db/caseReads';
import { addAccount, createCase, setActiveCase } from '../../../lib/db/caseWrites';
import { db } from '../../../lib/db/database';
import { LAST_CAPTURE } from '../../../lib/db/lastCapture';
import { accountRecords, lastCaptureOfTab, linkTargetsOfCase } from '../../../lib/db/panelReads';
import { reminderInput } from '../../../lib/db/reminderSnapshot';
import { stepsOfAccount, stepsOfCase } from '../../../lib/db/steps';
import type { Contact, Device, DocumentSent, Evidence, PromiseMade } from '../../../lib/model';
import { providerById } from '../../../lib/providers';
import { useFreshDatabase } from '../freshDb';

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
