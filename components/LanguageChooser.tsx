import { LANGUAGE_NAMES, LANGUAGES, type Language, type LanguageChoice, t } from '../lib/i18n';
import { Field } from './Field';

/**
 * The language of the extension: the browser's ("Automatic", naming the one that gives
 * today), or one chosen. Each language is named in itself, so a reader finds their own.
 */
export function LanguageChooser(props: { choice: LanguageChoice; browserLanguage: Language; onChange: (choice: LanguageChoice) => void }) {
  return (
    <Field label={t('settings.languageLabel')} hint={t('settings.languageHint')}>
      <select
        name="language"
        value={props.choice}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as LanguageChoice)}
      >
        <option value="auto">{t('settings.languageAutomatic', { language: LANGUAGE_NAMES[props.browserLanguage] })}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </Field>
  );
}
