import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { Field } from './Field';

export interface ReminderSettingsValues {
  notifications: boolean;
  ackDays: number;
  escalateDays: number;
}

type DaysKey = 'ackDays' | 'escalateDays';

/** A number of days; the typed text is kept while it is not a valid number, and handed up on change. */
function DaysField(props: {
  name: DaysKey;
  label: string;
  hint: string;
  value: number;
  error?: string;
  onChange: (change: Partial<ReminderSettingsValues>) => void;
}) {
  const [days, setDays] = useState(String(props.value));
  useEffect(() => setDays(String(props.value)), [props.value]);
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      <input
        name={props.name}
        type="number"
        inputMode="numeric"
        min={1}
        max={365}
        step={1}
        value={days}
        onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)}
        onChange={(e) => {
          const raw = (e.currentTarget as HTMLInputElement).value.trim();
          props.onChange({ [props.name]: raw === '' ? Number.NaN : Number(raw) });
        }}
      />
    </Field>
  );
}

/** Reminder preferences; each change is handed up at once (and saved there if valid). */
export function ReminderSettingsForm(props: {
  values: ReminderSettingsValues;
  errors: Record<string, string>;
  onChange: (change: Partial<ReminderSettingsValues>) => void;
}) {
  // Shown at once, before the save comes back; the typed text is kept while it is not a valid number.
  const [notifications, setNotifications] = useState(props.values.notifications);
  useEffect(() => setNotifications(props.values.notifications), [props.values.notifications]);
  return (
    <form class="stack" aria-label={t('settings.reminderSettingsHeading')} onSubmit={(e) => e.preventDefault()}>
      <label class="check">
        <input
          type="checkbox"
          name="notifications"
          checked={notifications}
          onChange={(e) => {
            const checked = (e.currentTarget as HTMLInputElement).checked;
            setNotifications(checked);
            props.onChange({ notifications: checked });
          }}
        />
        <span>{t('settings.notificationsLabel')}</span>
      </label>
      <DaysField
        name="ackDays"
        label={t('settings.ackDaysLabel')}
        hint={t('settings.ackDaysHint')}
        value={props.values.ackDays}
        error={props.errors.ackDays}
        onChange={props.onChange}
      />
      <DaysField
        name="escalateDays"
        label={t('settings.escalateDaysLabel')}
        hint={t('settings.escalateDaysHint')}
        value={props.values.escalateDays}
        error={props.errors.escalateDays}
        onChange={props.onChange}
      />
    </form>
  );
}
