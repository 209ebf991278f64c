import { useState } from 'preact/hooks';
import { formatDate } from '../lib/dates';
import type { EstateCase } from '../lib/model';
import { CaseForm, type CaseFormValues } from './CaseForm';

/** Whose estate this is, switching between cases, editing, and starting another. */
export function CaseBar(props: {
  current: EstateCase;
  cases: EstateCase[];
  errors: Record<string, string>;
  onSwitch: (caseId: string) => void;
  onEdit: (values: CaseFormValues) => Promise<boolean>;
  onCreate: (values: CaseFormValues) => Promise<boolean>;
}) {
  const [mode, setMode] = useState<'view' | 'edit' | 'new'>('view');
  const { current } = props;
  return (
    <section class="case-bar" aria-label="The estate">
      <div class="row spread">
        <div>
          <strong>Estate of {current.deceasedName}</strong>
          <div class="muted">Died {formatDate(current.dateOfDeath)}</div>
        </div>
        {mode === 'view' && (
          <div class="row">
            <button type="button" class="link" onClick={() => setMode('edit')}>
              Edit
            </button>
            <button type="button" class="link" onClick={() => setMode('new')}>
              New case
            </button>
          </div>
        )}
      </div>
      {props.cases.length > 1 && mode === 'view' && (
        <label class="row">
          <span>Working on</span>
          <select aria-label="Working on" value={current.id} onChange={(e) => props.onSwitch(e.currentTarget.value)}>
            {props.cases.map((c) => (
              <option value={c.id}>{c.deceasedName}</option>
            ))}
          </select>
        </label>
      )}
      {mode === 'edit' && (
        <div class="card">
          <CaseForm
            initial={{
              ...current,
              survivorName: current.survivorName ?? '',
              userName: current.userName ?? '',
              userAddress: current.userAddress ?? '',
              userPhone: current.userPhone ?? '',
              userEmail: current.userEmail ?? '',
            }}
            submitLabel="Save changes"
            errors={props.errors}
            onSubmit={async (values) => (await props.onEdit(values)) && setMode('view')}
          />
          <button type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </div>
      )}
      {mode === 'new' && (
        <div class="card">
          <h3>Another person's estate</h3>
          <CaseForm
            submitLabel="Start this case"
            errors={props.errors}
            onSubmit={async (values) => (await props.onCreate(values)) && setMode('view')}
          />
          <button type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
