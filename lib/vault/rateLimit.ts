/**
 * Wrong passphrases: three tries freely, then a wait before each next one that doubles
 * (30 seconds, 1 minute, 2, 4, ... at most 15 minutes). Guessing a passphrase by hand
 * becomes slow; a person who mistyped barely notices. Pure: the clock is passed in.
 */
import { t } from '../i18n';
import type { UnlockTries } from './config';

export const FREE_TRIES = 3;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60_000;

/** How long after the last failure the next try is allowed. */
export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES));
}

/** Milliseconds still to wait before another try (0: try now). */
export function waitLeft(tries: UnlockTries | undefined, now: number): number {
  if (!tries) return 0;
  // A clock set back must not stretch the wait beyond its length.
  return Math.max(0, Math.min(waitAfter(tries.failures), tries.lastAt + waitAfter(tries.failures) - now));
}

export function afterFailure(tries: UnlockTries | undefined, now: number): UnlockTries {
  return { failures: (tries?.failures ?? 0) + 1, lastAt: now };
}

/** "30 seconds", "2 minutes". */
export function describeWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return t('lock.seconds', { count: seconds });
  return t('lock.minutes', { count: Math.ceil(seconds / 60) });
}
