import { useEffect, useState } from 'preact/hooks';
import { Field } from './Field';

export interface ReminderSettingsValues {
  notifications: boolean;
  ackDays: number;
}

/** Reminder preferences; each change is handed up at once (and saved there if valid). */
export function ReminderSettingsForm(props: {
  values: ReminderSettingsValues;
  errors: Record<string, string>;
  onChange: (change: Partial<ReminderSettingsValues>) => void;
}) {
  // Shown at once, before the save comes back; the typed text is kept while it is not a valid number.
  const [notifications, setNotifications] = useState(props.values.notifications);
  const [days, setDays] = useState(String(props.values.ackDays));
  useEffect(() => setNotifications(props.values.notifications), [props.values.notifications]);
  useEffect(() => setDays(String(props.values.ackDays)), [props.values.ackDays]);
  return (
    <form class="stack" aria-label="Reminder settings" onSubmit={(e) => e.preventDefault()}>
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
        <span>Show a notification when something is due or a promise is not kept</span>
      </label>
      <Field
        label="Days to wait for a reply to a document you sent"
        hint="After this many days without an acknowledgment, the document counts as needing a follow-up."
        error={props.errors.ackDays}
      >
        <input
          name="ackDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          step={1}
          value={days}
          onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)}
          onChange={(e) => {
            const raw = (e.currentTarget as HTMLInputElement).value.trim();
            props.onChange({ ackDays: raw === '' ? Number.NaN : Number(raw) });
          }}
        />
      </Field>
    </form>
  );
}
