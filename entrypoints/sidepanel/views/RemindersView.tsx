import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AttentionList } from '../../../components/AttentionList';
import { LanguageChooser } from '../../../components/LanguageChooser';
import { Loading } from '../../../components/Loading';
import { ReminderSettingsForm, type ReminderSettingsValues } from '../../../components/ReminderSettingsForm';
import { accountsOfCase, activeCase } from '../../../lib/db/caseReads';
import { loadChosenLanguage, readLanguageChoice, saveLanguageChoice } from '../../../lib/db/languageSetting';
import { currentMatcher } from '../../../lib/db/matcher';
import { ReminderSettings, saveReminderSettings } from '../../../lib/db/reminderSettings';
import { reminderSnapshot } from '../../../lib/db/reminderSnapshot';
import { browserLanguages, type LanguageChoice, pickLanguage, t } from '../../../lib/i18n';
import { providerName as nameOfProvider } from '../../../lib/labels';
import { fieldErrors } from '../../../lib/model/errors';
import { recordIdOf } from '../../../lib/reminders/attention';
import { toIcs } from '../../../lib/reminders/ics';
import { describeItem } from '../../../lib/reminders/notify';
import { downloadFile } from '../download';
import { notifyChanged, useLive } from '../hooks';
import { useOpenView } from '../navigation';

/** Reminders: what needs attention, the calendar export, the reminder settings, and the language. */
export function RemindersView() {
  const { value, error } = useLive(async () => {
    const [snap, estateCase, languageChoice] = await Promise.all([reminderSnapshot(), activeCase(), readLanguageChoice()]);
    const [accounts, matcher] = await Promise.all([estateCase ? accountsOfCase(estateCase.id) : [], currentMatcher()]);
    const names = new Map(accounts.map((a) => [a.id, nameOfProvider(matcher, a.providerId)]));
    return { snap, estateCase, languageChoice, providerName: (accountId: string) => names.get(accountId) ?? t('settings.account') };
  }, []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [languageError, setLanguageError] = useState('');
  const openView = useOpenView();

  if (error || !value) return <Loading error={error} />;
  const { snap, estateCase, languageChoice, providerName } = value;
  const uiLanguage = browser.i18n.getUILanguage();

  const onChange = async (change: Partial<ReminderSettingsValues>) => {
    const checked = ReminderSettings.safeParse({ ...snap.settings, ...change });
    if (!checked.success) return setErrors(fieldErrors(checked.error));
    setErrors({});
    await saveReminderSettings(change);
    setSaved(true);
    notifyChanged();
  };

  const download = () => {
    const text = toIcs(snap.calendar, {
      now: new Date(),
      providerName,
      calendarName: estateCase ? t('settings.calendarNameOf', { name: estateCase.deceasedName }) : t('settings.calendarName'),
    });
    downloadFile(new Blob([text], { type: 'text/calendar;charset=utf-8' }), 'estate-reminders.ics');
  };

  return (
    <>
      <section aria-labelledby="attention-heading">
        <h2 id="attention-heading">{t('settings.attentionHeading')}</h2>
        <AttentionList
          rows={snap.items.map((i) => ({ key: i.key, overdue: i.overdue, ...describeItem(i, providerName(i.accountId)) }))}
          onOpen={(row) => {
            const item = snap.items.find((i) => i.key === row.key);
            if (item) openView('here', { accountId: item.accountId, focus: recordIdOf(item.key) });
          }}
        />
      </section>
      <section aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">{t('settings.calendarHeading')}</h2>
        <p class="muted">
          {snap.calendar.length === 0 ? t('settings.calendarEmpty') : t('settings.calendarDates', { count: snap.calendar.length })}
        </p>
        <button type="button" onClick={download} disabled={snap.calendar.length === 0}>
          {t('settings.calendarDownload')}
        </button>
      </section>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('settings.reminderSettingsHeading')}</h2>
        <ReminderSettingsForm
          values={snap.settings}
          errors={errors}
          onChange={(c) => onChange(c).catch((e) => setErrors({ _: String(e) }))}
        />
        {errors._ ? (
          <p class="error" role="alert">
            {t('settings.notSaved', { reason: errors._ })}
          </p>
        ) : (
          <p class="muted" role="status">
            {saved ? t('common.saved') : ''}
          </p>
        )}
      </section>
      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t('settings.languageHeading')}</h2>
        <LanguageChooser
          choice={languageChoice}
          browserLanguage={pickLanguage('auto', browserLanguages(uiLanguage))}
          onChange={(choice) => chooseLanguage(choice, uiLanguage).catch((e) => setLanguageError(String(e)))}
        />
        {languageError && (
          <p class="error" role="alert">
            {t('settings.notSaved', { reason: languageError })}
          </p>
        )}
      </section>
    </>
  );
}

/**
 * Saves the choice and speaks it at once: the whole panel is drawn again in that language
 * (App follows the language), the chooser keeps the focus, and nothing typed elsewhere is lost.
 */
async function chooseLanguage(choice: LanguageChoice, uiLanguage: string): Promise<void> {
  await saveLanguageChoice(choice);
  await loadChosenLanguage(uiLanguage);
}
