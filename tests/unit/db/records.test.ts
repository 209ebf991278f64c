import { describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/database';
import { recordOfCase, removalsOfAccount, rowsOfCase } from '../../../lib/db/records';
import { changeSteps } from '../../../lib/db/steps';
import { seedCase } from '../../fixtures/bundle-seed';
import { useFreshDatabase, writeSeed } from '../freshDb';

describe('reading and deleting by kind', () => {
  useFreshDatabase('records');

  async function seed() {
    const s = seedCase();
    await writeSeed(s);
    return s;
  }
  const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();

  it('reads the rows of a case, steps from the checklists', async () => {
    const s = await seed();
    await db().devices.add({ ...s.devices[0]!, id: 'other-case', caseId: 'case-other' } as never);
    const rows = await rowsOfCase('case-miller', ['tasks', 'devices', 'evidence']);
    expect(Object.keys(rows)).toEqual(['tasks', 'devices', 'evidence']);
    expect(ids(rows.tasks)).toEqual(ids(s.tasks));
    expect(ids(rows.devices)).toEqual(ids(s.devices));
    expect(ids(rows.evidence)).toEqual(ids(s.evidence));
  });

  it('finds one record of a case, and none of another case', async () => {
    await seed();
    expect((await recordOfCase('tasks', 'task-att', 'case-miller'))?.id).toBe('task-att');
    expect((await recordOfCase('devices', 'dev-modem', 'case-miller'))?.id).toBe('dev-modem');
    expect(await recordOfCase('devices', 'dev-modem', 'case-other')).toBeUndefined();
    expect(await recordOfCase('tasks', 'task-att', 'case-other')).toBeUndefined();
    expect(await recordOfCase('contacts', 'nothing', 'case-miller')).toBeUndefined();
  });

  it('removes an account with every kind of record of it, its checklist and the files of its evidence', async () => {
    const s = await seed();
    await changeSteps({ id: 'acct-xfinity', caseId: 'case-miller' }, (steps) => steps);
    const removals = await removalsOfAccount('acct-xfinity');
    const byTable = Object.fromEntries(removals.map((r) => [r.table.name, [...r.ids].sort()]));
    const of = (rows: Array<{ id: string; accountId?: string }>) => ids(rows.filter((r) => r.accountId === 'acct-xfinity'));
    expect(byTable).toEqual({
      accounts: ['acct-xfinity'],
      checklists: ['acct-xfinity'],
      devices: of(s.devices),
      documentsSent: of(s.documentsSent),
      contacts: of(s.contacts),
      promises: of(s.promises),
      escalations: of(s.escalations),
      evidence: of(s.evidence),
      blobs: s.evidence
        .filter((e) => e.accountId === 'acct-xfinity')
        .flatMap((e) => e.files.map((f) => f.blobId))
        .sort(),
    });
    expect(byTable.devices!.length).toBeGreaterThan(0);
    expect(byTable.blobs!.length).toBeGreaterThan(0);
  });
});
