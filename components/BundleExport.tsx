import { useState } from 'preact/hooks';
import { Field } from './Field';

export interface ExportChoices {
  /** Empty: the whole case. */
  accountId: string;
  includeSensitive: boolean;
  fullAccountNumbers: boolean;
}

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Options for a proof bundle, its progress and a way to stop it. */
export function BundleExport(props: {
  accounts: Array<{ id: string; name: string }>;
  initialAccountId?: string;
  state: ExportState;
  onExport: (choices: ExportChoices) => void;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState<ExportChoices>({
    accountId: props.initialAccountId ?? '',
    includeSensitive: false,
    fullAccountNumbers: false,
  });
  const { state } = props;
  const running = state.kind === 'running';
  return (
    <form
      class="stack"
      aria-label="Export a proof bundle"
      onSubmit={(e) => {
        e.preventDefault();
        props.onExport(choices);
      }}
    >
      <Field label="What to include" hint="One account is enough for a complaint about one provider.">
        <select value={choices.accountId} disabled={running} onChange={(e) => setChoices({ ...choices, accountId: e.currentTarget.value })}>
          <option value="">The whole case</option>
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
      {state.kind === 'running' ? (
        <div class="stack">
          <label class="progress">
            Making the bundle… {mb(state.done)} of {mb(state.total)}
            <progress max={Math.max(state.total, 1)} value={state.done} />
          </label>
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      ) : (
        <button class="primary" type="submit">
          Export the proof bundle
        </button>
      )}
      {props.state.kind === 'done' && (
        <p role="status">
          Saved as <strong>{props.state.fileName}</strong>. Anyone can open report.html inside it; the checksum files prove nothing was
          changed.
        </p>
      )}
      {props.state.kind === 'cancelled' && <p role="status">Cancelled. Nothing was saved.</p>}
      {props.state.kind === 'failed' && (
        <p class="error" role="alert">
          The bundle could not be made: {props.state.message}
        </p>
      )}
    </form>
  );
}
