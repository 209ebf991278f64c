import { useState } from 'preact/hooks';
import { Loading } from '../../../components/Loading';
import { ChangePassphraseForm, IdleChoice, TurnOffForm, TurnOnForm } from '../../../components/LockForms';
import { changePassphrase, lockNow, setIdleMinutes, turnOffLock, turnOnLock, vaultStatus } from '../../../lib/db/vaultSwitch';
import { notifyChanged, useLive } from '../hooks';
import { useOpenView } from '../navigation';
import { SwitchProgress } from './UnlockView';

/** The vault lock: turn it on (with the warning and the offer to export first), lock now, change the passphrase, turn it off. */
export function LockView() {
  const { value: status, error } = useLive(vaultStatus, []);
  const openView = useOpenView();
  const [saved, setSaved] = useState('');
  if (error || !status) return <Loading error={error} />;

  if (status.mode === 'encrypting' || status.mode === 'decrypting') return <SwitchProgress status={status} />;

  if (status.mode === 'off')
    return (
      <section aria-labelledby="lock-heading" class="stack">
        <h2 id="lock-heading">Lock your records with a passphrase</h2>
        <p>
          With the lock on, the names, account numbers, addresses, notes, call summaries and every document you keep here are stored
          encrypted on this computer. Someone who opens the browser's files sees nothing readable. You type the passphrase once each time
          the browser starts, or after the computer has sat unused for a while.
        </p>
        <p class="muted">
          The toolbar button keeps counting what needs attention while locked; it never shows a name. Dates, states and which companies you
          deal with stay readable, so the reminders keep working.
        </p>
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
        <h2 id="lock-heading">Your records are locked with a passphrase</h2>
        <p class="muted">They are open now, in this browser, until you lock them or the browser closes.</p>
        <button type="button" class="primary" onClick={() => lockNow().catch(console.error)}>
          Lock now
        </button>
        <IdleChoice
          value={status.idleMinutes ?? 0}
          onChange={(minutes) =>
            setIdleMinutes(minutes).then(
              () => setSaved('Saved.'),
              (e: Error) => setSaved(`Not saved: ${e.message}`),
            )
          }
        />
        <p class="muted" role="status">
          {saved}
        </p>
      </section>
      <section aria-labelledby="change-heading">
        <h2 id="change-heading">Change the passphrase</h2>
        <ChangePassphraseForm onChange={changePassphrase} />
      </section>
      <section aria-labelledby="off-heading">
        <h2 id="off-heading">Turn off the lock</h2>
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
