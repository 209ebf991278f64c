import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { type Correction, correctionReport, MAX_SAW_LENGTH } from '../lib/providers/correction';
import type { Provider } from '../lib/providers/schema';
import { Disclosure } from './Disclosure';
import { Field } from './Field';

export interface ShownFact {
  text: string;
  source?: string;
}

/**
 * "This is wrong or out of date": the person picks the fact, says what they saw, and
 * gets a short report to copy or save. Nothing is sent anywhere.
 */
export function CorrectionForm(props: {
  provider: Pick<Provider, 'id' | 'name' | 'sources'>;
  facts: readonly ShownFact[];
  pageUrl?: string;
  today: string;
  onCopy(text: string): Promise<void>;
  onSave: (text: string, fileName: string) => void;
}) {
  return (
    <Disclosure class="correction" summary={t('account.correction')}>
      {() => <CorrectionBody {...props} />}
    </Disclosure>
  );
}

function CorrectionBody(props: Parameters<typeof CorrectionForm>[0]) {
  const [factIndex, setFactIndex] = useState('');
  const [saw, setSaw] = useState('');
  const [report, setReport] = useState<Correction>();
  const [message, setMessage] = useState<string>();

  const make = () => {
    const fact = factIndex === '' ? undefined : props.facts[Number(factIndex)];
    setReport(correctionReport({ provider: props.provider, fact, saw, pageUrl: props.pageUrl, today: props.today }));
    setMessage(undefined);
  };

  return (
    <div class="correction-body">
      <p class="muted">{t('account.correctionIntro')}</p>
      <Field label={t('account.whichFact')}>
        <select value={factIndex} onChange={(e) => setFactIndex((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t('account.somethingElse')}</option>
          {props.facts.map((f, i) => (
            <option key={`${i}-${f.text}`} value={String(i)}>
              {f.text.length > 90 ? `${f.text.slice(0, 89)}…` : f.text}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('account.whatYouSaw')}>
        <textarea rows={3} maxLength={MAX_SAW_LENGTH} value={saw} onInput={(e) => setSaw((e.currentTarget as HTMLTextAreaElement).value)} />
      </Field>
      <button type="button" onClick={make}>
        {t('account.makeReport')}
      </button>
      {report && (
        <div class="correction-report">
          <label>
            {t('account.theReport')}
            <textarea readOnly rows={7} value={report.text} />
          </label>
          {report.scrubbed && <p class="muted">{t('account.reportScrubbed')}</p>}
          <div class="actions">
            <button
              type="button"
              onClick={() =>
                props
                  .onCopy(report.text)
                  .then(() => setMessage(t('account.reportCopied')))
                  .catch(() => setMessage(t('account.copyRefused')))
              }
            >
              {t('account.copyReport')}
            </button>
            <button
              type="button"
              onClick={() => {
                props.onSave(report.text, report.fileName);
                setMessage(t('account.savedAs', { file: report.fileName }));
              }}
            >
              {t('account.saveAsText')}
            </button>
          </div>
          {message && <p role="status">{message}</p>}
        </div>
      )}
    </div>
  );
}
