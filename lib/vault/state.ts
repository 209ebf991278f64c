/**
 * The vault's state in this context (a side panel page, or the service worker): the
 * mode the database is in, and the vault key while unlocked. The field layer
 * (lib/db/vault.ts) reads it synchronously, inside transactions.
 *
 * The key's only copies are this module's memory and browser.storage.session (kept in
 * memory by the browser, shared by the extension's pages and worker, never written
 * to disk, cleared when the browser closes). A context learns of an unlock or a lock
 * made elsewhere through that storage's change events (connectKeyStore).
 */

/**
 * - off: nothing is encrypted;
 * - encrypting: the lock was just turned on: new writes are sealed, older rows are
 *   being sealed in place (each row says whether it is);
 * - on: every row is sealed;
 * - decrypting: the lock is being turned off: new writes are plain, older rows are
 *   being opened in place.
 */
export type VaultMode = 'off' | 'encrypting' | 'on' | 'decrypting';

/** What a read of a sealed row does while locked: refuse (the panel), or return only what is readable (the badge). */
export type LockedReads = 'refuse' | 'redact';

let key: Uint8Array<ArrayBuffer> | undefined;
let mode: VaultMode = 'off';
let lockedReads: LockedReads = 'refuse';
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

export function vaultKey(): Uint8Array<ArrayBuffer> | undefined {
  return key;
}

export function vaultMode(): VaultMode {
  return mode;
}

/** New writes must be sealed. */
export function sealsWrites(): boolean {
  return mode === 'encrypting' || mode === 'on';
}

/** Some rows may be sealed: reading them needs the key. */
export function usesKey(): boolean {
  return mode !== 'off';
}

/** The lock is on (or being turned on or off) and this context has no key. */
export function isLocked(): boolean {
  return usesKey() && !key;
}

export function lockedReadMode(): LockedReads {
  return lockedReads;
}

/** The background counts for the badge while locked: it reads what stays readable. */
export function setLockedReads(value: LockedReads): void {
  lockedReads = value;
}

const sameBytes = (a: Uint8Array | undefined, b: Uint8Array | undefined) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((byte, i) => byte === b[i]));

export function setVaultKey(next: Uint8Array<ArrayBuffer> | undefined): void {
  if (sameBytes(next, key)) return;
  key = next;
  changed();
}

export function setVaultMode(next: VaultMode): void {
  if (next === mode) return;
  mode = next;
  changed();
}

/** Called on every change of mode or key; returns the unsubscribe. */
export function onVaultChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Where the unlocked key is kept between contexts: browser.storage.session, or a fake in tests. */
export interface KeyStore {
  get(): Promise<Uint8Array<ArrayBuffer> | undefined>;
  set(key: Uint8Array<ArrayBuffer>): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with the new key (undefined: locked) when another context changes it. */
  watch(onChange: (key: Uint8Array<ArrayBuffer> | undefined) => void): void;
}

let store: KeyStore | undefined;
let loaded: Promise<void> = Promise.resolve();

/** Takes the key from the store (the vault stays unlocked across a worker restart) and follows its changes. */
export function connectKeyStore(keyStore: KeyStore): Promise<void> {
  store = keyStore;
  keyStore.watch((next) => setVaultKey(next));
  loaded = keyStore.get().then((found) => {
    if (found) setVaultKey(found);
  });
  return loaded;
}

/** Settles once the stored key, if any, has been taken (the database waits for it before its first read). */
export function keyLoaded(): Promise<void> {
  return loaded;
}

/** Unlocks this context and every other one. */
export async function keepVaultKey(next: Uint8Array<ArrayBuffer>): Promise<void> {
  setVaultKey(next);
  await store?.set(next);
}

/** Locks this context and every other one. */
export async function forgetVaultKey(): Promise<void> {
  setVaultKey(undefined);
  await store?.remove();
}
