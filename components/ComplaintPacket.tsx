import { useEffect, useRef } from 'preact/hooks';
import type { FormId } from '../lib/complaints/forms';
import type { Packet } from '../lib/complaints/packet';
import { formatDate } from '../lib/dates';
import { type Language, t } from '../lib/i18n';
import { fileRoleLabels } from '../lib/labels';
import { CopyField } from './CopyField';
import { LanguageChoice } from './LanguageChoice';

export interface FormChoice {
  id: FormId;
  name: string;
  body: string;
}

/**
 * The complaint packet screen: which form, the account number in full or not, what
 * the user asks for, then each field with a Copy button, the attachments (with their
 * SHA-256) and what is left out and why. Nothing is sent from here.
 */
export function ComplaintPacket(props: {
  providerName: string;
  choices: FormChoice[];
  packet: Packet;
  /** The packet's own language (English unless the user chooses another); the screen keeps the panel's. */
  language: Language;
  /** The form's own English label of each field, shown beside the translated one when the packet is not in English. */
  formLabels?: Record<string, string>;
  numbers: 'full' | 'last4';
  resolution: string;
  resolutionSaved: boolean;
  values: Record<string, string>;
  onChoose: (id: FormId) => void;
  onLanguage: (language: Language) => void;
  onNumbers: (numbers: 'full' | 'last4') => void;
  onResolution: (text: string) => void;
  onSaveResolution: () => void;
  onField: (key: string, value: string) => void;
  /** Copies text for the user; false when the browser refused. */
  onCopy: Parameters<typeof CopyField>[0]['onCopy'];
  onPrint: () => void;
  onRedact: (evidenceId: string) => void;
  onBack: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const p = props.packet;
  return (
    <section class="complaint stack" aria-labelledby="complaint-heading">
      <h3 id="complaint-heading" tabIndex={-1} ref={heading}>
        {t('complaints.heading', { provider: props.providerName })}
      </h3>
      <p>{t('complaints.intro')}</p>
      <fieldset>
        <legend>{t('complaints.whereLegend')}</legend>
        {props.choices.map((c) => (
          <label class="choice">
            <input type="radio" name="complaint-form" checked={c.id === p.form.id} onChange={() => props.onChoose(c.id)} />
            <span>
              <strong>{c.name}</strong>
              <br />
              <span class="muted">{c.body}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {p.form.fileAt && (
        <p>
          {t('complaints.fileOn')} <span class="url">{p.form.fileAt}</span>
        </p>
      )}
      {p.form.afterFiling && <p class="muted">{p.form.afterFiling}</p>}
      <LanguageChoice
        legend={t('complaints.languageLegend')}
        note={t('complaints.languageNote')}
        value={props.language}
        onChange={props.onLanguage}
      />
      <fieldset>
        <legend>{t('complaints.numbersLegend')}</legend>
        <label class="choice">
          <input type="radio" name="complaint-numbers" checked={props.numbers === 'last4'} onChange={() => props.onNumbers('last4')} />
          <span>{t('complaints.numbersLast4')}</span>
        </label>
        <label class="choice">
          <input type="radio" name="complaint-numbers" checked={props.numbers === 'full'} onChange={() => props.onNumbers('full')} />
          <span>{t('complaints.numbersFull')}</span>
        </label>
      </fieldset>
      <div class="field">
        <label for="resolution-sought">{t('complaints.resolutionLabel')}</label>
        <small class="hint" id="resolution-hint">
          {t('complaints.resolutionHint')}
        </small>
        <textarea
          id="resolution-sought"
          rows={3}
          aria-describedby="resolution-hint"
          value={props.resolution}
          onInput={(e) => props.onResolution(e.currentTarget.value)}
        />
        <div class="row">
          <button type="button" onClick={props.onSaveResolution}>
            {t('complaints.saveResolution')}
          </button>
          <span role="status" class="muted">
            {props.resolutionSaved ? t('complaints.resolutionSaved') : ''}
          </span>
        </div>
      </div>

      <h4>{t('complaints.formHeading')}</h4>
      {p.fields.map((f) => (
        <CopyField
          key={`${p.form.id}-${f.key}`}
          label={f.label}
          hint={[props.formLabels?.[f.key] && t('complaints.onTheForm', { label: props.formLabels[f.key]! }), f.hint]
            .filter(Boolean)
            .join(' ')}
          value={props.values[f.key] ?? f.value}
          onChange={(v) => props.onField(f.key, v)}
          onCopy={props.onCopy}
        />
      ))}

      <h4>{t('complaints.filesHeading')}</h4>
      {p.attachments.length ? (
        <ul class="attachments">
          {p.attachments.map((a) => (
            <li>
              <strong>{a.title}</strong>
              <br />
              <span class="muted">
                {a.file.role === 'upload'
                  ? t('complaints.fileName', { name: a.file.name })
                  : t('complaints.fileRole', { role: fileRoleLabels[a.file.role] })}
              </span>
              <br />
              <span class="muted">{t('complaints.checksum')}</span>
              <code class="sum">{a.file.sha256.match(/.{1,8}/g)!.join(' ')}</code>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('complaints.noFilesYet')}</p>
      )}
      {p.leftOut.length > 0 && (
        <div class="notice" role="note">
          <p>
            <strong>{t('complaints.leftOutHeading')}</strong>
          </p>
          <ul>
            {p.leftOut.map((l) => (
              <li>
                <strong>{l.title}</strong>: {l.why}{' '}
                {l.canRedact ? (
                  <button type="button" onClick={() => props.onRedact(l.evidenceId)}>
                    {t('complaints.redact')}
                  </button>
                ) : (
                  <span class="muted">{t('complaints.cannotRedact')}</span>
                )}
              </li>
            ))}
          </ul>
          {p.form.forbidsWhy && <p class="muted">{p.form.forbidsWhy}</p>}
        </div>
      )}
      <details>
        <summary>{t('complaints.sourcesSummary')}</summary>
        <ul>
          {p.form.sources.map((s) => (
            <li>
              <span class="url">{s.url}</span> {t('complaints.readQuote', { date: formatDate(s.checked), quote: s.quote })}
            </li>
          ))}
        </ul>
      </details>
      <div class="row">
        <button type="button" class="primary" onClick={props.onPrint}>
          {t('complaints.print')}
        </button>
        <button type="button" onClick={props.onBack}>
          {t('complaints.backToAccount')}
        </button>
      </div>
    </section>
  );
}
