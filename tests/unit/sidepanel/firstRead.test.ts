import { describe, expect, it, vi } from 'vitest';
import { readAccountScreen, startFirstRead } from '../../../entrypoints/sidepanel/firstRead';
import { addAccount, createCase } from '../../../lib/db/caseWrites';
import { db } from '../../../lib/db/database';
import { pageSizes } from '../../../lib/model/pageSizes';
import { providerById } from '../../../lib/providers';
import { useFreshDatabase } from '../freshDb';

useFreshDatabase('first-read');

/** How many times an account's screen was read from the database. */
const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../lib/db/panelReads', async (original) => {
  const panelReads = await original<typeof import('../../../lib/db/panelReads')>();
  return {
    ...panelReads,
    accountScreenRecords: (...args: Parameters<typeof panelReads.accountScreenRecords>) => {
      reads.count += 1;
      return panelReads.accountScreenRecords(...args);
    },
  };
});

async function caseWithAccount() {
  const c = await createCase({ deceasedName: 'Robert Miller', dateOfDeath: '2026-02-20', userRole: 'child' });
  return addAccount(c.id, providerById('xfinity')!, 'close');
}

describe("a provider's page: its accounts read as their screens read them, at once", () => {
  it('the early read is what the account screen takes first, once; after it, a fresh one', async () => {
    const account = await caseWithAccount();
    await startFirstRead('2026-03-20', Promise.resolve(false), Promise.resolve([account.id]));
    await new Promise((resolve) => setTimeout(resolve, 0));
    reads.count = 0;
    // Read before the screen asked: taken as it is.
    const first = readAccountScreen(account.id, pageSizes.calls);
    expect(reads.count).toBe(0);
    const again = readAccountScreen(account.id, pageSizes.calls);
    expect(reads.count).toBe(1);
    expect(again).not.toBe(first);
    expect((await first).account?.id).toBe(account.id);
    expect(await again).toEqual(await first);
  });

  it('not for another page of calls or a call to reveal, and not once the database changed', async () => {
    const account = await caseWithAccount();
    await startFirstRead('2026-03-20', Promise.resolve(false), Promise.resolve([account.id]));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await db().accounts.update(account.id, { notes: 'Changed meanwhile' });
    // The change is known to this context (Dexie's storagemutated): the early read is dropped.
    expect((await readAccountScreen(account.id, pageSizes.calls)).account?.notes).toBe('Changed meanwhile');
    await startFirstRead('2026-03-20', Promise.resolve(false), Promise.resolve([account.id]));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const more = await readAccountScreen(account.id, pageSizes.calls * 2);
    expect(more.latestCalls).toEqual([]);
  });
});
