import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SealError } from '../../../lib/vault/crypto';
import { isDamaged, isVaultLocked, reasonOf, VaultLockedError } from '../../../lib/vault/errors';

const damaged = 'This was changed or damaged on this computer after it was saved, so it cannot be opened. Nothing else was changed.';

describe('the reason a person is told', () => {
  it('for something sealed that does not open, is that it was changed or damaged, not what the crypto says', () => {
    expect(reasonOf(new SealError('This record is damaged.'))).toBe(damaged);
    // As Dexie passes it on from inside a transaction.
    const wrapped = new Dexie.AbortError('Transaction aborted', new SealError('This could not be opened: the key is wrong.'));
    expect(isDamaged(wrapped)).toBe(true);
    expect(reasonOf(wrapped)).toBe(damaged);
  });

  it('for anything else, is its own message', () => {
    expect(reasonOf(new Error('That record no longer exists.'))).toBe('That record no longer exists.');
    expect(reasonOf('plain words')).toBe('plain words');
    expect(isDamaged(new Error('x'))).toBe(false);
    expect(isVaultLocked(new Dexie.AbortError('Transaction aborted', new VaultLockedError()))).toBe(true);
    expect(isDamaged(new VaultLockedError())).toBe(false);
  });
});
