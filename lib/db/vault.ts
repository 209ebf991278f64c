/**
 * The vault lock's field layer: a Dexie DBCore middleware, the closest to IndexedDB,
 * that seals the secret fields of each row on its way in and opens them on its way
 * out (lib/vault/seal), so every repository, view and export above works on plain
 * records and never knows. It is synchronous (lib/vault/crypto's AES-GCM), so it can
 * run inside any transaction.
 *
 * Which fields: each kind's `secret` list (lib/model/records), and the last capture's
 * outcome in settings (it names the page and its reference numbers). Files are
 * sealed one level up, before their transaction (lib/db/files.ts): reading a Blob is
 * asynchronous. This layer only refuses to store a plain file while the lock is on.
 *
 * With the lock on and no key in this context: a write of a secret field is refused
 * (VaultLockedError), and so is a read of a sealed row, unless this context reads
 * for the badge (setLockedReads('redact')): it then gets the row without its secrets,
 * still sealed, and writing that row back keeps them.
 */
import Dexie, { type DBCore, type DBCoreCursor, type DBCoreMutateRequest, type DBCoreTable, type Middleware } from 'dexie';
import { t } from '../i18n';
import { recordKinds } from '../model/records';
import { VaultError, VaultLockedError } from '../vault/errors';
import { anySealed, appliesTo, conflicted, LockedChange, openRow, openRowNow, type SealSpec, sealRow } from '../vault/seal';
import { lockedReadMode, sealsWrites, setVaultMode, type VaultMode, vaultKey } from '../vault/state';
import { LAST_CAPTURE } from './lastCapture';

/** Rows about to be shown, their sealed fields opened now and off the page's thread (lib/vault/seal). */
export { openAhead } from '../vault/seal';

/** The settings row that says whether the lock is on (its state is read on every open). */
export const VAULT_SETTING = 'vault';

type Row = Record<string, unknown>;

/** The sealed tables and how. */
export const sealSpecs: ReadonlyMap<string, SealSpec> = new Map<string, SealSpec>([
  ...recordKinds
    .filter((kind) => kind.secret.length > 0)
    .map((kind): [string, SealSpec] => [
      kind.table,
      { table: kind.table, keyPath: 'id', fields: kind.secret, nested: kind.storage === 'checklist' ? 'steps' : undefined },
    ]),
  ['settings', { table: 'settings', keyPath: 'key', fields: ['value'], only: (row) => row.key === LAST_CAPTURE }],
]);

/** The table of files, sealed whole by lib/db/files.ts. */
export const FILES_TABLE = 'blobs';

/** A stored file is sealed when its key is stored beside it. */
export function isSealedFile(row: unknown): boolean {
  return !!row && typeof row === 'object' && (row as Row).fileKey instanceof Uint8Array;
}

function forWrite(spec: SealSpec, row: unknown): unknown {
  if (!appliesTo(spec, row)) return row;
  const key = vaultKey();
  if (sealsWrites()) {
    try {
      return sealRow(spec, row, key);
    } catch (error) {
      if (error instanceof LockedChange) throw new VaultLockedError();
      throw error;
    }
  }
  // Off, or being turned off: rows are written plain, opened when this context has the key.
  if (!anySealed(spec, row)) return row;
  if (conflicted(spec, row)) throw new VaultLockedError();
  return key ? openRowNow(spec, row, key) : row;
}

function forRead(spec: SealSpec, row: unknown): unknown {
  if (!appliesTo(spec, row) || !anySealed(spec, row)) return row;
  const key = vaultKey();
  if (key) return openRow(spec, row, key);
  if (lockedReadMode() === 'redact') return row;
  throw new VaultLockedError();
}

function checkFileWrite(row: unknown): void {
  if (sealsWrites() && !isSealedFile(row)) throw new VaultError(t('lock.errorPlainFile'));
}

/**
 * A cursor whose value is the opened row (computed once per position). Everything else is
 * the cursor's own, through its prototype, except `key` and `primaryKey`: at this level the
 * cursor is the browser's IDBCursor, whose getters refuse any `this` but the cursor itself
 * ("Illegal invocation"), so they are read from it here. Without them every cursor read of a
 * sealed table (anyOf, filter, each) failed in the browser, though not under fake-indexeddb.
 */
function openingCursor(spec: SealSpec, cursor: DBCoreCursor): DBCoreCursor {
  let raw: unknown;
  let opened: unknown;
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get() {
        const value = cursor.value;
        if (value !== raw) {
          raw = value;
          opened = forRead(spec, value);
        }
        return opened;
      },
    },
  });
}

function sealingTable(table: DBCoreTable): DBCoreTable {
  if (table.name === FILES_TABLE) {
    return {
      ...table,
      mutate(req: DBCoreMutateRequest) {
        if (req.type === 'add' || req.type === 'put') for (const row of req.values) checkFileWrite(row);
        return table.mutate(req);
      },
    };
  }
  const spec = sealSpecs.get(table.name);
  if (!spec) return table;
  return {
    ...table,
    mutate(req) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      return table.mutate({ ...req, values: req.values.map((row) => forWrite(spec, row)) } as DBCoreMutateRequest);
    },
    get: (req) => table.get(req).then((row) => forRead(spec, row)),
    getMany: (req) => table.getMany(req).then((rows) => rows.map((row) => forRead(spec, row))),
    query: (req) => table.query(req).then((res) => (req.values ? { ...res, result: res.result.map((row) => forRead(spec, row)) } : res)),
    openCursor: (req) => table.openCursor(req).then((cursor) => (cursor && req.values !== false ? openingCursor(spec, cursor) : cursor)),
  };
}

export const vaultMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'vault',
  // Below Dexie's own middlewares (hooks, observability, caches): they all see plain rows.
  level: -10,
  create: (down) => ({ ...down, table: (name) => sealingTable(down.table(name)) }),
};

// The mode -------------------------------------------------------------------------

export interface VaultSettingValue {
  state: VaultMode;
}

/** The mode recorded in the database (off when there is no vault row). */
export async function readVaultMode(d: Dexie): Promise<VaultMode> {
  const row = await d.table('settings').get(VAULT_SETTING);
  const state = (row?.value as VaultSettingValue | undefined)?.state;
  return state === 'encrypting' || state === 'on' || state === 'decrypting' ? state : 'off';
}

/** Takes the mode from the database now, and again whenever settings change in any context. */
export function followVaultMode(d: Dexie): Promise<void> {
  return readVaultMode(d).then(setVaultMode);
}

let following = false;
/** Re-reads the mode when another context changes the settings (Dexie's storagemutated, shared across contexts). */
export function watchVaultMode(d: () => Dexie): void {
  if (following) return;
  following = true;
  Dexie.on.storagemutated.subscribe((parts) => {
    if (Object.keys(parts).some((part) => part.includes('/settings/'))) followVaultMode(d()).catch(console.error);
  });
}
