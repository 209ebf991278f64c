import { beforeEach, describe, expect, it } from 'vitest';
import { addAccount, createCase } from '../../../lib/db/caseWrites';
import { db, EstateDb, useDatabase } from '../../../lib/db/database';
import { isSaved, saveReferenceToAccount } from '../../../lib/db/references';
import { stepsOfAccount } from '../../../lib/db/steps';
import { providerById } from '../../../lib/providers';
import { patchStep, rewriteSteps, stepById } from '../freshDb';

const now = new Date('2026-11-22T15:00:00');
const ref = { label: 'Confirmation number', value: 'CNF-4821-XYZ' };
const url = 'https://www.xfinity.com/support/confirmation';

async function xfinityAccount() {
  const c = await createCase({ deceasedName: 'Robert Miller', dateOfDeath: '2026-03-02', userRole: 'child' });
  return addAccount(c.id, providerById('xfinity')!, 'close');
}

describe('saveReferenceToAccount', () => {
  beforeEach(() => useDatabase(new EstateDb(`refs-${Math.random()}`)));

  it('notes the number on the confirmation step and ticks it', async () => {
    const account = await xfinityAccount();
    expect(await saveReferenceToAccount(account.id, ref, url, now)).toBe('task');
    const task = (await stepsOfAccount(account.id)).find((t) => t.stepKey === 'confirmation')!;
    expect(task.state).toBe('done');
    expect(task.note).toBe(`Confirmation number: CNF-4821-XYZ (seen 2026-11-22, from ${url})`);
    expect(isSaved('CNF-4821-XYZ', account, [task])).toBe(true);
    expect(isSaved('OTHER-1', account, [task])).toBe(false);
  });

  it('saves the same number once, and a second number on its own line', async () => {
    const account = await xfinityAccount();
    await saveReferenceToAccount(account.id, ref, url, now);
    await saveReferenceToAccount(account.id, ref, url, now);
    await saveReferenceToAccount(account.id, { label: 'Ticket number', value: 'INC0012345' }, url, now);
    const task = (await stepsOfAccount(account.id)).find((t) => t.stepKey === 'confirmation')!;
    expect(task.note!.split('\n')).toHaveLength(2);
    expect(task.note).toContain('Ticket number: INC0012345');
  });

  it('falls back to the account notes when the step is gone', async () => {
    const account = await xfinityAccount();
    const step = (await stepsOfAccount(account.id)).find((t) => t.stepKey === 'confirmation')!;
    await rewriteSteps((steps) => steps.filter((t) => t.id !== step.id));
    expect(await saveReferenceToAccount(account.id, ref, undefined, now)).toBe('account');
    expect((await db().accounts.get(account.id))!.notes).toBe('Confirmation number: CNF-4821-XYZ (seen 2026-11-22)');
  });

  it('refuses, and changes nothing, when the account is gone or the note is full', async () => {
    await expect(saveReferenceToAccount('missing', ref, url, now)).rejects.toThrow('That account no longer exists.');
    const account = await xfinityAccount();
    const step = (await stepsOfAccount(account.id)).find((t) => t.stepKey === 'confirmation')!;
    await patchStep(step.id, { note: 'x'.repeat(4990) });
    await expect(saveReferenceToAccount(account.id, ref, url, now)).rejects.toThrow(/note is full/);
    const after = await stepById(step.id);
    expect(after!.state).toBe('todo');
    expect(after!.note).toBe('x'.repeat(4990));
  });
});
