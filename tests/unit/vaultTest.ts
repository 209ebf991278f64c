/** Helpers for tests of the vault lock: the mode and key of this context, and the rows as stored. */
import { afterEach } from 'vitest';
import { db, EstateDb } from '../../lib/db/database';
import { VAULT_SETTING } from '../../lib/db/vault';
import { newKey } from '../../lib/vault/crypto';
import { setLockedReads, setVaultKey, setVaultMode, type VaultMode } from '../../lib/vault/state';

/** Resets this context's vault state after each test of the calling file. */
export function resetVaultAfterEach(): void {
  afterEach(() => {
    setVaultKey(undefined);
    setVaultMode('off');
    setLockedReads('refuse');
  });
}

/** Puts the database in a mode (the settings row every context reads) and, unless told otherwise, gives this context a key. */
export async function vaultIn(
  mode: VaultMode,
  key: Uint8Array<ArrayBuffer> | undefined = newKey(),
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  setVaultKey(key);
  await db().settings.put({ key: VAULT_SETTING, value: { state: mode } });
  setVaultMode(mode);
  return key;
}

/** Every row of a table exactly as IndexedDB holds it (no field layer). */
export async function storedRows<T = Record<string, unknown>>(table: string): Promise<T[]> {
  const raw = new EstateDb(db().name, { sealing: false });
  try {
    return (await raw.table(table).toArray()) as T[];
  } finally {
    raw.close();
  }
}

/** All stored rows of every table, as text (to search for what must not be there). */
export async function storedText(): Promise<string> {
  const parts: string[] = [];
  for (const table of db().tables) {
    for (const row of await storedRows(table.name)) parts.push(JSON.stringify(row, (_k, v) => (v instanceof Uint8Array ? '<bytes>' : v)));
  }
  return parts.join('\n');
}
