/**
 * The vault lock in the background: it takes the key of this browser session from
 * storage.session (so a restarted worker does not ask again), reads for the badge
 * while locked (states and dates only, never a name), finishes a switch of the lock
 * that was interrupted, and locks when the computer sits unused for the chosen time
 * or its screen locks.
 */
import { browser } from 'wxt/browser';
import { finishSwitch, lockNow, readVaultConfig } from '../../lib/db/vaultSwitch';
import { locksOnIdle } from '../../lib/vault/config';
import { sessionKeyStore } from '../../lib/vault/session';
import { connectKeyStore, isLocked, onVaultChange, setLockedReads, vaultKey, vaultMode } from '../../lib/vault/state';

/** Carries on with a switch of the lock under way, once this worker has the key. */
async function resume(): Promise<void> {
  const mode = vaultMode();
  if (vaultKey() && (mode === 'encrypting' || mode === 'decrypting')) await finishSwitch();
}

async function applyIdleTime(): Promise<void> {
  const config = await readVaultConfig();
  if (config && config.idleMinutes > 0) browser.idle.setDetectionInterval(config.idleMinutes * 60);
}

/** Call first: the database waits for the key before its first read. `onChange` runs on every lock or unlock. */
export function setupVaultLock(onChange: () => void): void {
  setLockedReads('redact');
  connectKeyStore(sessionKeyStore(browser.storage.session, browser.storage.onChanged)).catch(console.error);
  let wasLocked = isLocked();
  onVaultChange(() => {
    if (isLocked() !== wasLocked) {
      wasLocked = isLocked();
      onChange();
    }
    resume().catch(console.error);
    applyIdleTime().catch(console.error);
  });
  browser.idle.onStateChanged.addListener((state) => {
    if (state === 'active') return;
    readVaultConfig()
      .then((config) => (locksOnIdle(state, config?.idleMinutes) && vaultKey() ? lockNow() : undefined))
      .catch(console.error);
  });
  applyIdleTime().then(resume).catch(console.error);
}
