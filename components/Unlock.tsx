/**
 * A locked panel: the passphrase, and nothing personal. Apart from the lock's other
 * forms (LockForms.tsx) because the panel's first screen draws it, without the lock's
 * settings code (zod).
 */
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { Field } from './Field';
import { PassphraseInput, ShowWhatIType } from './PassphraseInput';

type Submit = () => Promise<void>;

/** Runs a submit, showing "busy" meanwhile and its refusal after. */
export function useSubmit(): { busy: boolean; error: string; run: (submit: Submit) => void } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return {
    busy,
    error,
    run: (submit) => {
      setBusy(true);
      setError('');
      submit()
        .catch((e: Error) => setError(e.message))
        .finally(() => setBusy(false));
    },
  };
}

export function FormRefusal(props: { error: string }) {
  return props.error ? (
    <p class="error" role="alert">
      {props.error}
    </p>
  ) : null;
}

/**
 * The passphrase asked for once, to do one thing with it (unlock, turn the lock off):
 * busy while it runs, its refusal shown under it, emptied once done.
 */
export function PassphraseForm(props: {
  /** The form's name for screen readers. */
  form: string;
  label: string;
  name: string;
  action: string;
  busyAction: string;
  primary?: boolean;
  explain?: string;
  /** Why a try must wait (after wrong passphrases). */
  wait?: string;
  onPassphrase: (passphrase: string) => Promise<void>;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [show, setShow] = useState(false);
  const { busy, error, run } = useSubmit();
  return (
    <form
      class="stack"
      aria-label={props.form}
      onSubmit={(e) => {
        e.preventDefault();
        run(async () => {
          await props.onPassphrase(passphrase);
          setPassphrase('');
        });
      }}
    >
      {props.explain && <p class="muted">{props.explain}</p>}
      <Field label={props.label}>
        <PassphraseInput name={props.name} show={show} autocomplete="current-password" value={passphrase} onValue={setPassphrase} />
      </Field>
      <ShowWhatIType show={show} onShow={setShow} />
      <button type="submit" class={props.primary ? 'primary' : undefined} disabled={busy || passphrase.length === 0} aria-busy={busy}>
        {busy ? props.busyAction : props.action}
      </button>
      <FormRefusal error={error || props.wait || ''} />
    </form>
  );
}

/** The screen of a locked vault: the passphrase, and nothing personal. */
export function UnlockForm(props: { onUnlock: (passphrase: string) => Promise<void>; wait?: string }) {
  return (
    <PassphraseForm
      form={t('lock.unlockForm')}
      label={t('lock.passphrase')}
      name="passphrase"
      action={t('lock.unlock')}
      busyAction={t('lock.opening')}
      primary
      wait={props.wait}
      onPassphrase={props.onUnlock}
    />
  );
}

/** What a locked panel shows: why, the passphrase, and that nobody can recover it. */
export function LockedScreen(props: { wait: string; onUnlock: (passphrase: string) => Promise<void> }) {
  return (
    <main class="panel">
      <section aria-labelledby="unlock-heading" class="stack">
        <h2 id="unlock-heading">{t('lock.lockedHeading')}</h2>
        <p>{t('lock.lockedExplain')}</p>
        <UnlockForm wait={props.wait} onUnlock={props.onUnlock} />
        <p class="muted">{t('lock.forgotIt')}</p>
      </section>
    </main>
  );
}
