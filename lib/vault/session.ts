/**
 * The KeyStore over browser.storage.session, passed in by the entrypoints (lib/ never
 * calls the browser itself). That storage area is kept in memory by the browser,
 * shared by the extension's pages and its worker, unreadable by content scripts at
 * its default access level, and emptied when the browser closes: the vault key is
 * never written to disk, and a stopped worker or a reloaded panel does not ask again.
 */
import { fromBase64, toBase64 } from './crypto';
import type { KeyStore } from './state';

export const SESSION_KEY = 'vaultKey';

/** The slice of browser.storage.session this needs. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The slice of browser.storage.onChanged this needs. */
export interface StorageChanges {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
}

const keyOf = (value: unknown) => (typeof value === 'string' && value.length > 0 ? fromBase64(value) : undefined);

export function sessionKeyStore(area: SessionArea, onChanged: StorageChanges): KeyStore {
  return {
    get: async () => keyOf((await area.get(SESSION_KEY))[SESSION_KEY]),
    set: (key) => area.set({ [SESSION_KEY]: toBase64(key) }),
    remove: () => area.remove(SESSION_KEY),
    watch: (onChange) =>
      onChanged.addListener((changes, areaName) => {
        if (areaName === 'session' && SESSION_KEY in changes) onChange(keyOf(changes[SESSION_KEY]!.newValue));
      }),
  };
}
