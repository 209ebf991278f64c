import { useRef, useState } from 'preact/hooks';
import { AttentionList } from '../../../components/AttentionList';
import { Loading } from '../../../components/Loading';
import { ReminderSettingsForm, type ReminderSettingsValues } from '../../../components/ReminderSettingsForm';
import { pageSizes, ShowMore, usePaged } from '../../../components/ShowMore';
import { accountsOfCase, activeCase } from '../../../lib/db/caseReads';
import { currentMatcher } from '../../../lib/db/matcher';
import { ReminderSettings, saveReminderSettings } from '../../../lib/db/reminderSettings';
import { reminderSnapshot } from '../../../lib/db/reminderSnapshot';
import { t } from '../../../lib/i18n';
import { providerName as nameOfProvider } from '../../../lib/labels';
import { fieldErrors } from '../../../lib/model/errors';
import { recordIdOf } from '../../../lib/reminders/attention';
import { toIcs } from '../../../lib/reminders/ics';
import { describeItem } from '../../../lib/reminders/notify';
import { downloadFile } from '../download';
import { notifyChanged, useLive } from '../hooks';
import { useOpenView } from '../navigation';

/** Reminders: what needs attention, the calendar export, and the reminder settings. */
export function RemindersView() {
  const { value, error } = useLive(async () => {
    const [snap, estateCase] = await Promise.all([reminderSnapshot(), activeCase()]);
    const [accounts, matcher] = await Promise.all([estateCase ? accountsOfCase(estateCase.id) : [], currentMatcher()]);
    const names = new Map(accounts.map((a) => [a.id, nameOfProvider(matcher, a.providerId)]));
    return { snap, estateCase, providerName: (accountId: string) => names.get(accountId) ?? 'Account' };
  }, []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState('');
  const openView = useOpenView();
  const list = useRef<HTMLDivElement>(null);
  const paged = usePaged(value?.snap.items ?? [], pageSizes.reminders, list);

  if (error || !value) return <Loading error={error} />;
  const { snap, estateCase, providerName } = value;

  const onChange = async (change: Partial<ReminderSettingsValues>) => {
    const checked = ReminderSettings.safeParse({ ...snap.settings, ...change });
    if (!checked.success) return setErrors(fieldErrors(checked.error));
    setErrors({});
    await saveReminderSettings(change);
    setSaved('Saved.');
    notifyChanged();
  };

  const download = () => {
    const text = toIcs(snap.calendar, {
      now: new Date(),
      providerName,
      calendarName: estateCase ? `Estate of ${estateCase.deceasedName}` : 'Estate reminders',
    });
    downloadFile(new Blob([text], { type: 'text/calendar;charset=utf-8' }), 'estate-reminders.ics');
  };

  return (
    <>
      <section aria-labelledby="attention-heading">
        <h2 id="attention-heading">Needs attention</h2>
        <div ref={list}>
          <AttentionList
            rows={paged.shown.map((i) => ({ key: i.key, overdue: i.overdue, ...describeItem(i, providerName(i.accountId)) }))}
            onOpen={(row) => {
              const item = snap.items.find((i) => i.key === row.key);
              if (item) openView('here', { accountId: item.accountId, focus: recordIdOf(item.key) });
            }}
          />
        </div>
        {paged.hidden > 0 && (
          <ShowMore
            note={t('lists.remindersShown', { shown: paged.shown.length, count: snap.items.length })}
            label={t('lists.moreReminders')}
            onMore={paged.more}
          />
        )}
      </section>
      <section aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">Calendar</h2>
        <p class="muted">
          {snap.calendar.length === 0
            ? 'No dates yet. Due dates, promises, return deadlines and follow-ups will appear here.'
            : `${snap.calendar.length} ${snap.calendar.length === 1 ? 'date' : 'dates'}: due dates, promises, return deadlines and follow-ups. Importing the file again updates them rather than adding copies.`}
        </p>
        <button type="button" onClick={download} disabled={snap.calendar.length === 0}>
          Download calendar file (.ics)
        </button>
      </section>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">Reminder settings</h2>
        <ReminderSettingsForm
          values={snap.settings}
          errors={errors}
          onChange={(c) => onChange(c).catch((e) => setErrors({ _: String(e) }))}
        />
        {errors._ ? (
          <p class="error" role="alert">
            Not saved: {errors._}
          </p>
        ) : (
          <p class="muted" role="status">
            {saved}
          </p>
        )}
      </section>
    </>
  );
}
