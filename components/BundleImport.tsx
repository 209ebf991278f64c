import { useState } from 'preact/hooks';
import type { ImportPreview } from '../lib/bundle/import';
import { Field } from './Field';
import { PassphraseInput } from './PassphraseInput';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'checking'; done: number; total: number }
  /** The chosen bundle is protected: its passphrase is asked for (again when the last one was wrong). */
  | { kind: 'passphrase'; fileName: string; wrong?: string }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'importing' }
  | { kind: 'done'; message: string }
  | { kind: 'refused'; reason: string };

const size = (n: number) => (n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

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
      <Field label="The copy to import (.zip file)" hint="Everything is checked before anything is saved.">
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
          Checking every file… {size(state.done)} of {size(state.total)}
          <progress max={Math.max(state.total, 1)} value={state.done} />
        </label>
      )}
      {state.kind === 'passphrase' && <PassphraseForm state={state} onPassphrase={props.onPassphrase} onReset={props.onReset} />}
      {state.kind === 'refused' && (
        <div class="error" role="alert">
          <strong>This copy was not imported.</strong> {state.reason} Nothing on this computer was changed.
        </div>
      )}
      {state.kind === 'done' && <p role="status">{state.message}</p>}
      {preview && (
        <section aria-label="What the copy holds" class="account">
          <h3>
            Accounts of {preview.deceasedName} <span class="status">died {preview.dateOfDeath}</span>
          </h3>
          <ul>
            <li>
              {preview.scope.kind === 'account' ? 'One account: ' : `${plural(preview.accounts.length, 'account')}: `}
              {preview.accounts.map((a) => `${a.name}${a.accountNumber ? ` (${a.accountNumber})` : ''}`).join(', ') || 'none'}
            </li>
            <li>
              {plural(preview.counts.tasks, 'checklist step')}, {plural(preview.counts.contacts, 'contact')},{' '}
              {plural(preview.counts.promises, 'promise')}, {plural(preview.counts.devices, 'device')},{' '}
              {plural(preview.counts.documentsSent, 'document sent', 'documents sent')}
            </li>
            <li>
              {plural(preview.counts.evidence, 'piece of evidence', 'pieces of evidence')} in {plural(preview.files, 'file')} (
              {size(preview.fileBytes)})
            </li>
          </ul>
          <p class="muted">Every file is exactly as it was when the copy was made.</p>
          {preview.notes.length > 0 && (
            <div class="notice">
              <p>
                <strong>Before you import:</strong>
              </p>
              <ul aria-label="What will be kept differently">
                {preview.notes.map((note) => (
                  <li>{note}</li>
                ))}
              </ul>
            </div>
          )}
          {preview.caseExists ? (
            <p>This estate is already on this computer: what is new or newer in the copy will be added to it.</p>
          ) : (
            <Field label="Import as">
              <select value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
                <option value="">A new estate</option>
                {props.cases.map((c) => (
                  <option value={c.id}>Add to the estate of {c.name}</option>
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
              Import
            </button>
            <button type="button" onClick={props.onReset}>
              Cancel
            </button>
          </div>
        </section>
      )}
      {state.kind === 'importing' && <p aria-busy="true">Saving…</p>}
    </div>
  );
}

/** Asks for the passphrase of a protected bundle; a wrong one gets a calm word and another try. */
function PassphraseForm(props: {
  state: { fileName: string; wrong?: string };
  onPassphrase: (passphrase: string) => void;
  onReset: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [show, setShow] = useState(false);
  return (
    <form
      class="stack"
      aria-label="Passphrase of the copy"
      onSubmit={(e) => {
        e.preventDefault();
        if (passphrase) props.onPassphrase(passphrase);
      }}
    >
      <p>
        <strong>{props.state.fileName}</strong> is protected with a passphrase. Type the passphrase you were told; nothing is saved before
        every file is checked.
      </p>
      <Field label="Passphrase" error={props.state.wrong}>
        <PassphraseInput show={show} autocomplete="off" value={passphrase} onValue={setPassphrase} />
      </Field>
      <label class="check">
        <input type="checkbox" checked={show} onChange={(e) => setShow(e.currentTarget.checked)} />
        Show what I type
      </label>
      <div class="actions">
        <button class="primary" type="submit" disabled={!passphrase}>
          Open the copy
        </button>
        <button type="button" onClick={props.onReset}>
          Cancel
        </button>
      </div>
    </form>
  );
}
