import { useState } from 'preact/hooks';
import type { Account } from '../lib/model';
import { intents } from '../lib/model';
import { maskAccountNumber } from '../lib/workflow';
import { Field } from './Field';
import { intentLabels } from './labels';
import { useRecordEditor, valueOf, type SaveRecord } from './RecordEditor';

/** What to do with the account, and its details; each change saves when the field is left. */
export function AccountDetails(props: { account: Account; survivorName?: string; onSave: SaveRecord<Account> }) {
  const { draft, errors, change } = useRecordEditor(props.account, props.onSave);
  const [reveal, setReveal] = useState(false);
  const labels = intentLabels(props.survivorName);
  return (
    <div class="stack">
      <fieldset class="intent">
        <legend>What should happen to this account?</legend>
        {intents.map((intent) => (
          <label class="choice">
            <input type="radio" name={`intent-${draft.id}`} value={intent} checked={draft.intent === intent} onChange={() => change({ intent })} />
            {labels[intent]}
          </label>
        ))}
      </fieldset>
      <details>
        <summary>
          Account details{draft.accountNumber ? ` (account ${maskAccountNumber(draft.accountNumber)})` : ''}
        </summary>
        <div class="stack">
          <Field label="Account number" hint="Shown as its last four digits elsewhere." error={errors.accountNumber}>
            {reveal ? (
              <input autoComplete="off" value={draft.accountNumber ?? ''} onChange={(e) => change({ accountNumber: valueOf(e) || undefined })} />
            ) : (
              <input type="password" autoComplete="off" value={draft.accountNumber ?? ''} onChange={(e) => change({ accountNumber: valueOf(e) || undefined })} />
            )}
          </Field>
          <button type="button" class="link" aria-pressed={reveal} onClick={() => setReveal(!reveal)}>
            {reveal ? 'Hide the account number' : 'Show the account number'}
          </button>
          <Field label="Name on the account" error={errors.nameOnAccount}>
            <input value={draft.nameOnAccount ?? ''} onChange={(e) => change({ nameOnAccount: valueOf(e) || undefined })} />
          </Field>
          <Field label="Service address" error={errors.serviceAddress}>
            <textarea rows={2} value={draft.serviceAddress ?? ''} onChange={(e) => change({ serviceAddress: valueOf(e) || undefined })} />
          </Field>
          <Field label="Disconnect date" hint="The day service stops; equipment return windows count from it." error={errors.disconnectDate}>
            <input type="date" value={draft.disconnectDate ?? ''} onChange={(e) => change({ disconnectDate: valueOf(e) || undefined })} />
          </Field>
          <Field label="Notes" error={errors.notes}>
            <textarea rows={3} value={draft.notes ?? ''} onChange={(e) => change({ notes: valueOf(e) || undefined })} />
          </Field>
        </div>
      </details>
    </div>
  );
}
