import { useEffect, useState } from 'preact/hooks';
import { passphraseAdvice } from '../lib/bundle/passphrase';
import { Field } from './Field';
import { PassphraseInput } from './PassphraseInput';

export interface ExportChoices {
  /** Empty: the whole case. */
  accountId: string;
  includeSensitive: boolean;
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

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * What to put in the report and the copy; the report opened to read or print (the one
 * main action), the copy saved as a file anyone can check; its progress and a way to stop it.
 */
export function BundleExport(props: {
  accounts: Array<{ id: string; name: string }>;
  initialAccountId?: string;
  state: ExportState;
  onExport: (choices: ExportChoices) => void;
  /** Opens the report with these choices, to read and print. */
  onOpenReport: (choices: ExportChoices) => void;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState<ExportChoices>({
    accountId: props.initialAccountId ?? '',
    includeSensitive: false,
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
        ? { field: 'again', message: 'The two passphrases are not the same.' }
        : undefined;
  return (
    <form
      class="stack"
      aria-label="Print or keep a copy"
      onSubmit={(e) => {
        e.preventDefault();
        setProtect({ ...protect, tried: true });
        if (problem) return;
        props.onExport(protect.on ? { ...choices, passphrase: protect.passphrase } : choices);
      }}
    >
      <Field label="What to include" hint="One account is enough for a complaint about one provider.">
        <select value={choices.accountId} disabled={running} onChange={(e) => setChoices({ ...choices, accountId: e.currentTarget.value })}>
          <option value="">The whole estate</option>
          {props.accounts.map((a) => (
            <option value={a.id}>Only {a.name}</option>
          ))}
        </select>
      </Field>
      <label class="check">
        <input
          type="checkbox"
          checked={choices.includeSensitive}
          disabled={running}
          onChange={(e) => setChoices({ ...choices, includeSensitive: e.currentTarget.checked })}
        />
        Include documents marked sensitive (death certificate, ID…)
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={choices.fullAccountNumbers}
          disabled={running}
          onChange={(e) => setChoices({ ...choices, fullAccountNumbers: e.currentTarget.checked })}
        />
        Show account numbers in full (otherwise only their last four digits)
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={protect.on}
          disabled={running}
          onChange={(e) => setProtect({ ...protect, on: e.currentTarget.checked, tried: false })}
        />
        Protect with a passphrase (for family)
      </label>
      {protect.on && (
        <fieldset class="stack protect" disabled={running}>
          <legend class="visually-hidden">Passphrase</legend>
          <p class="hint">
            Only someone who knows the passphrase can open the files. Your family member opens the file with 7-Zip on Windows, Keka or The
            Unarchiver on a Mac, or <code>7z x</code> on Linux, and types the passphrase. Tell it to them by phone or in person, never in
            the same email or message as the file. The names of the files inside (provider, date, kind of document) can still be seen
            without it. For a provider or a regulator, leave this off.
          </p>
          <Field
            label="Passphrase"
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
          <Field label="Type the passphrase again" error={protect.tried && problem?.field === 'again' ? problem.message : undefined}>
            <PassphraseInput
              show={protect.show}
              autocomplete="new-password"
              value={protect.again}
              onValue={(v) => setProtect({ ...protect, again: v })}
            />
          </Field>
          <label class="check">
            <input type="checkbox" checked={protect.show} onChange={(e) => setProtect({ ...protect, show: e.currentTarget.checked })} />
            Show what I type
          </label>
          <p class="hint">If the passphrase is lost, nobody can open this file (your records here stay as they are).</p>
        </fieldset>
      )}
      {state.kind === 'running' ? (
        <div class="stack">
          <label class="progress">
            Making the copy… {mb(state.done)} of {mb(state.total)}
            <progress max={Math.max(state.total, 1)} value={state.done} />
          </label>
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      ) : (
        <div class="stack report-actions">
          <button class="primary" type="button" onClick={() => props.onOpenReport(choices)}>
            Open the report to read or print
          </button>
          <button type="submit">Save a copy anyone can check</button>
        </div>
      )}
      {props.state.kind === 'done' &&
        (props.state.protected ? (
          <p role="status">
            Saved as <strong>{props.state.fileName}</strong>, protected with your passphrase. It opens with 7-Zip (Windows), Keka or The
            Unarchiver (Mac), or <code>7z x</code> (Linux). Tell the passphrase by phone or in person, never in the same email.
          </p>
        ) : (
          <p role="status">
            Saved as <strong>{props.state.fileName}</strong> in your downloads. Inside it, report.html is the report; the other files let
            anyone check that nothing was changed since today.
          </p>
        ))}
      {props.state.kind === 'cancelled' && <p role="status">Cancelled. Nothing was saved.</p>}
      {props.state.kind === 'failed' && (
        <p class="error" role="alert">
          The copy could not be made: {props.state.message}
        </p>
      )}
    </form>
  );
}
