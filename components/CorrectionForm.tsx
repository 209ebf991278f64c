import { useState } from 'preact/hooks';
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
  onCopy: (text: string) => Promise<void>;
  onSave: (text: string, fileName: string) => void;
}) {
  return (
    <Disclosure class="correction" summary="This is wrong or out of date">
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
      <p class="muted">
        Say what you saw instead. The report stays on this computer: copy it or save it, and send it only if you choose to. Please leave out
        names and account numbers.
      </p>
      <Field label="Which fact">
        <select value={factIndex} onChange={(e) => setFactIndex((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">Something else</option>
          {props.facts.map((f, i) => (
            <option key={`${i}-${f.text}`} value={String(i)}>
              {f.text.length > 90 ? `${f.text.slice(0, 89)}…` : f.text}
            </option>
          ))}
        </select>
      </Field>
      <Field label="What you saw instead">
        <textarea rows={3} maxLength={MAX_SAW_LENGTH} value={saw} onInput={(e) => setSaw((e.currentTarget as HTMLTextAreaElement).value)} />
      </Field>
      <button type="button" onClick={make}>
        Make the report
      </button>
      {report && (
        <div class="correction-report">
          <label>
            The report
            <textarea readOnly rows={7} value={report.text} />
          </label>
          {report.scrubbed && (
            <p class="muted">Something that looked like an account number, a Social Security number or an email address was left out.</p>
          )}
          <div class="actions">
            <button
              type="button"
              onClick={() =>
                props
                  .onCopy(report.text)
                  .then(() => setMessage('The report is copied. Paste it wherever you like.'))
                  .catch(() => setMessage('The browser did not allow copying: select the report above and copy it, or save it as a file.'))
              }
            >
              Copy the report
            </button>
            <button
              type="button"
              onClick={() => {
                props.onSave(report.text, report.fileName);
                setMessage(`Saved as ${report.fileName}.`);
              }}
            >
              Save as a text file
            </button>
          </div>
          {message && <p role="status">{message}</p>}
        </div>
      )}
    </div>
  );
}
