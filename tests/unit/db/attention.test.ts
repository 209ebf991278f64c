import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../lib/bundle/export';
import { applyImport, inspectBundle } from '../../../lib/bundle/import';
import { localDate } from '../../../lib/dates';
import {
  addUserTask,
  deleteAccount,
  deleteContact,
  deleteDevice,
  deleteDocumentSent,
  deleteUserTask,
  logContact,
  resolvePromise,
  saveDevice,
  saveDocumentSent,
  updateTask,
} from '../../../lib/db/accountWrites';
import { attentionRows, keptTables } from '../../../lib/db/attention';
import { activeCase } from '../../../lib/db/caseReads';
import { db, EstateDb, useDatabase } from '../../../lib/db/database';
import { answerEscalation, saveEscalation } from '../../../lib/db/escalationWrites';
import { readReminderSettings, saveReminderSettings } from '../../../lib/db/reminderSettings';
import { badgeSnapshot, reminderInput, reminderSnapshot } from '../../../lib/db/reminderSnapshot';
import { stepsOfCase } from '../../../lib/db/steps';
import type { Undo } from '../../../lib/db/undo';
import { evidenceOfCase, proofPage, vaultSize } from '../../../lib/evidence/store';
import type { Contact, Device, DocumentSent, Escalation } from '../../../lib/model';
import { providerById } from '../../../lib/providers';
import { reminders } from '../../../lib/reminders/attention';
import { SEALED_FIELD } from '../../../lib/vault/seal';
import { setLockedReads, setVaultKey } from '../../../lib/vault/state';
import { seedCase } from '../../fixtures/bundle-seed';
import { useFreshDatabase, writeSeed } from '../freshDb';
import { seededRandom } from '../seededRandom';
import { resetVaultAfterEach, storedRows, storedText, vaultIn } from '../vaultTest';

useFreshDatabase('attention');
resetVaultAfterEach();

const seed = seedCase();
const records = { ...seed, blobs: [] };
const caseId = 'case-miller';

/** The attention rows built anew from every record as the app reads it (the full recount the kept rows must equal). */
async function rebuilt() {
  const d = db();
  const tables = Object.fromEntries(await Promise.all(keptTables.map(async (t) => [t, await d.table(t).toArray()] as const)));
  return attentionRows(tables).sort((a, b) => a.id.localeCompare(b.id));
}

async function kept() {
  return (await db().attention.toArray()).sort((a, b) => a.id.localeCompare(b.id));
}

/** The rules over every record of the active case, read in full (what the attention rows stand for). */
async function fullRead(now: Date) {
  const [estateCase, settings] = await Promise.all([activeCase(), readReminderSettings()]);
  const input = await reminderInput(estateCase!.id);
  return reminders(input, { ackDays: settings.ackDays, ackDaysSetAt: settings.updatedAt, providerOf: providerById }, localDate(now));
}

/**
 * The badge from the kept rows says what the full read of every record says, on several
 * days; and so do the reminders, word for word, reading only the records their items name.
 */
async function expectBadgeAsFullRead(): Promise<void> {
  const byKey = (items: readonly { key: string }[]) => [...items].sort((a, b) => a.key.localeCompare(b.key));
  for (const day of ['2026-03-01', '2026-03-10', '2026-03-21', '2026-04-30', '2026-09-01']) {
    const now = new Date(`${day}T12:00:00`);
    const [fast, full, snapshot] = await Promise.all([badgeSnapshot(now), fullRead(now), reminderSnapshot(now)]);
    expect(fast.summary).toEqual(full.summary);
    expect(fast.next).toEqual(full.next);
    expect(snapshot.summary).toEqual(full.summary);
    expect(snapshot.items).toEqual(full.items);
    expect(byKey(snapshot.calendar)).toEqual(byKey(full.calendar));
    expect(byKey(snapshot.dated)).toEqual(byKey(full.dated));
  }
}

describe('the attention rows the badge reads', () => {
  it('are written with the records, in the same transaction, and give the counts of a full read', async () => {
    await writeSeed(records);
    expect(await kept()).toEqual(await rebuilt());
    expect((await kept()).map((r) => r.id)).toEqual(['acct-att', 'acct-xfinity', 'facts:acct-att', 'facts:acct-xfinity']);
    expect((await badgeSnapshot(new Date('2026-03-21T12:00:00'))).summary.total.open).toBeGreaterThan(0);
    await expectBadgeAsFullRead();
  });

  it('a write that fails leaves them as they were', async () => {
    await writeSeed(records);
    const before = await kept();
    const d = db();
    await expect(
      d.transaction('rw', [d.contacts, d.promises], async () => {
        await d.contacts.put({ ...seed.contacts[0]!, id: 'contact-9', followUpDate: '2026-03-12' } as Contact);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await kept()).toEqual(before);
  });

  it('stay equal to a full recount after random writes, deletions, undos and settings changes', async () => {
    await writeSeed(records);
    const next = seededRandom(17);
    const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(next() * list.length)];
    const day = () => `2026-03-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const stamp = '2026-03-12T10:00:00.000Z';
    const undos: Undo[] = [];
    let n = 0;
    const accounts = () => db().accounts.where('caseId').equals(caseId).toArray();
    const operations: Array<() => Promise<unknown>> = [
      async () => {
        const step = pick(await stepsOfCase(caseId));
        if (step)
          await updateTask(
            step,
            { dueDate: next() < 0.8 ? day() : undefined, state: pick(['todo', 'waiting', 'done', 'skipped'] as const) },
            day(),
          );
      },
      async () => {
        const account = pick(await accounts());
        if (!account) return;
        n += 1;
        const contact: Contact = {
          id: `contact-r${n}`,
          caseId,
          accountId: account.id,
          at: `${day()}T09:00:00.000Z`,
          channel: 'call',
          referenceNumber: next() < 0.5 ? `REF-${n}` : undefined,
          followUpDate: next() < 0.5 ? day() : undefined,
          createdAt: stamp,
          updatedAt: stamp,
        };
        await logContact(contact, next() < 0.6 ? [{ what: `Promise ${n}`, dueDate: day() }] : []);
      },
      async () => {
        const promise = pick(await db().promises.toArray());
        if (promise) await resolvePromise(promise.id, pick(['kept', 'not_kept', undefined] as const), day());
      },
      async () => {
        const account = pick(await accounts());
        if (!account) return;
        n += 1;
        const device: Device = {
          id: `dev-r${n}`,
          caseId,
          accountId: account.id,
          kind: pick(['cable_modem', 'router', 'tv_box'] as const)!,
          label: `Box ${n}`,
          state: pick(['pending', 'return_started', 'returned', 'keep'] as const)!,
          returnBy: next() < 0.5 ? day() : undefined,
          followUpDate: next() < 0.3 ? day() : undefined,
          createdAt: stamp,
          updatedAt: stamp,
        };
        await saveDevice(device, undefined);
      },
      async () => {
        const device = pick(await db().devices.toArray());
        if (device) undos.push(await deleteDevice(device));
      },
      async () => {
        const account = pick(await accounts());
        if (!account) return;
        n += 1;
        const doc: DocumentSent = {
          id: `doc-r${n}`,
          caseId,
          accountId: account.id,
          document: pick(['death_certificate', 'obituary', 'letter'] as const)!,
          recipient: 'Team',
          channel: 'mail',
          sentOn: day(),
          acknowledgedOn: next() < 0.3 ? day() : undefined,
          followUpDate: next() < 0.3 ? day() : undefined,
          createdAt: stamp,
          updatedAt: stamp,
        };
        await saveDocumentSent(doc);
      },
      async () => {
        const doc = pick(await db().documentsSent.toArray());
        if (doc) undos.push(await deleteDocumentSent(doc.id));
      },
      async () => {
        const contact = pick(await db().contacts.toArray());
        if (contact) undos.push(await deleteContact(contact.id));
      },
      async () => {
        const account = pick(await accounts());
        if (!account) return;
        n += 1;
        const escalation: Escalation = {
          id: `esc-r${n}`,
          caseId,
          accountId: account.id,
          level: 'supervisor',
          rung: 'supervisor',
          to: 'A supervisor',
          on: day(),
          followUpDate: day(),
          createdAt: stamp,
          updatedAt: stamp,
        };
        await saveEscalation(escalation);
      },
      async () => {
        const escalation = pick(await db().escalations.toArray());
        if (escalation) await answerEscalation(escalation.id, next() < 0.7 ? day() : undefined);
      },
      async () => {
        const account = pick(await accounts());
        if (account) await addUserTask(account, 'Call again', next() < 0.7 ? day() : undefined);
      },
      async () => {
        const own = pick((await stepsOfCase(caseId)).filter((t) => !t.stepKey));
        if (own) undos.push(await deleteUserTask(own));
      },
      async () => {
        if (next() < 0.3) {
          const account = pick(await accounts());
          if (account) undos.push(await deleteAccount(account.id));
        }
      },
      async () => {
        const undo = undos.splice(Math.floor(next() * undos.length), 1)[0];
        if (undo) await undo.restore();
      },
      () => saveReminderSettings({ ackDays: 1 + Math.floor(next() * 30) }),
    ];
    for (let i = 0; i < 80; i++) {
      await pick(operations)!();
      expect(await kept()).toEqual(await rebuilt());
    }
    await expectBadgeAsFullRead();
  }, 60_000);

  it('keep nothing personal, and let the badge count with the lock on and no key', async () => {
    await vaultIn('on');
    await writeSeed(records);
    await updateTask(seed.tasks[2]!, { dueDate: '2026-03-15' }, '2026-03-12');
    const unlocked = await reminderSnapshot(new Date('2026-03-21T12:00:00'));
    const attention = JSON.stringify(await storedRows('attention'));
    for (const secret of ['CR-99812', 'Dana', 'Credit the March bill', 'Cable modem', 'XB7-001', 'bereavement', 'Confirmation'])
      expect(attention).not.toContain(secret);
    expect(await storedText()).not.toContain('CR-99812');

    setVaultKey(undefined);
    setLockedReads('redact');
    const locked = await badgeSnapshot(new Date('2026-03-21T12:00:00'));
    expect(locked.summary).toEqual(unlocked.summary);
    expect(locked.summary.total.open).toBeGreaterThan(0);
  });

  it('a row read while locked and written back keeps what its sealed reference number said', async () => {
    const key = await vaultIn('on');
    await writeSeed(records);
    const before = await kept();
    setVaultKey(undefined);
    setLockedReads('redact');
    // The background, locked, changes a clear field of a contact (its secrets stay sealed).
    const contact = (await db().contacts.get('contact-1'))!;
    expect(Object.hasOwn(contact, 'referenceNumber')).toBe(false);
    await db().contacts.put({ ...contact, followUpDate: '2026-03-30' });
    const entry = (await kept()).find((r) => r.id === 'facts:acct-xfinity') as unknown as {
      entries: Record<string, Record<string, unknown>>;
    };
    expect(entry.entries['contacts:contact-1']).toMatchObject({ hasReference: true, followUpDate: '2026-03-30' });
    expect(before).not.toEqual(await kept());
    setVaultKey(key);
    expect(await kept()).toEqual(await rebuilt());
  });
});

describe('an import', () => {
  it('keeps them right: a new case from a bundle, and a bundle merged into a case that changed since', async () => {
    await writeSeed(seed);
    const bundle = async () =>
      inspectBundle((await exportBundle({ caseId, includeSensitive: true, accountNumbers: 'full', now: new Date() })).blob);
    const plan = await bundle();
    const before = await kept();

    db().close();
    useDatabase(new EstateDb(`attention-import-${crypto.randomUUID()}`));
    try {
      await applyImport(plan, { kind: 'new' });
      expect(await kept()).toEqual(before);
      await expectBadgeAsFullRead();
      // Here, a step gets a date and a contact is deleted; the bundle (older) is merged back in.
      const step = (await stepsOfCase(caseId)).find((t) => t.id === 'task-att')!;
      await updateTask(step, { dueDate: '2026-03-08' }, '2026-03-12');
      await deleteContact('contact-1');
      await applyImport(plan, { kind: 'merge', caseId });
      expect(await kept()).toEqual(await rebuilt());
      await expectBadgeAsFullRead();
    } finally {
      const name = db().name;
      db().close();
      await Dexie.delete(name);
    }
  });
});

describe('the migration to version 5', () => {
  it('builds the attention rows from the records already kept, sealed or not, without the key', async () => {
    const name = db().name;
    db().close();
    await Dexie.delete(name);
    const old = new Dexie(name);
    old.version(4).stores({
      cases: 'id',
      accounts: 'id, caseId, providerId',
      settings: 'key',
      devices: 'id, caseId, accountId',
      documentsSent: 'id, caseId, accountId',
      contacts: 'id, caseId, accountId, at',
      promises: 'id, caseId, accountId, contactId, dueDate',
      evidence: 'id, caseId, accountId, capturedAt',
      blobs: 'id',
      userProviders: 'id, domain',
      checklists: 'id, caseId',
      escalations: 'id, caseId, accountId',
    });
    await old.open();
    await old.table('cases').bulkAdd(seed.cases);
    await old.table('accounts').bulkAdd(seed.accounts);
    for (const [id, steps] of Map.groupBy(seed.tasks, (t) => t.accountId))
      await old
        .table('checklists')
        .add({ id, caseId, steps: steps.map((t) => (t.id === 'task-att' ? { ...t, dueDate: '2026-03-09' } : t)) });
    for (const table of ['devices', 'documentsSent', 'promises', 'escalations', 'evidence'] as const)
      await old.table(table).bulkAdd(seed[table] as unknown[]);
    // A contact as the lock stores it: its secrets sealed away (this context has no key).
    const { referenceNumber: _r, department: _d, representative: _p, summary: _s, ...clear } = seed.contacts[0]!;
    await old.table('contacts').add({ ...clear, [SEALED_FIELD]: { f: ['referenceNumber'], d: new Uint8Array([1, 2, 3]) } });
    old.close();

    useDatabase(new EstateDb(name));
    await db().open();
    expect(db().verno).toBe(6);
    const rows = (await storedRows<{ id: string }>('attention')).sort((a, b) => a.id.localeCompare(b.id));
    expect(rows.map((r) => r.id)).toEqual(['acct-att', 'acct-xfinity', 'facts:acct-att', 'facts:acct-xfinity']);
    const xfinity = rows[3] as unknown as { entries: Record<string, Record<string, unknown>> };
    expect(Object.keys(xfinity.entries).sort()).toEqual(
      [
        'accounts:acct-xfinity',
        'checklists:task-return',
        'contacts:contact-1',
        'devices:dev-box',
        'devices:dev-modem',
        'documentsSent:doc-1',
        'escalations:escalation-1',
        'evidence:ev-bill',
        'evidence:ev-capture',
        'promises:promise-1',
        'promises:promise-2',
      ].sort(),
    );
    expect(xfinity.entries['promises:promise-1']).toEqual({
      table: 'promises',
      id: 'promise-1',
      accountId: 'acct-xfinity',
      dueDate: '2026-03-10',
    });
  });
});

describe('the migration to version 6', () => {
  it("adds the indexes of an account's latest calls and a case's newest proof, and builds the attention rows again with the bytes of the proof", async () => {
    const name = db().name;
    db().close();
    await Dexie.delete(name);
    const old = new Dexie(name);
    old.version(5).stores({
      cases: 'id',
      accounts: 'id, caseId, providerId',
      settings: 'key',
      devices: 'id, caseId, accountId',
      documentsSent: 'id, caseId, accountId',
      contacts: 'id, caseId, accountId, at',
      promises: 'id, caseId, accountId, contactId, dueDate',
      evidence: 'id, caseId, accountId, capturedAt',
      blobs: 'id',
      userProviders: 'id, domain',
      checklists: 'id, caseId',
      escalations: 'id, caseId, accountId',
      attention: 'id, caseId',
    });
    await old.open();
    const checklists = [...Map.groupBy(seed.tasks, (t) => t.accountId)].map(([id, steps]) => ({ id, caseId, steps }));
    const contacts = [
      ...seed.contacts,
      { ...seed.contacts[0]!, id: 'contact-later', at: '2026-03-20T15:00:00.000Z' },
      { ...seed.contacts[0]!, id: 'contact-earlier', at: '2026-03-01T15:00:00.000Z' },
    ];
    // Another case's proof as the lock stores it: its files' list sealed away (this context has no key).
    const secret = new Set(['title', 'url', 'pageText', 'referenceNumbers', 'files']);
    const clear = Object.fromEntries(Object.entries(seed.evidence[0]!).filter(([field]) => !secret.has(field)));
    const sealed = {
      ...clear,
      id: 'ev-sealed',
      caseId: 'case-other',
      accountId: 'acct-other',
      [SEALED_FIELD]: { f: ['files'], d: new Uint8Array([1]) },
    };
    const tables = { ...seed, checklists, contacts, evidence: [...seed.evidence, sealed] } as Record<string, readonly unknown[]>;
    for (const table of ['cases', 'accounts', 'checklists', 'devices', 'documentsSent', 'promises', 'escalations', 'contacts', 'evidence'])
      await old.table(table).bulkAdd(tables[table] as unknown[]);
    // The attention rows as version 5 built them: without the bytes of the proof.
    const v5Rows = attentionRows(tables as never).map((row) => {
      if (row.kind !== 'facts') return { ...row, proofBytes: undefined };
      const entries = Object.fromEntries(Object.entries(row.entries).map(([key, { bytes: _b, ...entry }]) => [key, entry]));
      return { ...row, entries };
    });
    await old.table('attention').bulkAdd(v5Rows);
    const before = Object.fromEntries(await Promise.all(keptTables.map(async (t) => [t, await old.table(t).toArray()] as const)));
    old.close();

    useDatabase(new EstateDb(name));
    await db().open();
    expect(db().verno).toBe(6);
    // Every record as it was.
    for (const table of keptTables) expect(await storedRows(table)).toEqual(before[table]);
    // An account's calls, newest first, by the new index.
    const latest = await db()
      .contacts.where('[accountId+at]')
      .between(['acct-xfinity', Dexie.minKey], ['acct-xfinity', Dexie.maxKey])
      .reverse()
      .toArray();
    const xfinityContacts = contacts.filter((c) => c.accountId === 'acct-xfinity').sort((a, b) => b.at.localeCompare(a.at));
    expect(latest.map((c) => c.id)).toEqual(xfinityContacts.map((c) => c.id));
    expect(latest[0]!.id).toBe('contact-later');
    // Each account's summary knows the bytes of its proof, except where the lock sealed the files' list.
    const summaries = new Map((await storedRows<{ id: string; proofBytes?: number }>('attention')).map((r) => [r.id, r.proofBytes]));
    const bytesOf = (accountId: string) =>
      seed.evidence.filter((e) => e.accountId === accountId).reduce((n, e) => n + e.files.reduce((m, f) => m + f.size, 0), 0);
    expect(summaries.get('acct-xfinity')).toBe(bytesOf('acct-xfinity'));
    expect(summaries.get('acct-att')).toBe(bytesOf('acct-att'));
    expect(summaries.get('acct-other')).toBeUndefined();
    // The badge counts as before, and the rows are the ones the writes keep.
    await expectBadgeAsFullRead();
    const ofMiller = attentionRows({ ...tables, evidence: seed.evidence } as never).sort((a, b) => a.id.localeCompare(b.id));
    expect((await kept()).filter((r) => r.id !== 'acct-other' && r.id !== 'facts:acct-other')).toEqual(ofMiller);

    // The Proof tab's page: the newest first, the count and the total without reading the rest.
    const page = await proofPage(caseId, 2);
    const newest = [...seed.evidence].sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
    expect(page.items.map((e) => e.id)).toEqual(newest.slice(0, 2).map((e) => e.id));
    expect(page.count).toBe(3);
    expect(page.bytes).toBe(vaultSize(await evidenceOfCase(caseId)));
    expect(page.bytes).toBe(bytesOf('acct-xfinity') + bytesOf('acct-att'));
  });
});
