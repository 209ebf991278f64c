import { describe, expect, it } from 'vitest';
import { addAccount, createCase } from '../../../lib/db/caseWrites';
import { db } from '../../../lib/db/database';
import { answerEscalation, deleteEscalation, saveEscalation } from '../../../lib/db/escalationWrites';
import { accountRecords } from '../../../lib/db/panelReads';
import { reminderSnapshot } from '../../../lib/db/reminderSnapshot';
import type { Escalation } from '../../../lib/model';
import { checkEscalation } from '../../../lib/model/forms';
import { providerById } from '../../../lib/providers';
import { useFreshDatabase } from '../freshDb';

useFreshDatabase('escalations');

const stamp = '2026-11-05T10:00:00.000Z';
async function estate() {
  const c = await createCase({ deceasedName: 'Robert Miller', dateOfDeath: '2026-09-02', userRole: 'spouse' });
  const account = await addAccount(c.id, providerById('xfinity')!, 'close');
  const escalation: Escalation = {
    id: 'e1',
    caseId: c.id,
    accountId: account.id,
    level: 'regulator',
    rung: 'fcc',
    to: 'Federal Communications Commission',
    on: '2026-11-05',
    referenceNumber: 'FCC-1234567',
    followUpDate: '2026-12-05',
    createdAt: stamp,
    updatedAt: stamp,
  };
  return { account, escalation };
}

describe('recording a rung climbed', () => {
  it('keeps it on its account, and its follow-up counts on the badge once due, until they answer', async () => {
    const { account, escalation } = await estate();
    await saveEscalation(escalation, new Date(stamp));
    expect((await accountRecords(account.id)).escalations).toEqual([escalation]);
    const items = async (day: string) =>
      (await reminderSnapshot(new Date(`${day}T12:00:00`))).items
        .filter((i) => i.kind === 'escalation_answer')
        .map((i) => [i.key, i.overdue]);
    expect(await items('2026-12-04')).toEqual([]);
    expect(await items('2026-12-06')).toEqual([['escalation_answer:e1', true]]);
    await answerEscalation('e1', '2026-12-01');
    expect((await db().escalations.get('e1'))?.answeredOn).toBe('2026-12-01');
    expect(await items('2026-12-06')).toEqual([]);
    await answerEscalation('e1', undefined);
    expect((await db().escalations.get('e1'))?.answeredOn).toBeUndefined();
  });

  it('refuses an invalid one and leaves the stored data as it was', async () => {
    const { escalation } = await estate();
    await saveEscalation(escalation, new Date(stamp));
    await expect(saveEscalation({ ...escalation, to: '' })).rejects.toThrow();
    await expect(saveEscalation({ ...escalation, level: 'shouting' as never })).rejects.toThrow();
    await expect(saveEscalation({ ...escalation, id: 'e2', accountId: 'gone' })).rejects.toThrow('That account no longer exists.');
    await expect(answerEscalation('e1', 'yesterday')).rejects.toThrow();
    expect(await db().escalations.toArray()).toEqual([escalation]);
  });

  it('can be deleted, and the deletion undone', async () => {
    const { escalation } = await estate();
    await saveEscalation(escalation, new Date(stamp));
    const undo = await deleteEscalation('e1');
    expect(await db().escalations.count()).toBe(0);
    await undo.restore();
    expect(await db().escalations.get('e1')).toEqual(escalation);
  });
});

describe('the form’s checks', () => {
  const candidate = {
    id: 'e1',
    caseId: 'c1',
    accountId: 'a1',
    level: 'supervisor',
    rung: 'supervisor',
    to: 'A supervisor at Xfinity',
    on: '2026-11-05',
    followUpDate: '2026-11-19',
    createdAt: stamp,
    updatedAt: stamp,
  };
  it('accepts what was done today or before, with a follow-up after it', () => {
    expect(checkEscalation(candidate, '2026-11-05').ok).toBe(true);
  });
  it('refuses a day in the future, a follow-up before the day, and a missing day, each in plain words', () => {
    expect(checkEscalation(candidate, '2026-11-04')).toEqual({
      ok: false,
      errors: { on: 'This has not happened yet: use today or an earlier date.' },
    });
    expect(checkEscalation({ ...candidate, followUpDate: '2026-11-01' }, '2026-11-30')).toEqual({
      ok: false,
      errors: { followUpDate: 'Their answer cannot be due before the day you did it.' },
    });
    const { on: _, ...noDay } = candidate;
    expect(checkEscalation(noDay, '2026-11-30').ok).toBe(false);
  });
});
