/**
 * The vault lock's forms: unlocking, setting a passphrase, changing it, turning the
 * lock off, and the idle time. Presentational: values in, callbacks out; each
 * callback returns a promise whose refusal message is shown under the form.
 */
import { useState } from 'preact/hooks';
import { DEFAULT_IDLE_MINUTES, idleChoices } from '../lib/vault/config';
import { passphraseAdvice } from '../lib/vault/strength';
import { Field } from './Field';

type Submit = () => Promise<void>;

/** Runs a submit, showing "busy" meanwhile and its refusal after. */
function useSubmit(): { busy: boolean; error: string; run: (submit: Submit) => void } {
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

function Refusal(props: { error: string }) {
  return props.error ? (
    <p class="error" role="alert">
      {props.error}
    </p>
  ) : null;
}

export const idleLabels: Record<number, string> = {
  5: 'After 5 minutes without use',
  15: 'After 15 minutes without use',
  30: 'After 30 minutes without use',
  60: 'After 1 hour without use',
  240: 'After 4 hours without use',
  0: 'Only when the browser closes',
};

export function IdleChoice(props: { value: number; onChange: (minutes: number) => void }) {
  return (
    <Field
      label="Lock again by itself"
      hint="Counted from the last time anyone used this computer; it also locks when the browser closes or the screen locks."
    >
      <select
        name="idleMinutes"
        value={String(props.value)}
        onChange={(e) => props.onChange(Number((e.currentTarget as HTMLSelectElement).value))}
      >
        {idleChoices.map((minutes) => (
          <option value={String(minutes)}>{idleLabels[minutes]}</option>
        ))}
      </select>
    </Field>
  );
}

/** The screen of a locked vault: the passphrase, and nothing personal. */
export function UnlockForm(props: { onUnlock: (passphrase: string) => Promise<void>; wait?: string }) {
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, run } = useSubmit();
  return (
    <form
      class="stack"
      aria-label="Unlock your records"
      onSubmit={(e) => {
        e.preventDefault();
        run(async () => {
          await props.onUnlock(passphrase);
          setPassphrase('');
        });
      }}
    >
      <Field label="Passphrase">
        <input
          name="passphrase"
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onInput={(e) => setPassphrase((e.currentTarget as HTMLInputElement).value)}
        />
      </Field>
      <button type="submit" class="primary" disabled={busy || passphrase.length === 0} aria-busy={busy}>
        {busy ? 'Opening…' : 'Unlock'}
      </button>
      <Refusal error={error || props.wait || ''} />
    </form>
  );
}

/** Setting the passphrase: the warning first, the offer to export, the passphrase twice with advice. */
export function TurnOnForm(props: {
  onTurnOn: (passphrase: string, again: string, idleMinutes: number) => Promise<void>;
  onExportFirst: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [idleMinutes, setIdleMinutes] = useState<number>(DEFAULT_IDLE_MINUTES);
  const [understood, setUnderstood] = useState(false);
  const { busy, error, run } = useSubmit();
  const advice = passphrase ? passphraseAdvice(passphrase) : undefined;
  return (
    <form
      class="stack"
      aria-label="Turn on the lock"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => props.onTurnOn(passphrase, again, idleMinutes));
      }}
    >
      <div class="banner" role="note">
        <p>
          <strong>If you forget this passphrase, nobody can open your records again</strong>: not you, not the makers of this extension, not
          the browser. There is no reset.
        </p>
        <p>Before you start, save a copy (in “Copies”) and keep it somewhere safe, and write the passphrase down at home.</p>
        <button type="button" onClick={props.onExportFirst}>
          Save a copy first
        </button>
      </div>
      <Field label="New passphrase" hint="Four or more unrelated words are strong and easy to remember.">
        <input
          name="newPassphrase"
          type="password"
          autoComplete="new-password"
          value={passphrase}
          onInput={(e) => setPassphrase((e.currentTarget as HTMLInputElement).value)}
        />
      </Field>
      {advice && (
        <p class={advice.ok ? 'muted' : 'error'} role="status">
          {advice.message}
        </p>
      )}
      <Field label="The same passphrase again">
        <input
          name="againPassphrase"
          type="password"
          autoComplete="new-password"
          value={again}
          onInput={(e) => setAgain((e.currentTarget as HTMLInputElement).value)}
        />
      </Field>
      <IdleChoice value={idleMinutes} onChange={setIdleMinutes} />
      <label class="check">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood((e.currentTarget as HTMLInputElement).checked)} />
        <span>I understand that a forgotten passphrase cannot be recovered</span>
      </label>
      <button type="submit" class="primary" disabled={busy || !understood || !advice?.ok || again.length === 0} aria-busy={busy}>
        {busy ? 'Locking your records…' : 'Turn on the lock'}
      </button>
      <Refusal error={error} />
    </form>
  );
}

export function ChangePassphraseForm(props: { onChange: (current: string, next: string, again: string) => Promise<void> }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, run } = useSubmit();
  const advice = next ? passphraseAdvice(next) : undefined;
  const input = (set: (v: string) => void) => (e: Event) => {
    setDone(false);
    set((e.currentTarget as HTMLInputElement).value);
  };
  return (
    <form
      class="stack"
      aria-label="Change the passphrase"
      onSubmit={(e) => {
        e.preventDefault();
        run(async () => {
          await props.onChange(current, next, again);
          setCurrent('');
          setNext('');
          setAgain('');
          setDone(true);
        });
      }}
    >
      <Field label="Current passphrase">
        <input name="currentPassphrase" type="password" autoComplete="current-password" value={current} onInput={input(setCurrent)} />
      </Field>
      <Field label="New passphrase">
        <input name="changedPassphrase" type="password" autoComplete="new-password" value={next} onInput={input(setNext)} />
      </Field>
      {advice && (
        <p class={advice.ok ? 'muted' : 'error'} role="status">
          {advice.message}
        </p>
      )}
      <Field label="The new passphrase again">
        <input name="changedAgain" type="password" autoComplete="new-password" value={again} onInput={input(setAgain)} />
      </Field>
      <button type="submit" disabled={busy || !current || !advice?.ok || !again} aria-busy={busy}>
        {busy ? 'Changing…' : 'Change the passphrase'}
      </button>
      {done && (
        <p class="muted" role="status">
          The passphrase is changed. Use the new one from now on.
        </p>
      )}
      <Refusal error={error} />
    </form>
  );
}

export function TurnOffForm(props: { onTurnOff: (passphrase: string) => Promise<void> }) {
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, run } = useSubmit();
  return (
    <form
      class="stack"
      aria-label="Turn off the lock"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => props.onTurnOff(passphrase));
      }}
    >
      <p class="muted">Your records will be stored without a passphrase again. Anyone using this computer could read them.</p>
      <Field label="Passphrase, to confirm">
        <input
          name="offPassphrase"
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onInput={(e) => setPassphrase((e.currentTarget as HTMLInputElement).value)}
        />
      </Field>
      <button type="submit" disabled={busy || !passphrase} aria-busy={busy}>
        {busy ? 'Unlocking your records for good…' : 'Turn off the lock'}
      </button>
      <Refusal error={error} />
    </form>
  );
}
