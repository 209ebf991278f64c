import { describe, expect, it, vi } from 'vitest';
import { createCase } from '../../../lib/db/caseWrites';
import { keptRead } from '../../../lib/db/kept';
import { setVaultKey } from '../../../lib/vault/state';
import { useFreshDatabase } from '../freshDb';

useFreshDatabase('kept');

/** Lets Dexie's storagemutated (fired after the write's transaction) reach its listeners. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('a read kept until anything changes', () => {
  it('answers the same key from memory, reads again for another key, after a write and when the vault changes', async () => {
    let reads = 0;
    const read = vi.fn(async (key: string) => `${key}:${++reads}`);
    const kept = keptRead(read, (key) => key);
    expect(await kept('a')).toBe('a:1');
    expect(await kept('a')).toBe('a:1');
    expect(await kept('b')).toBe('b:2');
    await createCase({ deceasedName: 'R', dateOfDeath: '2026-03-02', userRole: 'child' });
    await settle();
    expect(await kept('b')).toBe('b:3');
    expect(await kept('b')).toBe('b:3');
    setVaultKey(new Uint8Array(32));
    setVaultKey(undefined);
    expect(await kept('b')).toBe('b:4');
    // A write told by a message (one past Dexie, which its events do not carry).
    kept.forget();
    expect(await kept('b')).toBe('b:5');
  });

  it('keeps neither a refused read nor one a write overtook', async () => {
    let fail = true;
    let reads = 0;
    const kept = keptRead(
      async () => {
        reads += 1;
        if (fail) throw new Error('locked');
        return reads;
      },
      () => 'k',
    );
    await expect(kept()).rejects.toThrow('locked');
    fail = false;
    expect(await kept()).toBe(2);
    // A write lands while a read is under way: that read is answered, but not kept.
    const slowKept = keptRead(
      async () => {
        const at = ++reads;
        await createCase({ deceasedName: `R${at}`, dateOfDeath: '2026-03-02', userRole: 'child' });
        await settle();
        return at;
      },
      () => 'k',
    );
    const first = await slowKept();
    expect(await slowKept()).toBeGreaterThan(first);
  });
});
