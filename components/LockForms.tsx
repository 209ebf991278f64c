/**
 * The vault lock's forms: setting a passphrase, changing it, turning the
 * lock off, and the idle time (unlocking: Unlock.tsx). Presentational: values in, callbacks out; each
 * callback returns a promise whose refusal message is shown under the form.
 */
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { DEFAULT_IDLE_MINUTES, idleChoices } from '../lib/vault/config';
import { passphraseAdvice } from '../lib/vault/strength';
import { Field } from './Field';
import { PassphraseInput, ShowWhatIType } from './PassphraseInput';
import { FormRefusal, PassphraseForm, useSubmit } from './Unlock';

/** "After 15 minutes without use", "After 1 hour without use", "Only when the browser closes". */
export function idleLabel(minutes: number): string {
  if (minutes === 0) return t('lock.idleNever');
  if (minutes % 60 === 0) return t('lock.idleHours', { count: minutes / 60 });
  return t('lock.idleMinutes', { count: minutes });
}

export function IdleChoice(props: { value: number; onChange: (minutes: number) => void }) {
  return (
    <Field label={t('lock.idleLabel')} hint={t('lock.idleHint')}>
      <select
        name="idleMinutes"
        value={String(props.value)}
        onChange={(e) => props.onChange(Number((e.currentTarget as HTMLSelectElement).value))}
      >
        {idleChoices.map((minutes) => (
          <option value={String(minutes)}>{idleLabel(minutes)}</option>
        ))}
      </select>
    </Field>
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
  const [show, setShow] = useState(false);
  const { busy, error, run } = useSubmit();
  const advice = passphrase ? passphraseAdvice(passphrase, 'lock') : undefined;
  return (
    <form
      class="stack"
      aria-label={t('lock.turnOnForm')}
      onSubmit={(e) => {
        e.preventDefault();
        run(() => props.onTurnOn(passphrase, again, idleMinutes));
      }}
    >
      <div class="banner" role="note">
        <p>
          <strong>{t('lock.forgetWarning')}</strong>
          {t('lock.forgetWarningRest')}
        </p>
        <p>{t('lock.saveCopyAdvice')}</p>
        <button type="button" onClick={props.onExportFirst}>
          {t('lock.saveCopyFirst')}
        </button>
      </div>
      <Field label={t('lock.newPassphrase')} hint={t('lock.newPassphraseHint')}>
        <PassphraseInput name="newPassphrase" show={show} autocomplete="new-password" value={passphrase} onValue={setPassphrase} />
      </Field>
      {advice && (
        <p class={advice.ok ? 'muted' : 'error'} role="status">
          {advice.message}
        </p>
      )}
      <Field label={t('lock.samePassphraseAgain')}>
        <PassphraseInput name="againPassphrase" show={show} autocomplete="new-password" value={again} onValue={setAgain} />
      </Field>
      <ShowWhatIType show={show} onShow={setShow} />
      <IdleChoice value={idleMinutes} onChange={setIdleMinutes} />
      <label class="check">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood((e.currentTarget as HTMLInputElement).checked)} />
        <span>{t('lock.understand')}</span>
      </label>
      <button type="submit" class="primary" disabled={busy || !understood || !advice?.ok || again.length === 0} aria-busy={busy}>
        {busy ? t('lock.lockingBusy') : t('lock.turnOn')}
      </button>
      <FormRefusal error={error} />
    </form>
  );
}

export function ChangePassphraseForm(props: { onChange: (current: string, next: string, again: string) => Promise<void> }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [done, setDone] = useState(false);
  const [show, setShow] = useState(false);
  const { busy, error, run } = useSubmit();
  const advice = next ? passphraseAdvice(next, 'lock') : undefined;
  const input = (set: (v: string) => void) => (v: string) => {
    setDone(false);
    set(v);
  };
  return (
    <form
      class="stack"
      aria-label={t('lock.changeForm')}
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
      <Field label={t('lock.currentPassphrase')}>
        <PassphraseInput name="currentPassphrase" show={show} autocomplete="current-password" value={current} onValue={input(setCurrent)} />
      </Field>
      <Field label={t('lock.newPassphrase')}>
        <PassphraseInput name="changedPassphrase" show={show} autocomplete="new-password" value={next} onValue={input(setNext)} />
      </Field>
      {advice && (
        <p class={advice.ok ? 'muted' : 'error'} role="status">
          {advice.message}
        </p>
      )}
      <Field label={t('lock.newPassphraseAgain')}>
        <PassphraseInput name="changedAgain" show={show} autocomplete="new-password" value={again} onValue={input(setAgain)} />
      </Field>
      <ShowWhatIType show={show} onShow={setShow} />
      <button type="submit" disabled={busy || !current || !advice?.ok || !again} aria-busy={busy}>
        {busy ? t('lock.changing') : t('lock.changeForm')}
      </button>
      {done && (
        <p class="muted" role="status">
          {t('lock.changed')}
        </p>
      )}
      <FormRefusal error={error} />
    </form>
  );
}

export function TurnOffForm(props: { onTurnOff: (passphrase: string) => Promise<void> }) {
  return (
    <PassphraseForm
      form={t('lock.turnOffForm')}
      explain={t('lock.turnOffExplain')}
      label={t('lock.passphraseToConfirm')}
      name="offPassphrase"
      action={t('lock.turnOff')}
      busyAction={t('lock.turningOff')}
      onPassphrase={props.onTurnOff}
    />
  );
}
