/**
 * The panel's first read of the case, started before the rest of its code has loaded:
 * IndexedDB opens and reads while the browser fetches and compiles the views. Its
 * result is used once, unless the database changed meanwhile; then it is read anew.
 */
import Dexie from 'dexie';
import { caseOverview, type CaseOverview } from '../../lib/db/reads';

let early: Promise<CaseOverview> | undefined;

function forget(): void {
  early = undefined;
  Dexie.on.storagemutated.unsubscribe(forget);
}

export function startFirstRead(): void {
  early = caseOverview();
  early.catch(() => {}); // reported by whoever takes it
  Dexie.on.storagemutated.subscribe(forget);
}

/** The early read if it is still current, else a fresh one. */
export function readCaseOverview(): Promise<CaseOverview> {
  const read = early ?? caseOverview();
  forget();
  return read;
}
