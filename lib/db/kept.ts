/**
 * A read kept until anything changes that could change it: any write to the database
 * from any extension context (Dexie's storagemutated, shared across them), the vault
 * locking or opening, or its own key (the day, the language, the tab's address). For
 * the background, which answers the same question again and again (each time the
 * side panel opens) with nothing written in between. It lives as long as its context.
 */
import Dexie from 'dexie';
import { onVaultChange } from '../vault/state';

export interface KeptRead<A extends unknown[], T> {
  (...args: A): Promise<T>;
  /** Drops what is kept: a write the database's events do not tell of (one told by a message). */
  forget(): void;
}

export function keptRead<A extends unknown[], T>(read: (...args: A) => Promise<T>, keyOf: (...args: A) => string): KeptRead<A, T> {
  let generation = 0;
  let kept: { key: string; generation: number; value: Promise<T> } | undefined;
  let following = false;
  const changed = () => {
    generation += 1;
    kept = undefined;
  };
  const answer = (...args: A): Promise<T> => {
    if (!following) {
      following = true;
      Dexie.on.storagemutated.subscribe(changed);
      onVaultChange(changed);
    }
    const key = keyOf(...args);
    if (kept?.key === key && kept.generation === generation) return kept.value;
    const readAt = generation;
    const value = read(...args);
    const entry = { key, generation: readAt, value };
    kept = entry;
    // A refused read is not kept; nor one that a change overtook while it ran (changed() dropped it).
    value.catch(() => {
      if (kept === entry) kept = undefined;
    });
    return value;
  };
  return Object.assign(answer, { forget: changed });
}
