/**
 * The panel's first read of the case, started before the rest of its code has loaded:
 * IndexedDB opens and reads while the browser fetches and compiles the views. Its
 * result is used once, unless the database changed meanwhile; then it is read anew.
 */
import Dexie from 'dexie';
import { type CaseOverview, caseOverview } from '../../lib/db/caseReads';
import { db } from '../../lib/db/database';

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
