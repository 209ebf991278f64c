import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../lib/db/database';
import { changeSteps, stepsOfAccount, stepsOfCase, stepsRewrite } from '../../../lib/db/steps';
import { deleteWithUndo } from '../../../lib/db/undo';
import type { Task } from '../../../lib/model';
import { useFreshDatabase } from '../freshDb';

useFreshDatabase('steps');

const stamp = '2026-03-10T12:00:00.000Z';
const step = (id: string, accountId: string, contactIds: string[] = [], caseId = 'c1'): Task => ({
  id,
  caseId,
  accountId,
  title: `Step ${id}`,
  state: 'todo',
  order: 0,
  links: { contactIds, documentSentIds: [], evidenceIds: [] },
  createdAt: stamp,
  updatedAt: stamp,
});

describe("an account's steps, stored together", () => {
  it('are read by account and by case', async () => {
    await changeSteps({ id: 'a1', caseId: 'c1' }, () => [step('s1', 'a1'), step('s2', 'a1')]);
    await changeSteps({ id: 'a2', caseId: 'c1' }, () => [step('s3', 'a2')]);
    await changeSteps({ id: 'b1', caseId: 'c2' }, () => [step('s4', 'b1', [], 'c2')]);
    expect((await stepsOfAccount('a1')).map((t) => t.id)).toEqual(['s1', 's2']);
    expect((await stepsOfCase('c1')).map((t) => t.id).sort()).toEqual(['s1', 's2', 's3']);
    expect(await stepsOfAccount('nobody')).toEqual([]);
  });

  it('are not written again when a change leaves them as they were', async () => {
    await changeSteps({ id: 'a1', caseId: 'c1' }, () => [step('s1', 'a1')]);
    const put = vi.spyOn(db().checklists, 'put');
    await changeSteps({ id: 'a1', caseId: 'c1' }, (steps) => steps.map((t) => t));
    expect(put).not.toHaveBeenCalled();
    await changeSteps({ id: 'a1', caseId: 'c1' }, (steps) => steps.map((t) => ({ ...t, state: 'done' as const })));
    expect(put).toHaveBeenCalledTimes(1);
  });

  it('stay as they were when a change throws', async () => {
    await changeSteps({ id: 'a1', caseId: 'c1' }, () => [step('s1', 'a1')]);
    const before = await db().checklists.toArray();
    await expect(
      changeSteps({ id: 'a1', caseId: 'c1' }, () => {
        throw new Error('That task no longer exists.');
      }),
    ).rejects.toThrow('That task no longer exists.');
    expect(await db().checklists.toArray()).toEqual(before);
  });

  it('lose the steps a deletion drops and their links to the deleted record; untouched checklists are left out', async () => {
    await changeSteps({ id: 'a1', caseId: 'c1' }, () => [step('s1', 'a1', ['k1', 'k2']), step('follow-up', 'a1', ['k1'])]);
    await changeSteps({ id: 'a2', caseId: 'c1' }, () => [step('s3', 'a2', ['k2'])]);
    const { rows } = await stepsRewrite((t) => t.id === 'follow-up', { kind: 'contactIds', id: 'k1' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'a1', caseId: 'c1' });
    expect(rows[0]!.steps.map((t) => [t.id, t.links.contactIds])).toEqual([['s1', ['k2']]]);
    expect((await stepsRewrite(() => false, { kind: 'documentSentIds', id: 'nothing' })).rows).toEqual([]);
  });

  it('come back on undo as the deletion found them, and a step ticked meanwhile stays ticked', async () => {
    await changeSteps({ id: 'a1', caseId: 'c1' }, () => [step('s1', 'a1', ['k1']), step('follow-up', 'a1', ['k1']), step('s2', 'a1')]);
    const before = await stepsOfAccount('a1');
    const undo = await deleteWithUndo([], [await stepsRewrite((t) => t.id === 'follow-up', { kind: 'contactIds', id: 'k1' })]);
    expect((await stepsOfAccount('a1')).map((t) => [t.id, t.links.contactIds])).toEqual([
      ['s1', []],
      ['s2', []],
    ]);
    await changeSteps({ id: 'a1', caseId: 'c1' }, (steps) => steps.map((t) => (t.id === 's2' ? { ...t, state: 'done' as const } : t)));
    await undo.restore();
    const after = await stepsOfAccount('a1');
    expect(after.find((t) => t.id === 's2')?.state).toBe('done');
    expect([...after].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...before.map((t) => (t.id === 's2' ? { ...t, state: 'done' } : t))].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });
});
