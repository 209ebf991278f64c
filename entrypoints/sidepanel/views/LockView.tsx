import { useState } from 'preact/hooks';
import { Loading } from '../../../components/Loading';
import { ChangePassphraseForm, IdleChoice, TurnOffForm, TurnOnForm } from '../../../components/LockForms';
import { changePassphrase, lockNow, setIdleMinutes, turnOffLock, turnOnLock, vaultStatus } from '../../../lib/db/vaultSwitch';
import { t } from '../../../lib/i18n';
import { notifyChanged, useLive } from '../hooks';
import { useOpenView } from '../navigation';
import { SwitchProgress } from './UnlockView';

/** The vault lock: turn it on (with the warning and the offer to export first), lock now, change the passphrase, turn it off. */
export function LockView() {
  const { value: status, error } = useLive(vaultStatus, []);
  const openView = useOpenView();
  const [saved, setSaved] = useState<{ error?: string } | null>(null);
  if (error || !status) return <Loading error={error} />;

  if (status.mode === 'encrypting' || status.mode === 'decrypting') return <SwitchProgress status={status} />;

  if (status.mode === 'off')
    return (
      <section aria-labelledby="lock-heading" class="stack">
        <h2 id="lock-heading">{t('lock.offHeading')}</h2>
        <p>{t('lock.offExplain')}</p>
        <p class="muted">{t('lock.offBadge')}</p>
        <TurnOnForm
          onExportFirst={() => openView('bundle')}
          onTurnOn={async (passphrase, again, idleMinutes) => {
            await turnOnLock(passphrase, again, idleMinutes);
            notifyChanged();
          }}
        />
      </section>
    );

  return (
    <>
      <section aria-labelledby="lock-heading" class="stack">
        <h2 id="lock-heading">{t('lock.onHeading')}</h2>
        <p class="muted">{t('lock.onOpenNow')}</p>
        <button type="button" class="primary" onClick={() => lockNow().catch(console.error)}>
          {t('lock.lockNow')}
        </button>
        <IdleChoice
          value={status.idleMinutes ?? 0}
          onChange={(minutes) =>
            setIdleMinutes(minutes).then(
              () => setSaved({}),
              (e: Error) => setSaved({ error: e.message }),
            )
          }
        />
        <p class="muted" role="status">
          {saved && (saved.error === undefined ? t('common.saved') : t('lock.notSaved', { reason: saved.error }))}
        </p>
      </section>
      <section aria-labelledby="change-heading">
        <h2 id="change-heading">{t('lock.changeHeading')}</h2>
        <ChangePassphraseForm onChange={changePassphrase} />
      </section>
      <section aria-labelledby="off-heading">
        <h2 id="off-heading">{t('lock.turnOffHeading')}</h2>
        <TurnOffForm
          onTurnOff={async (passphrase) => {
            await turnOffLock(passphrase);
            notifyChanged();
          }}
        />
      </section>
    </>
  );
}
