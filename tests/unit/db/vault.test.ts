import { describe, expect, it } from 'vitest';
import { logContact } from '../../../lib/db/accountWrites';
import { caseOverview } from '../../../lib/db/caseReads';
import { updateAccount } from '../../../lib/db/caseWrites';
import { db, EstateDb } from '../../../lib/db/database';
import { saveLastCapture } from '../../../lib/db/lastCapture';
import { accountRecords, accountScreenRecords, callsSinceResolved } from '../../../lib/db/panelReads';
import { pageFacts } from '../../../lib/db/progressReads';
import { rowsOfCase } from '../../../lib/db/records';
import { reminderSnapshot } from '../../../lib/db/reminderSnapshot';
import { changeSteps, stepsOfAccount } from '../../../lib/db/steps';
import { sealSpecs } from '../../../lib/db/vault';
import { setSensitive } from '../../../lib/evidence/store';
import { caseRecordKinds, recordKinds } from '../../../lib/model/records';
import { SealError } from '../../../lib/vault/crypto';
import { VaultLockedError } from '../../../lib/vault/errors';
import { SEALED_FIELD } from '../../../lib/vault/seal';
import { setLockedReads, setVaultKey } from '../../../lib/vault/state';
import { seedCase } from '../../fixtures/bundle-seed';
import { useFreshDatabase, writeSeed } from '../freshDb';
import { resetVaultAfterEach, storedRows, storedText, vaultIn } from '../vaultTest';

useFreshDatabase('vault');
resetVaultAfterEach();

const seed = seedCase();
const records = { ...seed, blobs: [] };

/** Every text a stranger must not read: each secret field's value in the seed (for files: their names). */
function secretTexts(): string[] {
  const out: string[] = [];
  const rows = seed as unknown as Record<string, Array<Record<string, unknown>>>;
  for (const kind of recordKinds) {
    for (const row of rows[kind.key === 'case' ? 'cases' : kind.key] ?? []) {
      for (const field of kind.secret) {
        const value = row[field];
        if (typeof value === 'string') out.push(value);
        else if (Array.isArray(value)) for (const v of value) out.push(typeof v === 'string' ? v : (v as { name: string }).name);
      }
    }
  }
  return out.filter((text) => text.length >= 4);
}

async function everyRecord() {
  return rowsOfCase(
    'case-miller',
    caseRecordKinds.map((k) => k.key),
  );
}

describe('the field layer, lock on and unlocked', () => {
  it('stores no secret field in the clear, and gives every record back exactly as written', async () => {
    await writeSeed(records);
    const plain = await everyRecord();
    const plainCase = await db().cases.get('case-miller');

    await db().delete();
    await db().open();
    await vaultIn('on');
    await writeSeed(records);

    const stored = await storedText();
    expect(secretTexts().length).toBeGreaterThan(30);
    expect(secretTexts().filter((text) => stored.includes(JSON.stringify(text).slice(1, -1)))).toEqual([]);
    // What stays readable for the indexes and the badge.
    expect(stored).toContain('"caseId":"case-miller"');
    expect(stored).toContain('"providerId":"xfinity"');
    expect(stored).toContain('"dueDate":"2026-03-10"');
    expect(stored).toContain('"state":"pending"');

    expect(await everyRecord()).toEqual(plain);
    expect(await db().cases.get('case-miller')).toEqual(plainCase);
  });

  it('seals each row under its own id: a sealed part copied to another row does not open', async () => {
    await vaultIn('on');
    await writeSeed(records);
    const [a, b] = await storedRows<Record<string, unknown>>('promises');
    const raw = new EstateDb(db().name, { sealing: false });
    await raw.table('promises').put({ ...b, [SEALED_FIELD]: a![SEALED_FIELD] });
    raw.close();
    const moved = await db().promises.get(b!.id as string);
    expect(() => moved!.what).toThrow(SealError);
    expect((await db().promises.get(a!.id as string))!.what).toBeTruthy();
  });

  it('refuses a sealed row whose bytes were changed', async () => {
    await vaultIn('on');
    await writeSeed(records);
    const [row] = await storedRows<Record<string, { f: string[]; d: Uint8Array }>>('contacts');
    const d = row![SEALED_FIELD]!.d.slice();
    d[20]! ^= 1;
    const raw = new EstateDb(db().name, { sealing: false });
    await raw.table('contacts').put({ ...row, [SEALED_FIELD]: { ...row![SEALED_FIELD], d } });
    // A step of a checklist, likewise: each step has its own seal in the row's part.
    const [list] = await raw.table('checklists').toArray();
    const part = list[SEALED_FIELD];
    const steps = part.d.slice();
    steps[30] ^= 1; // inside the first step's seal
    await raw.table('checklists').put({ ...list, [SEALED_FIELD]: { ...part, d: steps } });
    raw.close();
    const contact = await db().contacts.get('contact-1');
    expect(() => contact!.summary).toThrow(SealError);
    const [first, ...rest] = await stepsOfAccount(list.id);
    expect(() => first!.title).toThrow(SealError);
    expect(first!.state).toBeDefined();
    expect(rest.map((t) => t.title)).toEqual(seed.tasks.filter((t) => t.accountId === list.id && t.id !== first!.id).map((t) => t.title));
  });

  it('works inside transactions: a step changed, a contact logged with its promises, an account edited', async () => {
    await vaultIn('on');
    await writeSeed(records);
    await changeSteps({ id: 'acct-att', caseId: 'case-miller' }, (steps) => steps.map((s) => ({ ...s, note: 'Asked for the supervisor' })));
    expect((await stepsOfAccount('acct-att'))[0]!.note).toBe('Asked for the supervisor');
    await logContact(
      {
        id: 'contact-2',
        caseId: 'case-miller',
        accountId: 'acct-att',
        at: '2026-03-11T10:00:00.000Z',
        channel: 'call',
        summary: 'MARKER-7731 was said',
        representative: 'Lee',
        createdAt: '2026-03-11T10:00:00.000Z',
        updatedAt: '2026-03-11T10:00:00.000Z',
      },
      [{ what: 'Refund in 5 days', dueDate: '2026-03-16' }],
    );
    await updateAccount('acct-att', { notes: 'Ask about the phone' }, undefined);
    const records2 = await accountRecords('acct-att');
    expect(records2.contacts.map((c) => c.summary)).toEqual(['MARKER-7731 was said']);
    expect(records2.tasks.map((t) => t.title)).toContain('Check: Refund in 5 days (promised by Lee)');
    expect(records2.account?.notes).toBe('Ask about the phone');
    const stored = await storedText();
    for (const text of ['MARKER-7731', 'Refund in 5 days', 'Ask about the phone', 'Asked for the supervisor'])
      expect(stored).not.toContain(text);
  });

  it("an account's screen reads its newest calls on the index, opened like any read, with the same steps and counts", async () => {
    await vaultIn('on');
    await writeSeed(records);
    for (const account of records.accounts) {
      const full = await accountRecords(account.id);
      const shown = await accountScreenRecords(account.id, 1);
      const newest = [...full.contacts].sort((a, b) => b.at.localeCompare(a.at) || (a.id < b.id ? 1 : -1)).slice(0, 1);
      expect(shown.latestCalls.map((c) => [c.id, c.summary, c.representative])).toEqual(
        newest.map((c) => [c.id, c.summary, c.representative]),
      );
      expect(shown.callCount).toBe(full.contacts.length);
      expect(shown.tasks.map((t) => [t.title, t.state, t.because?.text])).toEqual(
        full.tasks.map((t) => [t.title, t.state, t.because?.text]),
      );
      // No call of the seed resolved things: the escalation rules get every call, opened.
      expect(full.contacts.some((c) => c.outcome === 'resolved')).toBe(false);
      expect((await callsSinceResolved(account.id)).map((c) => c.summary).sort()).toEqual(full.contacts.map((c) => c.summary).sort());
    }
  });

  it("a checklist keeps one byte array: its steps' seals kept when no secret changed, sealed anew when one did", async () => {
    await vaultIn('on');
    await writeSeed(records);
    const stored = async () => {
      const rows = await storedRows<{
        id: string;
        steps: Array<Record<string, unknown>>;
        _vault: { f: string[]; d: Uint8Array; o: number[] };
      }>('checklists');
      return rows.find((row) => row.id === 'acct-xfinity')!;
    };
    const before = await stored();
    // The steps keep their clear fields in place and nothing secret; no step has a part of its own.
    for (const step of before.steps) {
      expect(step.state).toBeDefined();
      expect(step).not.toHaveProperty('title');
      expect(step).not.toHaveProperty(SEALED_FIELD);
    }
    expect(before._vault.f).toContain('task-notify/title');
    // A clear field set on the steps read, the row written back: the sealed part is written as it was.
    const read = await db().checklists.get('acct-xfinity');
    read!.steps.find((s) => s.id === 'task-notify')!.dueDate = '2026-04-01';
    await db().checklists.put(read!);
    const kept = await stored();
    expect(kept._vault.d).toEqual(before._vault.d);
    expect(kept.steps.find((s) => s.id === 'task-notify')!.dueDate).toBe('2026-04-01');
    // A title changed and a note filled in: sealed anew, and both read back.
    await changeSteps({ id: 'acct-xfinity', caseId: 'case-miller' }, (steps) =>
      steps.map((s) => {
        if (s.id === 'task-return') return { ...s, title: 'List every device, with serials' };
        if (s.id === 'task-followup') s.note = 'Called twice'; // a field it did not have, set on the object read
        return s;
      }),
    );
    const after = await stored();
    expect(after._vault.d).not.toEqual(before._vault.d);
    // Only the changed steps were sealed anew: an untouched step's seal is the same bytes.
    const sealOf = (row: typeof before, stepId: string) => {
      const ids = [...new Set(row._vault.f.map((f) => f.slice(0, f.lastIndexOf('/'))))];
      const i = ids.indexOf(stepId);
      return row._vault.d.slice(i === 0 ? 0 : row._vault.o[i - 1], row._vault.o[i]);
    };
    expect(sealOf(after, 'task-notify')).toEqual(sealOf(before, 'task-notify'));
    expect(sealOf(after, 'task-return')).not.toEqual(sealOf(before, 'task-return'));
    expect(after._vault.f).toContain('task-followup/note');
    const steps = await stepsOfAccount('acct-xfinity');
    expect(steps.find((s) => s.id === 'task-return')!.title).toBe('List every device, with serials');
    expect(steps.find((s) => s.id === 'task-followup')!.note).toBe('Called twice');
    expect(steps.find((s) => s.id === 'task-notify')!.title).toBe('Tell Xfinity about the death');
    expect(await storedText()).not.toContain('Called twice');
  });

  it("a checklist's sealed part does not open in another checklist's row", async () => {
    await vaultIn('on');
    await writeSeed(records);
    const raw = new EstateDb(db().name, { sealing: false });
    const [a, b] = await raw.table('checklists').toArray();
    await raw.table('checklists').put({ ...b, steps: a.steps, [SEALED_FIELD]: a[SEALED_FIELD] });
    raw.close();
    const moved = await stepsOfAccount(b.id);
    expect(() => moved[0]!.title).toThrow(SealError);
  });

  it('seals the last capture (it names the page and its reference numbers)', async () => {
    await vaultIn('on');
    await saveLastCapture({
      ok: true,
      at: '2026-03-11T10:00:00.000Z',
      tabId: 3,
      evidenceId: 'ev-1',
      title: 'Your confirmation MARKER-7731',
      references: ['CNF-1'],
      notes: [],
    });
    expect(await storedText()).not.toContain('MARKER-7731');
    expect((await db().settings.get('lastCapture'))?.value).toMatchObject({ title: 'Your confirmation MARKER-7731' });
  });

  it('indexes no secret field', () => {
    for (const table of db().tables) {
      const spec = sealSpecs.get(table.name);
      if (!spec) continue;
      const indexed = [table.schema.primKey, ...table.schema.indexes].map((i) => String(i.keyPath));
      expect(indexed.filter((path) => spec.fields.includes(path) || path === spec.nested)).toEqual([]);
    }
  });

  it("reads a sealed table through a cursor (anyOf) although the browser's cursor getters refuse any other `this`", async () => {
    // Like Chromium's IDBCursor (WebIDL): key and primaryKey answer only for the cursor itself,
    // which fake-indexeddb does not check. Before the fix this threw "Illegal invocation".
    const proto = globalThis.IDBCursor.prototype; // fake-indexeddb's, installed by the setup
    const original = ['key', 'primaryKey'].map((name) => [name, Object.getOwnPropertyDescriptor(proto, name)!] as const);
    for (const [name, descriptor] of original)
      Object.defineProperty(proto, name, {
        ...descriptor,
        get(this: object) {
          if (!Object.hasOwn(this, '_key')) throw new TypeError('Illegal invocation');
          return descriptor.get!.call(this);
        },
      });
    try {
      await writeSeed(records);
      for (const mode of ['off', 'on'] as const) {
        if (mode === 'on') await vaultIn('on');
        const pages = await pageFacts(['acct-xfinity', 'acct-att']);
        expect(pages.map((p) => p.id).sort(), mode).toEqual(seed.evidence.map((e) => e.id).sort());
        const titles = await db().evidence.where('accountId').anyOf(['acct-xfinity', 'nobody']).toArray();
        expect(
          titles.map((e) => e.title),
          mode,
        ).toContain('Xfinity – Confirmation <script>');
      }
    } finally {
      for (const [name, descriptor] of original) Object.defineProperty(proto, name, descriptor);
    }
  });

  it('refuses a plain file while the lock is on', async () => {
    await vaultIn('on');
    await expect(db().blobs.put({ id: 'b-1', data: new Blob(['MARKER']) })).rejects.toThrow(/without encryption/);
    expect(await storedRows('blobs')).toEqual([]);
  });
});

describe('the field layer, locked', () => {
  it('refuses to read or write anything personal in the panel, and leaves the data as it was', async () => {
    await vaultIn('on');
    await writeSeed(records);
    const before = await storedText();
    setVaultKey(undefined);
    await expect(caseOverview('2026-03-11')).rejects.toThrow(VaultLockedError);
    await expect(updateAccount('acct-att', { notes: 'x' }, undefined)).rejects.toThrow(VaultLockedError);
    await expect(db().contacts.put({ ...seed.contacts[0]!, id: 'contact-9' } as never)).rejects.toThrow(VaultLockedError);
    expect(await storedText()).toBe(before);
  });

  it('lets the badge count (states and dates), without any personal text', async () => {
    await vaultIn('on');
    await writeSeed(records);
    const unlocked = await reminderSnapshot(new Date('2026-03-21T12:00:00'));
    setVaultKey(undefined);
    setLockedReads('redact');
    const locked = await reminderSnapshot(new Date('2026-03-21T12:00:00'));
    expect(locked.summary.total).toEqual(unlocked.summary.total);
    expect(locked.summary.total.open).toBeGreaterThan(0);
    expect([...locked.summary.byProvider]).toEqual([...unlocked.summary.byProvider]);
    expect(JSON.stringify(locked.items)).not.toContain('Credit the March bill');
  });

  it('a clear field changed while locked keeps the sealed ones', async () => {
    const key = await vaultIn('on');
    await writeSeed(records);
    setVaultKey(undefined);
    setLockedReads('redact');
    await setSensitive('ev-bill', true);
    setVaultKey(key);
    expect(await db().evidence.get('ev-bill')).toMatchObject({ sensitive: true, title: 'Final bill', files: seed.evidence[1]!.files });
  });
});
