/** The vault lock's refusals, each in words a person can act on. Stored data is left exactly as it was. */
import { t } from '../i18n';

/** The records are locked: nothing personal is read or written until the passphrase is given. */
export class VaultLockedError extends Error {
  override name = 'VaultLockedError';
  constructor(message?: string) {
    super(message ?? t('lock.errorLocked'));
  }
}

/** A refusal of the lock itself (a wrong passphrase, a wait, a passphrase too short...). */
export class VaultError extends Error {
  override name = 'VaultError';
}

/** Whether the error, or one it wraps (Dexie's `inner`, a `cause`), is named `name`. */
function isOrWraps(error: unknown, name: string): boolean {
  let e = error as { name?: string; inner?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; depth += 1) {
    if (e.name === name) return true;
    e = (e.inner ?? e.cause) as typeof e;
  }
  return false;
}

export function isVaultLocked(error: unknown): error is VaultLockedError {
  return isOrWraps(error, 'VaultLockedError');
}

/**
 * Something sealed that does not open (crypto.ts's SealError): its bytes were changed or
 * damaged on disk after it was saved. Named here, not by its class, so that the panel's
 * first screen need not load the crypto to say it.
 */
export function isDamaged(error: unknown): boolean {
  return isOrWraps(error, 'SealError');
}

/** Why something could not be read or saved, in words a person understands. */
export function reasonOf(error: unknown): string {
  if (isDamaged(error)) return t('errors.damaged');
  return error instanceof Error ? error.message : String(error);
}
