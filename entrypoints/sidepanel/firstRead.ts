/**
 * The panel's first read of the case, started before the rest of its code has loaded:
 * IndexedDB opens and reads while the browser fetches and compiles the views. Its
 * result is used once, unless the database changed meanwhile; then it is read anew.
 */
import Dexie from 'dexie';
import { type CaseAccounts, type CaseOverview, caseAccounts, caseOverview } from '../../lib/db/caseReads';
import { db } from '../../lib/db/database';
import { keptRead } from '../../lib/db/kept';
import { type AccountScreenRecords, accountScreenRecords } from '../../lib/db/panelReads';
import { pageSizes } from '../../lib/model/pageSizes';
import { onVaultChange } from '../../lib/vault/state';

/** The early reads, each used once; dropped (by a new generation) when the database changes. */
let early: {
  generation: number;
  accounts?: Promise<CaseAccounts>;
  overview?: { today: string; read: Promise<CaseOverview> };
  /** On a provider's page, each of its accounts as its screen first reads it. */
  screens?: Map<string, Promise<AccountScreenRecords>>;
} = {
  generation: 0,
};

function forget(): void {
  early = { generation: early.generation + 1 };
}

/**
 * Starts the reads; the promise settles once the database is open. The case's accounts are
 * read at once (every view starts from them); the whole case (every step, call and device,
 * which the home counts) only if `wholeCase` says the panel is not on a provider's page,
 * whose accounts each read their own records: those `accountScreens` names are read at
 * once too, not once their screens' code and the registry have loaded.
 */
export function startFirstRead(
  today: string,
  wholeCase: Promise<boolean>,
  accountScreens: Promise<readonly string[]> = Promise.resolve([]),
): Promise<void> {
  Dexie.on.storagemutated.subscribe(forget);
  const generation = early.generation;
  const accounts = caseAccounts();
  early.accounts = accounts;
  // Reported by whoever takes it; a refused read (the vault locked) is not kept for after the unlock.
  accounts.catch(() => {
    if (early.accounts === accounts) early.accounts = undefined;
  });
  wholeCase.then(
    (whole) => {
      if (!whole || early.generation !== generation) return;
      const read = caseOverview(today);
      early.overview = { today, read };
      read.catch(() => {
        if (early.overview?.read === read) early.overview = undefined;
      });
    },
    () => undefined,
  );
  accountScreens.then(
    (ids) => {
      if (ids.length === 0 || early.generation !== generation) return;
      early.screens = new Map(ids.map((id) => [id, accountScreenRecords(id, pageSizes.calls)]));
      for (const read of early.screens.values()) read.catch(() => undefined); // reported by the screen that takes it
    },
    () => undefined,
  );
  return db()
    .open()
    .then(
      () => undefined,
      () => undefined,
    );
}

/**
 * An account's screen's records (accountScreenRecords): the early read if it is still
 * current and is the one asked for (the first page of calls, none to reveal), else a
 * fresh one.
 */
export function readAccountScreen(accountId: string, calls: number, reveal?: string): Promise<AccountScreenRecords> {
  const read = calls === pageSizes.calls && !reveal ? early.screens?.get(accountId) : undefined;
  early.screens?.delete(accountId);
  return read ?? accountScreenRecords(accountId, calls, reveal);
}

/** The early read of the case's accounts if it is still current (no change since), else a fresh one. */
function readCaseAccounts(): Promise<CaseAccounts> {
  const read = early.accounts ?? caseAccounts();
  early.accounts = undefined;
  return read;
}

/** The early read of the whole case if it is still current (same day, no change since), else a fresh one. */
export function readCaseOverview(today: string): Promise<CaseOverview> {
  const read = early.overview?.today === today ? early.overview.read : caseOverview(today);
  early.overview = undefined;
  return read;
}

/**
 * The cases and the active case's accounts, kept until the database changes (in any
 * extension context) or the vault locks or opens: what the main view needs before it
 * knows whether it shows a provider's accounts or the whole case.
 */
export const keptCaseAccounts = keptRead(readCaseAccounts, () => 'accounts');

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
