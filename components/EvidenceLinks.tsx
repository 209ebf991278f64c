import { type MessageKey, t } from '../lib/i18n';
import { Field } from './Field';

export interface LinkOption {
  id: string;
  label: string;
  /** Tasks, devices and contacts belong to an account. */
  accountId?: string;
}

export interface LinkOptions {
  accounts: LinkOption[];
  tasks: LinkOption[];
  devices: LinkOption[];
  contacts: LinkOption[];
}

export interface LinkValue {
  accountId?: string;
  taskId?: string;
  deviceId?: string;
  contactId?: string;
}

const kinds = [
  ['taskId', 'tasks', 'account.linkStep'],
  ['deviceId', 'devices', 'account.linkDevice'],
  ['contactId', 'contacts', 'account.linkContact'],
] as const satisfies ReadonlyArray<readonly [keyof LinkValue, keyof LinkOptions, MessageKey]>;

/** What a piece of proof is about: an account and, optionally, one of its steps, devices or contacts. Saves on change. */
export function EvidenceLinks(props: { options: LinkOptions; value: LinkValue; onChange: (value: LinkValue) => void; disabled?: boolean }) {
  const { options, value } = props;
  const pick = (e: Event) => (e.currentTarget as HTMLSelectElement).value || undefined;
  return (
    <div class="stack links">
      <Field label={t('account.linkAccount')}>
        <select
          value={value.accountId ?? ''}
          disabled={props.disabled}
          // A new account drops the links that belonged to the old one.
          onChange={(e) => props.onChange({ accountId: pick(e) })}
        >
          <option value="">{t('account.notLinked')}</option>
          {options.accounts.map((a) => (
            <option value={a.id}>{a.label}</option>
          ))}
        </select>
      </Field>
      {value.accountId &&
        kinds.map(([key, list, label]) => {
          const choices = options[list].filter((o) => o.accountId === value.accountId);
          if (choices.length === 0) return null;
          return (
            <Field label={t(label)}>
              <select value={value[key] ?? ''} disabled={props.disabled} onChange={(e) => props.onChange({ ...value, [key]: pick(e) })}>
                <option value="">{t('account.none')}</option>
                {choices.map((o) => (
                  <option value={o.id}>{o.label}</option>
                ))}
              </select>
            </Field>
          );
        })}
    </div>
  );
}
