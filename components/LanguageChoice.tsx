import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../lib/i18n';

/** The language a letter or complaint is written in: its own choice, apart from the panel's, with a short plain note. */
export function LanguageChoice(props: { legend: string; note: string; value: Language; onChange: (language: Language) => void }) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <p class="hint">{props.note}</p>
      <div class="row">
        {LANGUAGES.map((l) => (
          <label class="choice" key={l} lang={l}>
            <input type="radio" name={`language-${props.legend}`} checked={l === props.value} onChange={() => props.onChange(l)} />
            <span>{LANGUAGE_NAMES[l]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
