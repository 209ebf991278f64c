import { useEffect, useState } from 'preact/hooks';
import { UnlockForm } from '../../../components/LockForms';
import { finishSwitch, unlock, unlockWait, type VaultStatus } from '../../../lib/db/vaultSwitch';
import { describeWait } from '../../../lib/vault/rateLimit';

/** A switch of the lock under way (or interrupted): carried on here, with its progress. */
export function SwitchProgress(props: { status: VaultStatus }) {
  const [error, setError] = useState('');
  useEffect(() => {
    finishSwitch().catch((e: Error) => setError(e.message));
  }, []);
  const { done = 0, total = 0 } = props.status.progress ?? {};
  const what = props.status.mode === 'encrypting' ? 'Locking your records' : 'Removing the lock from your records';
  return (
    <section aria-labelledby="switch-heading" class="stack">
      <h2 id="switch-heading">{what}…</h2>
      <progress max={Math.max(total, 1)} value={done} aria-label={what} />
      <p class="muted" role="status">
        {total > 0 ? `${done} of ${total} done. ` : ''}You can close this panel: it carries on the next time the browser runs.
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** What a locked panel shows: the passphrase, nothing personal. */
export function UnlockView() {
  const [wait, setWait] = useState('');
  useEffect(() => {
    unlockWait().then((ms) => setWait(ms > 0 ? `Please wait ${describeWait(ms)} before trying again.` : ''), console.error);
  }, []);
  return (
    <main class="panel">
      <section aria-labelledby="unlock-heading" class="stack">
        <h2 id="unlock-heading">Your records are locked</h2>
        <p>Enter your passphrase to open them. Nothing you saved is shown until then.</p>
        <UnlockForm
          wait={wait}
          onUnlock={async (passphrase) => {
            setWait('');
            await unlock(passphrase);
          }}
        />
        <p class="muted">
          Forgot it? Nobody can recover a lost passphrase. A copy you saved before (from “Copies”) still opens without it.
        </p>
      </section>
    </main>
  );
}
