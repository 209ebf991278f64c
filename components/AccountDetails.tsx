import { useState } from 'preact/hooks';
import { maskAccountNumber } from '../lib/derived/states';
import { t } from '../lib/i18n';
import { intentLabels } from '../lib/labels';
import type { Account, Intent } from '../lib/model';
import { intents as allIntents } from '../lib/model/codes';
import { Field } from './Field';
import { type SaveRecord, useRecordEditor } from './RecordEditor';

/** What to do with the account, and its details; each change saves when the field is left. */
export function AccountDetails(props: {
  account: Account;
  survivorName?: string;
  /** The choices the provider allows (a provider that only closes offers no move); all when absent. */
  intents?: readonly Intent[];
  /** Whether to ask for the day service stops (a streaming subscription has no such day to plan). */
  askDisconnectDate?: boolean;
  onSave: SaveRecord<Account>;
}) {
  const { draft, errors, change, bind } = useRecordEditor(props.account, props.onSave);
  const [reveal, setReveal] = useState(false);
  const labels = intentLabels(props.survivorName);
  // A choice made before it was known to be unavailable stays visible.
  const intents = allIntents.filter((i) => !props.intents || props.intents.includes(i) || i === props.account.intent);
  return (
    <div class="stack">
      <fieldset class="intent">
        <legend>{t('account.intentQuestion')}</legend>
        {intents.map((intent) => (
          <label class="choice">
            <input
              type="radio"
              name={`intent-${draft.id}`}
              value={intent}
              checked={draft.intent === intent}
              onChange={() => change({ intent })}
            />
            {labels[intent]}
          </label>
        ))}
      </fieldset>
      <details>
        <summary>
          {draft.accountNumber ? t('account.detailsWithNumber', { number: maskAccountNumber(draft.accountNumber) }) : t('account.details')}
        </summary>
        <div class="stack">
          <Field label={t('account.accountNumber')} hint={t('account.accountNumberHint')} error={errors.accountNumber}>
            {reveal ? (
              <input autoComplete="off" {...bind('accountNumber')} />
            ) : (
              <input type="password" autoComplete="off" {...bind('accountNumber')} />
            )}
          </Field>
          <button type="button" class="link" aria-pressed={reveal} onClick={() => setReveal(!reveal)}>
            {reveal ? t('account.hideNumber') : t('account.showNumber')}
          </button>
          <Field label={t('account.nameOnAccount')} error={errors.nameOnAccount}>
            <input {...bind('nameOnAccount')} />
          </Field>
          <Field label={t('account.serviceAddress')} error={errors.serviceAddress}>
            <textarea rows={2} {...bind('serviceAddress')} />
          </Field>
          {props.askDisconnectDate !== false && (
            <Field label={t('account.disconnectDate')} hint={t('account.disconnectDateHint')} error={errors.disconnectDate}>
              <input type="date" {...bind('disconnectDate')} />
            </Field>
          )}
          <Field label={t('account.notes')} error={errors.notes}>
            <textarea rows={3} {...bind('notes')} />
          </Field>
        </div>
      </details>
    </div>
  );
}
