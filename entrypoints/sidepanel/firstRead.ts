/**
 * The panel's first read of the case, started before the rest of its code has loaded:
 * IndexedDB opens and reads while the browser fetches and compiles the views. Its
 * result is used once, unless the database changed meanwhile; then it is read anew.
 */
import Dexie from 'dexie';
import { type CaseOverview, caseOverview } from '../../lib/db/caseReads';
import { db } from '../../lib/db/database';
import { onVaultChange } from '../../lib/vault/state';

let early: { today: string; read: Promise<CaseOverview> } | undefined;

function forget(): void {
  early = undefined;
  Dexie.on.storagemutated.unsubscribe(forget);
}

/** Starts the read; the promise settles once the database is open and the read's requests are made. */
export function startFirstRead(today: string): Promise<void> {
  const read = caseOverview(today);
  early = { today, read };
  // Reported by whoever takes it; a refused read (the vault locked) is not kept for after the unlock.
  read.catch(() => {
    if (early?.read === read) forget();
  });
  Dexie.on.storagemutated.subscribe(forget);
  return db()
    .open()
    .then(
      () => undefined,
      () => undefined,
    );
}

/** The early read if it is still current (same day, no change since), else a fresh one. */
export function readCaseOverview(today: string): Promise<CaseOverview> {
  const read = early?.today === today ? early.read : caseOverview(today);
  forget();
  return read;
}

let kept: { today: string; read: Promise<CaseOverview> } | undefined;
let following = false;

function dropKept(): void {
  kept = undefined;
}

/**
 * The case's overview for the main view, kept until the database changes (in any
 * extension context), the day changes or the vault locks: coming back to the
 * Checklist from another view shows it at once instead of reading and tallying every
 * record of the case again (a case at the limits of lib/model/limits.ts took 0.5 s).
 */
export function keptCaseOverview(today: string): Promise<CaseOverview> {
  if (kept?.today === today) return kept.read;
  if (!following) {
    following = true;
    // The views' live queries run again a moment after a change (hooks.ts useLive), once this has dropped the read.
    Dexie.on.storagemutated.subscribe(dropKept);
    onVaultChange(dropKept);
  }
  const read = readCaseOverview(today);
  kept = { today, read };
  read.catch(() => {
    if (kept?.read === read) dropKept();
  });
  return read;
}
