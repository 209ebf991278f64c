import { useEffect, useState } from 'preact/hooks';
import { LockedScreen } from '../../../components/Unlock';
import { finishSwitch, unlock, unlockWait, type VaultStatus } from '../../../lib/db/vaultSwitch';
import { t } from '../../../lib/i18n';
import { describeWait } from '../../../lib/vault/rateLimit';
import { viewShown } from '../frame';

/** A switch of the lock under way (or interrupted): carried on here, with its progress. */
export function SwitchProgress(props: { status: VaultStatus }) {
  const [error, setError] = useState('');
  useEffect(() => {
    finishSwitch().catch((e: Error) => setError(e.message));
  }, []);
  const { done = 0, total = 0 } = props.status.progress ?? {};
  const what = props.status.mode === 'encrypting' ? t('lock.locking') : t('lock.unlockingForGood');
  return (
    <section aria-labelledby="switch-heading" class="stack">
      <h2 id="switch-heading">{t('lock.switchWhat', { what })}</h2>
      <progress max={Math.max(total, 1)} value={done} aria-label={what} />
      <p class="muted" role="status">
        {total > 0 ? t('lock.switchDone', { done, total }) : ''}
        {t('lock.switchCarriesOn')}
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
    viewShown();
    unlockWait().then((ms) => setWait(ms > 0 ? t('lock.pleaseWait', { wait: describeWait(ms) }) : ''), console.error);
  }, []);
  return (
    <LockedScreen
      wait={wait}
      onUnlock={async (passphrase) => {
        setWait('');
        await unlock(passphrase);
      }}
    />
  );
}
