import { useState } from 'preact/hooks';
import type { ImportPreview } from '../lib/bundle/import';
import { locale, t } from '../lib/i18n';
import { Field } from './Field';
import { PassphraseInput, ShowWhatIType } from './PassphraseInput';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'checking'; done: number; total: number }
  /** The chosen bundle is protected: its passphrase is asked for (again when the last one was wrong). */
  | { kind: 'passphrase'; fileName: string; wrong?: string }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'importing' }
  | { kind: 'done'; message: string }
  /** `reason` in plain words; `detail`, what exactly was found (kept in English, for whoever helps). */
  | { kind: 'refused'; reason: string; detail?: string };

const size = (n: number) =>
  n < 1024 * 1024
    ? t('copies.sizeKb', { size: Math.ceil(n / 1024) })
    : t('copies.sizeMb', { size: (n / 1024 / 1024).toLocaleString(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });

/** Choose a copy, see what it holds, then import it as a new estate or into an existing one. */
export function BundleImport(props: {
  cases: Array<{ id: string; name: string }>;
  state: ImportState;
  onChoose: (file: File) => void;
  onPassphrase: (passphrase: string) => void;
  onImport: (target: { kind: 'new' } | { kind: 'merge'; caseId: string }) => void;
  onReset: () => void;
}) {
  const { state } = props;
  const preview = state.kind === 'preview' ? state.preview : undefined;
  const [target, setTarget] = useState('');
  const chosenTarget = preview?.caseExists ? preview.caseId : target;
  return (
    <div class="stack">
      <Field label={t('copies.fileToImport')} hint={t('copies.fileToImportHint')}>
        <input
          type="file"
          accept=".zip,application/zip"
          disabled={state.kind === 'checking' || state.kind === 'importing'}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // so the same file can be chosen again
            if (file) props.onChoose(file);
          }}
        />
      </Field>
      {state.kind === 'checking' && (
        <label class="progress">
          {t('copies.checking', { done: size(state.done), total: size(state.total) })}
          <progress max={Math.max(state.total, 1)} value={state.done} />
        </label>
      )}
      {state.kind === 'passphrase' && <CopyPassphraseForm state={state} onPassphrase={props.onPassphrase} onReset={props.onReset} />}
      {state.kind === 'refused' && (
        <div class="error" role="alert">
          <strong>{t('copies.notImported')}</strong> {state.reason} {t('copies.nothingChanged')}
          {state.detail && state.detail !== state.reason && (
            <details>
              <summary>{t('copies.whatWasFound')}</summary>
              <p lang="en">{state.detail}</p>
            </details>
          )}
        </div>
      )}
      {state.kind === 'done' && <p role="status">{state.message}</p>}
      {preview && (
        <section aria-label={t('copies.whatItHolds')} class="account">
          <h3>
            {t('copies.accountsOf', { name: preview.deceasedName })}{' '}
            <span class="status">{t('copies.diedOn', { date: preview.dateOfDeath })}</span>
          </h3>
          <ul>
            <li>
              {preview.scope.kind === 'account' ? t('copies.oneAccount') : t('copies.accountsCount', { count: preview.accounts.length })}
              {preview.accounts.map((a) => `${a.name}${a.accountNumber ? ` (${a.accountNumber})` : ''}`).join(', ') || t('copies.none')}
            </li>
            <li>
              {[
                t('copies.steps', { count: preview.counts.tasks }),
                t('copies.contacts', { count: preview.counts.contacts }),
                t('copies.promises', { count: preview.counts.promises }),
                t('copies.devices', { count: preview.counts.devices }),
                t('copies.documentsSent', { count: preview.counts.documentsSent }),
              ].join(', ')}
            </li>
            <li>
              {t('copies.evidence', { count: preview.counts.evidence })}{' '}
              {t('copies.inFiles', { count: preview.files, size: size(preview.fileBytes) })}
            </li>
          </ul>
          <p class="muted">{t('copies.filesExact')}</p>
          {preview.notes.length > 0 && (
            <div class="notice">
              <p>
                <strong>{t('copies.beforeImport')}</strong>
              </p>
              <ul aria-label={t('copies.keptDifferently')}>
                {preview.notes.map((note) => (
                  <li>{note}</li>
                ))}
              </ul>
            </div>
          )}
          {preview.caseExists ? (
            <p>{t('copies.estateIsHere')}</p>
          ) : (
            <Field label={t('copies.importAs')}>
              <select value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
                <option value="">{t('copies.newEstate')}</option>
                {props.cases.map((c) => (
                  <option value={c.id}>{t('copies.addTo', { name: c.name })}</option>
                ))}
              </select>
            </Field>
          )}
          <div class="actions">
            <button
              class="primary"
              type="button"
              onClick={() => props.onImport(chosenTarget ? { kind: 'merge', caseId: chosenTarget } : { kind: 'new' })}
            >
              {t('copies.import')}
            </button>
            <button type="button" onClick={props.onReset}>
              {t('common.cancel')}
            </button>
          </div>
        </section>
      )}
      {state.kind === 'importing' && <p aria-busy="true">{t('copies.saving')}</p>}
    </div>
  );
}

/** Asks for the passphrase of a protected bundle; a wrong one gets a calm word and another try. */
function CopyPassphraseForm(props: {
  state: { fileName: string; wrong?: string };
  onPassphrase: (passphrase: string) => void;
  onReset: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [show, setShow] = useState(false);
  return (
    <form
      class="stack"
      aria-label={t('copies.passphraseForm')}
      onSubmit={(e) => {
        e.preventDefault();
        if (passphrase) props.onPassphrase(passphrase);
      }}
    >
      <p>
        <strong>{props.state.fileName}</strong>
        {t('copies.isProtected')}
      </p>
      <Field label={t('copies.passphrase')} error={props.state.wrong}>
        <PassphraseInput show={show} autocomplete="off" value={passphrase} onValue={setPassphrase} />
      </Field>
      <ShowWhatIType show={show} onShow={setShow} />
      <div class="actions">
        <button class="primary" type="submit" disabled={!passphrase}>
          {t('copies.openCopy')}
        </button>
        <button type="button" onClick={props.onReset}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
