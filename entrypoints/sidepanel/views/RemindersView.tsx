import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AttentionList } from '../../../components/AttentionList';
import { LanguageChooser } from '../../../components/LanguageChooser';
import { Loading } from '../../../components/Loading';
import { ReminderSettingsForm, type ReminderSettingsValues } from '../../../components/ReminderSettingsForm';
import { pageSizes, ShowMore, usePageLimit } from '../../../components/ShowMore';
import { accountsOfCase, activeCase } from '../../../lib/db/caseReads';
import { loadChosenLanguage, readLanguageChoice, saveLanguageChoice } from '../../../lib/db/languageSetting';
import { currentMatcher } from '../../../lib/db/matcher';
import { ReminderSettings, saveReminderSettings } from '../../../lib/db/reminderSettings';
import { reminderCounts, withWords } from '../../../lib/db/reminderSnapshot';
import { browserLanguages, type LanguageChoice, pickLanguage, t } from '../../../lib/i18n';
import { providerName as nameOfProvider } from '../../../lib/labels';
import { fieldErrors } from '../../../lib/model/errors';
import { recordIdOf } from '../../../lib/reminders/attention';
import { toIcs } from '../../../lib/reminders/ics';
import { describeItem } from '../../../lib/reminders/notify';
import { downloadFile } from '../download';
import { notifyChanged, useLive } from '../hooks';
import { useOpenView } from '../navigation';

/**
 * Reminders: what needs attention, the calendar export, the reminder settings, and the
 * language. What needs attention is counted from the case's attention rows; the words
 * of only the items shown (50, then 50 more at each "Show more") are read from their records.
 */
export function RemindersView() {
  const list = useRef<HTMLDivElement>(null);
  const page = usePageLimit(pageSizes.reminders, list);
  const { value, error } = useLive(async () => {
    const [snap, estateCase, languageChoice] = await Promise.all([reminderCounts(), activeCase(), readLanguageChoice()]);
    const [accounts, matcher, shown] = await Promise.all([
      estateCase ? accountsOfCase(estateCase.id) : [],
      currentMatcher(),
      withWords(snap.items.slice(0, page.limit), snap.settings),
    ]);
    const names = new Map(accounts.map((a) => [a.id, nameOfProvider(matcher, a.providerId)]));
    return { snap, shown, estateCase, languageChoice, providerName: (accountId: string) => names.get(accountId) ?? t('settings.account') };
  }, [page.limit]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [languageError, setLanguageError] = useState('');
  const openView = useOpenView();
  page.useFocus(value?.shown.length ?? 0);

  if (error || !value) return <Loading error={error} />;
  const { snap, shown, estateCase, languageChoice, providerName } = value;
  const uiLanguage = browser.i18n.getUILanguage();

  const onChange = async (change: Partial<ReminderSettingsValues>) => {
    const checked = ReminderSettings.safeParse({ ...snap.settings, ...change });
    if (!checked.success) return setErrors(fieldErrors(checked.error));
    setErrors({});
    await saveReminderSettings(change);
    setSaved(true);
    notifyChanged();
  };

  const download = async () => {
    const text = toIcs(await withWords(snap.calendar, snap.settings), {
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
        <div ref={list}>
          <AttentionList
            rows={shown.map((i) => ({ key: i.key, overdue: i.overdue, ...describeItem(i, providerName(i.accountId)) }))}
            onOpen={(row) => {
              const item = snap.items.find((i) => i.key === row.key);
              if (item) openView('here', { accountId: item.accountId, focus: recordIdOf(item.key) });
            }}
          />
        </div>
        {snap.items.length > shown.length && (
          <ShowMore
            note={t('lists.remindersShown', { shown: shown.length, count: snap.items.length })}
            label={t('lists.moreReminders')}
            onMore={() => page.more(shown.length)}
          />
        )}
      </section>
      <section aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">{t('settings.calendarHeading')}</h2>
        <p class="muted">
          {snap.calendar.length === 0 ? t('settings.calendarEmpty') : t('settings.calendarDates', { count: snap.calendar.length })}
        </p>
        <button type="button" onClick={() => download().catch((e) => setErrors({ _: String(e) }))} disabled={snap.calendar.length === 0}>
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
