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

export function isVaultLocked(error: unknown): error is VaultLockedError {
  let e = error as { name?: string; inner?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; depth += 1) {
    if (e.name === 'VaultLockedError') return true;
    e = (e.inner ?? e.cause) as typeof e;
  }
  return false;
}
