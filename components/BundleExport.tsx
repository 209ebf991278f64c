import { useEffect, useState } from 'preact/hooks';
import { passphraseAdvice } from '../lib/bundle/passphrase';
import { locale, t } from '../lib/i18n';
import { Field } from './Field';
import { PassphraseInput } from './PassphraseInput';

export interface ExportChoices {
  /** Empty: the whole case. */
  accountId: string;
  includeSensitive: boolean;
  /** With the sensitive documents: the originals of those blacked out too (their copies go either way). */
  includeOriginals: boolean;
  fullAccountNumbers: boolean;
  /** Set: a protected bundle (for family), encrypted with this passphrase. */
  passphrase?: string;
}

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; fileName: string; protected: boolean }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

const mb = (n: number) =>
  t('copies.sizeMb', { size: (n / 1024 / 1024).toLocaleString(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });

/**
 * What to put in the report and the copy; the report opened to read or print (the one
 * main action), the copy saved as a file anyone can check; its progress and a way to stop it.
 */
export function BundleExport(props: {
  accounts: Array<{ id: string; name: string }>;
  initialAccountId?: string;
  /** Some document has a copy with parts blacked out: the originals are then asked for apart. */
  hasBlackedOutCopies: boolean;
  state: ExportState;
  onExport: (choices: ExportChoices) => void;
  /** Opens the report with these choices, to read and print. */
  onOpenReport: (choices: ExportChoices) => void;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState<ExportChoices>({
    accountId: props.initialAccountId ?? '',
    includeSensitive: false,
    includeOriginals: false,
    fullAccountNumbers: false,
  });
  const [protect, setProtect] = useState({ on: false, passphrase: '', again: '', show: false, tried: false });
  const { state } = props;
  const running = state.kind === 'running';
  // The passphrase is forgotten once the bundle is saved.
  useEffect(() => {
    if (state.kind === 'done') setProtect((p) => ({ ...p, passphrase: '', again: '', tried: false }));
  }, [state.kind]);
  const advice = passphraseAdvice(protect.passphrase);
  const problem = !protect.on
    ? undefined
    : advice.strength === 'too-short'
      ? { field: 'passphrase', message: advice.message }
      : protect.again !== protect.passphrase
        ? { field: 'again', message: t('copies.notSame') }
        : undefined;
  return (
    <form
      class="stack"
      aria-label={t('copies.exportHeading')}
      onSubmit={(e) => {
        e.preventDefault();
        setProtect({ ...protect, tried: true });
        if (problem) return;
        props.onExport(protect.on ? { ...choices, passphrase: protect.passphrase } : choices);
      }}
    >
      <Field label={t('copies.whatToInclude')} hint={t('copies.whatToIncludeHint')}>
        <select value={choices.accountId} disabled={running} onChange={(e) => setChoices({ ...choices, accountId: e.currentTarget.value })}>
          <option value="">{t('copies.wholeEstate')}</option>
          {props.accounts.map((a) => (
            <option value={a.id}>{t('copies.onlyAccount', { name: a.name })}</option>
          ))}
        </select>
      </Field>
      <label class="check">
        <input
          type="checkbox"
          checked={choices.includeSensitive}
          disabled={running}
          onChange={(e) => setChoices({ ...choices, includeSensitive: e.currentTarget.checked, includeOriginals: false })}
        />
        {t('copies.includeSensitive')}
      </label>
      {choices.includeSensitive && props.hasBlackedOutCopies && (
        <div class="stack nested">
          <label class="check">
            <input
              type="checkbox"
              checked={choices.includeOriginals}
              disabled={running}
              aria-describedby="include-originals-hint"
              onChange={(e) => setChoices({ ...choices, includeOriginals: e.currentTarget.checked })}
            />
            {t('copies.includeOriginals')}
          </label>
          <p class="hint" id="include-originals-hint">
            {t('copies.includeOriginalsHint')}
          </p>
        </div>
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={choices.fullAccountNumbers}
          disabled={running}
          onChange={(e) => setChoices({ ...choices, fullAccountNumbers: e.currentTarget.checked })}
        />
        {t('copies.fullNumbers')}
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={protect.on}
          disabled={running}
          onChange={(e) => setProtect({ ...protect, on: e.currentTarget.checked, tried: false })}
        />
        {t('copies.protect')}
      </label>
      {protect.on && (
        <fieldset class="stack protect" disabled={running}>
          <legend class="visually-hidden">{t('copies.passphrase')}</legend>
          <p class="hint">{t('copies.protectExplain')}</p>
          <Field
            label={t('copies.passphrase')}
            hint={protect.passphrase ? advice.message : undefined}
            error={protect.tried && problem?.field === 'passphrase' ? problem.message : undefined}
          >
            <PassphraseInput
              show={protect.show}
              autocomplete="new-password"
              value={protect.passphrase}
              onValue={(v) => setProtect({ ...protect, passphrase: v })}
            />
          </Field>
          <Field label={t('copies.typeAgain')} error={protect.tried && problem?.field === 'again' ? problem.message : undefined}>
            <PassphraseInput
              show={protect.show}
              autocomplete="new-password"
              value={protect.again}
              onValue={(v) => setProtect({ ...protect, again: v })}
            />
          </Field>
          <label class="check">
            <input type="checkbox" checked={protect.show} onChange={(e) => setProtect({ ...protect, show: e.currentTarget.checked })} />
            {t('copies.showWhatIType')}
          </label>
          <p class="hint">{t('copies.lostPassphrase')}</p>
        </fieldset>
      )}
      {state.kind === 'running' ? (
        <div class="stack">
          <label class="progress">
            {t('copies.making', { done: mb(state.done), total: mb(state.total) })}
            <progress max={Math.max(state.total, 1)} value={state.done} />
          </label>
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <div class="stack report-actions">
          <button class="primary" type="button" onClick={() => props.onOpenReport(choices)}>
            {t('copies.openReport')}
          </button>
          <button type="submit">{t('copies.saveCopy')}</button>
        </div>
      )}
      {props.state.kind === 'done' &&
        (props.state.protected ? (
          <p role="status">
            {t('copies.savedAs')} <strong>{props.state.fileName}</strong>
            {t('copies.savedProtected')}
          </p>
        ) : (
          <p role="status">
            {t('copies.savedAs')} <strong>{props.state.fileName}</strong>
            {t('copies.savedPlain')}
          </p>
        ))}
      {props.state.kind === 'cancelled' && <p role="status">{t('copies.cancelled')}</p>}
      {props.state.kind === 'failed' && (
        <p class="error" role="alert">
          {t('copies.couldNotMake', { reason: props.state.message })}
        </p>
      )}
    </form>
  );
}
