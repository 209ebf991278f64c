/**
 * Turning the vault lock on and off, unlocking, locking, and changing the passphrase.
 *
 * Turning it on: the vault key is made and kept for this browser session, the lock's
 * record is written (state `encrypting`: from then on every write is sealed), then
 * the rows already stored are sealed in place, a batch per transaction, each row
 * saying by itself whether it is sealed (`_vault`; a file: `fileKey`). Every reader
 * opens sealed and plain rows alike, so a vault half-way through is fully readable
 * with the key. A stopped worker or a closed browser loses nothing: the next run
 * (finishSwitch, which the panel and the background call whenever they have the key)
 * seals what is left, then, in one transaction that checks every row, records `on`.
 * Turning it off is the same in reverse (`decrypting`), and then forgets the key.
 *
 * Changing the passphrase wraps the same vault key under the new passphrase's key:
 * one settings row is rewritten, no record.
 */
import type { Table, Transaction } from 'dexie';
import { t } from '../i18n';
import { type UnlockTries, VaultConfig } from '../vault/config';
import {
  deriveKek,
  fromBase64,
  newKey,
  PBKDF2_ITERATIONS,
  randomBytes,
  SALT_BYTES,
  SealError,
  toBase64,
  unwrapKey,
  wrapKey,
} from '../vault/crypto';
import { VaultError, VaultLockedError } from '../vault/errors';
import { afterFailure, describeWait, waitAfter, waitLeft } from '../vault/rateLimit';
import { allSealed, anySealed, appliesTo, openRowNow, type SealSpec, sealRow } from '../vault/seal';
import { forgetVaultKey, isLocked, keepVaultKey, setVaultMode, type VaultMode, vaultKey, vaultMode } from '../vault/state';
import { passphraseAdvice } from '../vault/strength';
import { db, EstateDb, type StoredBlob } from './database';
import { openFileRow, sealFileRow } from './files';
import { FILES_TABLE, isSealedFile, readVaultMode, sealSpecs, VAULT_SETTING } from './vault';

const KEY_PURPOSE = 'estate:vault-key';
const TRIES = 'vaultTries';
const BATCH = 200;

export async function readVaultConfig(): Promise<VaultConfig | undefined> {
  const parsed = VaultConfig.safeParse((await db().settings.get(VAULT_SETTING))?.value);
  return parsed.success ? parsed.data : undefined;
}

async function saveConfig(config: VaultConfig): Promise<void> {
  await db().settings.put({ key: VAULT_SETTING, value: VaultConfig.parse(config) });
}

export interface VaultStatus {
  mode: VaultMode;
  /** The lock is on and this browser session has not been given the passphrase. */
  locked: boolean;
  idleMinutes?: number;
  progress?: { done: number; total: number };
}

export async function vaultStatus(): Promise<VaultStatus> {
  const config = await readVaultConfig();
  const mode = config?.state ?? 'off';
  setVaultMode(mode);
  return { mode, locked: isLocked(), idleMinutes: config?.idleMinutes, progress: config?.progress };
}

// Passphrases -----------------------------------------------------------------------

async function readTries(): Promise<UnlockTries | undefined> {
  return (await db().settings.get(TRIES))?.value as UnlockTries | undefined;
}

/** How long before the passphrase may be tried again (0: now). */
export async function unlockWait(now = Date.now()): Promise<number> {
  return waitLeft(await readTries(), now);
}

/** What a wrong passphrase is told, in the language of the moment. */
export function wrongPassphrase(): string {
  return t('lock.errorWrongPassphrase');
}

/** The vault key, if the passphrase opens it; a calm refusal otherwise (and the wait grows after three). */
async function vaultKeyOf(config: VaultConfig, passphrase: string, now: number): Promise<Uint8Array<ArrayBuffer>> {
  const tries = await readTries();
  const left = waitLeft(tries, now);
  if (left > 0) throw new VaultError(t('lock.errorWait', { wait: describeWait(left) }));
  const kek = await deriveKek(passphrase, fromBase64(config.kdf.salt), config.kdf.iterations);
  try {
    const key = unwrapKey(kek, fromBase64(config.wrappedKey), KEY_PURPOSE);
    if (tries) await db().settings.delete(TRIES);
    return key;
  } catch (error) {
    if (!(error instanceof SealError)) throw error;
    const next = afterFailure(tries, now);
    await db().settings.put({ key: TRIES, value: next });
    const wait = waitAfter(next.failures);
    throw new VaultError(wait > 0 ? t('lock.errorWrongThenWait', { wait: describeWait(wait) }) : wrongPassphrase());
  }
}

function checkNewPassphrase(passphrase: string, again: string): void {
  const advice = passphraseAdvice(passphrase, 'lock');
  if (!advice.ok) throw new VaultError(advice.message);
  if (passphrase !== again) throw new VaultError(t('lock.errorNotSame'));
}

async function wrapped(passphrase: string, key: Uint8Array): Promise<Pick<VaultConfig, 'kdf' | 'wrappedKey'>> {
  const salt = randomBytes(SALT_BYTES);
  const kek = await deriveKek(passphrase, salt, PBKDF2_ITERATIONS);
  return {
    kdf: { name: 'PBKDF2-SHA256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
    wrappedKey: toBase64(wrapKey(kek, key, KEY_PURPOSE)),
  };
}

async function configOrThrow(): Promise<VaultConfig> {
  const config = await readVaultConfig();
  if (!config) throw new VaultError(t('lock.errorNotOn'));
  return config;
}

/** Opens the records for this browser session (every page and the background). */
export async function unlock(passphrase: string, now = Date.now()): Promise<void> {
  const config = await configOrThrow();
  await keepVaultKey(await vaultKeyOf(config, passphrase, now));
  setVaultMode(config.state);
}

/** Closes the records in every page and the background until the passphrase is given again. */
export async function lockNow(): Promise<void> {
  await forgetVaultKey();
}

export async function changePassphrase(current: string, next: string, again: string, now = Date.now()): Promise<void> {
  const config = await configOrThrow();
  checkNewPassphrase(next, again);
  const key = await vaultKeyOf(config, current, now);
  const rewrapped = await wrapped(next, key);
  const d = db();
  await d.transaction('rw', d.settings, async () => {
    const latest = VaultConfig.parse((await d.settings.get(VAULT_SETTING))?.value);
    await d.settings.put({ key: VAULT_SETTING, value: VaultConfig.parse({ ...latest, ...rewrapped }) });
  });
}

export async function setIdleMinutes(idleMinutes: number): Promise<void> {
  const d = db();
  await d.transaction('rw', d.settings, async () => {
    const latest = VaultConfig.parse((await d.settings.get(VAULT_SETTING))?.value);
    await d.settings.put({ key: VAULT_SETTING, value: VaultConfig.parse({ ...latest, idleMinutes }) });
  });
}

// The switch --------------------------------------------------------------------------

export interface SwitchOptions {
  onProgress?: (done: number, total: number) => void;
  /** For tests: called after each committed step; throwing there stops the switch as a closed browser would. */
  afterStep?: (step: string) => void;
}

/** Turns the lock on: the passphrase twice, and how long the computer may sit unused before it locks. */
export async function turnOnLock(passphrase: string, again: string, idleMinutes: number, options: SwitchOptions = {}): Promise<void> {
  checkNewPassphrase(passphrase, again);
  if (await readVaultConfig()) throw new VaultError(t('lock.errorAlreadyOn'));
  const key = newKey();
  const config = VaultConfig.parse({
    state: 'encrypting',
    ...(await wrapped(passphrase, key)),
    idleMinutes,
    progress: { done: 0, total: 0 },
  });
  // The key first, so no page or worker ever sees the lock on without it.
  await keepVaultKey(key);
  await saveConfig(config);
  setVaultMode('encrypting');
  options.afterStep?.('started');
  await finishSwitch(options);
}

/** Turns the lock off (the passphrase once more): every row opened, then the key forgotten. */
export async function turnOffLock(passphrase: string, options: SwitchOptions & { now?: number } = {}): Promise<void> {
  const config = await configOrThrow();
  const key = await vaultKeyOf(config, passphrase, options.now ?? Date.now());
  await keepVaultKey(key);
  if (config.state !== 'decrypting') await saveConfig({ ...config, state: 'decrypting', progress: { done: 0, total: 0 } });
  setVaultMode('decrypting');
  options.afterStep?.('started');
  await finishSwitch(options);
}

class FilesLeft extends Error {}

/**
 * Finishes a switch under way (after an interruption, or the one just started).
 * Nothing to do when the lock is simply on or off. Needs the key.
 */
export async function finishSwitch(options: SwitchOptions = {}): Promise<VaultMode> {
  const run = () => switchNow(options);
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  // One run at a time across the panel and the background; a second caller waits, then finds it done.
  return locks ? locks.request('estate-vault-switch', run) : run();
}

async function switchNow(options: SwitchOptions): Promise<VaultMode> {
  const config = await readVaultConfig();
  if (!config || config.state === 'on') {
    setVaultMode(config?.state ?? 'off');
    return vaultMode();
  }
  const key = vaultKey();
  if (!key) throw new VaultLockedError();
  const sealing = config.state === 'encrypting';
  setVaultMode(config.state);
  const raw = new EstateDb(db().name, { sealing: false });
  try {
    const tables = [...sealSpecs.keys(), FILES_TABLE];
    const total = (await Promise.all(tables.map((t) => raw.table(t).count()))).reduce((a, b) => a + b, 0);
    let done = 0;
    const progress = async (step: string, count: number) => {
      done = Math.min(total, done + count);
      options.onProgress?.(done, total);
      options.afterStep?.(step);
    };
    for (;;) {
      for (const spec of sealSpecs.values()) await sweepTable(raw, spec, key, sealing, (n) => progress(spec.table, n));
      await sweepFiles(raw, key, sealing, (n) => progress(FILES_TABLE, n));
      try {
        await finalize(raw, key, sealing);
        break;
      } catch (error) {
        if (!(error instanceof FilesLeft)) throw error; // a file stored meanwhile in the old form: once more
      }
    }
  } finally {
    raw.close();
  }
  const mode = await readVaultMode(db());
  setVaultMode(mode);
  if (mode === 'off') await forgetVaultKey();
  options.afterStep?.('finished');
  return mode;
}

const needsWork = (spec: SealSpec, row: unknown, sealing: boolean) =>
  appliesTo(spec, row) && (sealing ? !allSealed(spec, row) : anySealed(spec, row));
const converted = (spec: SealSpec, row: Record<string, unknown>, key: Uint8Array, sealing: boolean) =>
  sealing ? sealRow(spec, row, key) : openRowNow(spec, row, key);

async function setProgress(raw: EstateDb, step: (config: VaultConfig) => VaultConfig | undefined): Promise<void> {
  const current = VaultConfig.safeParse((await raw.table('settings').get(VAULT_SETTING))?.value);
  if (!current.success) return;
  const next = step(current.data);
  if (next) await raw.table('settings').put({ key: VAULT_SETTING, value: next });
  else await raw.table('settings').delete(VAULT_SETTING);
}

function bump(config: VaultConfig, count: number): VaultConfig {
  const progress = config.progress ?? { done: 0, total: 0 };
  return { ...config, progress: { done: progress.done + count, total: progress.total } };
}

/** Seals (or opens) the rows of one table, a batch per transaction, with the progress in the same transaction. */
async function sweepTable(raw: EstateDb, spec: SealSpec, key: Uint8Array, sealing: boolean, step: (n: number) => Promise<void>) {
  const table: Table = raw.table(spec.table);
  const keys = await table.toCollection().primaryKeys();
  for (let at = 0; at < keys.length; at += BATCH) {
    const batch = keys.slice(at, at + BATCH);
    await raw.transaction('rw', [...new Set([table, raw.table('settings')])], async () => {
      const rows = (await table.bulkGet(batch)).filter((row) => needsWork(spec, row, sealing));
      if (rows.length) await table.bulkPut(rows.map((row) => converted(spec, row, key, sealing)));
      await setProgress(raw, (config) => bump(config, batch.length));
    });
    await step(batch.length);
  }
}

/** Seals (or opens) the files one at a time: the bytes are read and encrypted before the row's transaction. */
async function sweepFiles(raw: EstateDb, key: Uint8Array, sealing: boolean, step: (n: number) => Promise<void>) {
  const table: Table<StoredBlob, string> = raw.table(FILES_TABLE);
  for (const id of await table.toCollection().primaryKeys()) {
    const row = await table.get(id);
    if (row && isSealedFile(row) !== sealing) {
      const next = sealing ? await sealFileRow(row, key) : await openFileRow(row, key);
      await raw.transaction('rw', [table, raw.table('settings')], async () => {
        const now = await table.get(id);
        // Still the same file in the same form (not deleted or replaced meanwhile).
        if (now && isSealedFile(now) !== sealing && now.data.size === row.data.size) await table.put(next);
        await setProgress(raw, (config) => bump(config, 1));
      });
    }
    await step(1);
  }
}

/** In one transaction: every row checked (a straggler converted), then the new state recorded. */
async function finalize(raw: EstateDb, key: Uint8Array, sealing: boolean): Promise<void> {
  const tables = [...new Set([...sealSpecs.keys(), FILES_TABLE, 'settings'])].map((t) => raw.table(t));
  await raw.transaction('rw', tables, async (tx: Transaction) => {
    if ((await tx.table(FILES_TABLE).toArray()).some((row) => isSealedFile(row) !== sealing)) throw new FilesLeft();
    for (const spec of sealSpecs.values()) {
      const rows = (await tx.table(spec.table).toArray()).filter((row) => needsWork(spec, row, sealing));
      if (rows.length) await tx.table(spec.table).bulkPut(rows.map((row) => converted(spec, row, key, sealing)));
    }
    await setProgress(raw, (config) => (sealing ? { ...config, state: 'on', progress: undefined } : undefined));
  });
}
