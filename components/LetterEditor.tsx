import { useEffect, useRef, useState } from 'preact/hooks';
import { type LetterKind, letterKinds, letterPurpose, letterTitle } from '../lib/complaints/letters';
import { type Language, t } from '../lib/i18n';
import { sendChannelLabels } from '../lib/labels';
import { sendChannels } from '../lib/model';
import { Field } from './Field';
import { LanguageChoice } from './LanguageChoice';

export interface SentValues {
  sentOn: string;
  channel: (typeof sendChannels)[number];
  recipient: string;
  tracking: string;
}

/**
 * Write a letter: choose what it is for, change the text as needed, print it, and
 * say when it went (it is then recorded as a document sent, so its answer is
 * waited for like any other).
 */
export function LetterEditor(props: {
  providerName: string;
  kind: LetterKind;
  /** The letter's own language (English unless the user chooses another); the panel keeps its own. */
  language: Language;
  text: string;
  blanks: string[];
  recipient: string;
  today: string;
  sentErrors: Record<string, string>;
  sentRecorded: boolean;
  onKind: (kind: LetterKind) => void;
  onLanguage: (language: Language) => void;
  onText: (text: string) => void;
  onPrint: () => void;
  onSent: (values: SentValues) => void;
  onBack: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const recorded = useRef<HTMLParagraphElement>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<SentValues>({ sentOn: props.today, channel: 'mail', recipient: props.recipient, tracking: '' });
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => setSent((s) => ({ ...s, recipient: props.recipient })), [props.recipient]);
  useEffect(() => {
    if (props.sentRecorded) {
      setSending(false);
      recorded.current?.focus();
    }
  }, [props.sentRecorded]);
  const set = (key: keyof SentValues) => (e: Event) => setSent({ ...sent, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <section class="letter-editor stack" aria-labelledby="letter-heading">
      <h3 id="letter-heading" tabIndex={-1} ref={heading}>
        {t('letters.heading', { provider: props.providerName })}
      </h3>
      <fieldset>
        <legend>{t('letters.kindLegend')}</legend>
        {letterKinds.map((k) => (
          <label class="choice">
            <input type="radio" name="letter-kind" checked={k === props.kind} onChange={() => props.onKind(k)} />
            <span>
              <strong>{letterTitle(k)}</strong>
              <br />
              <span class="muted">{letterPurpose(k)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <LanguageChoice
        legend={t('letters.languageLegend')}
        note={t('letters.languageNote')}
        value={props.language}
        onChange={props.onLanguage}
      />
      <div class="field">
        <label for="letter-text">{t('letters.textLabel')}</label>
        <textarea
          id="letter-text"
          class="letter-text"
          lang={props.language}
          rows={18}
          value={props.text}
          onInput={(e) => props.onText(e.currentTarget.value)}
        />
      </div>
      {props.blanks.length > 0 && (
        <p class="notice" role="note">
          {t('letters.blanks', { blanks: props.blanks.join(', ') })}
        </p>
      )}
      <div class="row">
        <button type="button" class="primary" onClick={props.onPrint}>
          {t('letters.print')}
        </button>
        <button type="button" onClick={() => setSending(true)} aria-expanded={sending}>
          {t('letters.iSentIt')}
        </button>
        <button type="button" onClick={props.onBack}>
          {t('complaints.backToAccount')}
        </button>
      </div>
      {props.sentRecorded && (
        <p class="notice" tabIndex={-1} ref={recorded} role="status">
          {t('letters.recorded')}
        </p>
      )}
      {sending && (
        <form
          class="card stack"
          aria-label={t('letters.sentForm')}
          onSubmit={(e) => {
            e.preventDefault();
            props.onSent(sent);
          }}
        >
          <Field label={t('letters.sentOn')} error={props.sentErrors.sentOn}>
            <input type="date" value={sent.sentOn} onInput={set('sentOn')} />
          </Field>
          <Field label={t('letters.howItWent')} error={props.sentErrors.channel}>
            <select value={sent.channel} onChange={set('channel')}>
              {sendChannels.map((c) => (
                <option value={c}>{sendChannelLabels[c]}</option>
              ))}
            </select>
          </Field>
          <Field label={t('letters.toWhom')} error={props.sentErrors.recipient}>
            <input value={sent.recipient} onInput={set('recipient')} />
          </Field>
          <Field label={t('letters.tracking')} hint={t('letters.trackingHint')} error={props.sentErrors.tracking}>
            <input value={sent.tracking} onInput={set('tracking')} />
          </Field>
          <div class="row">
            <button type="submit" class="primary">
              {t('letters.recordSent')}
            </button>
            <button type="button" onClick={() => setSending(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
