import { useEffect, useRef, useState } from 'preact/hooks';
import { type LetterKind, letterKinds, letterPurposes, letterTitles } from '../lib/complaints/letters';
import { sendChannelLabels } from '../lib/labels';
import { sendChannels } from '../lib/model';
import { Field } from './Field';

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
  text: string;
  blanks: string[];
  recipient: string;
  today: string;
  sentErrors: Record<string, string>;
  sentRecorded: boolean;
  onKind: (kind: LetterKind) => void;
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
        Write a letter to {props.providerName}
      </h3>
      <fieldset>
        <legend>What is the letter for?</legend>
        {letterKinds.map((k) => (
          <label class="choice">
            <input type="radio" name="letter-kind" checked={k === props.kind} onChange={() => props.onKind(k)} />
            <span>
              <strong>{letterTitles[k]}</strong>
              <br />
              <span class="muted">{letterPurposes[k]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="letter-text">The letter (you can change anything)</label>
        <textarea id="letter-text" class="letter-text" rows={18} value={props.text} onInput={(e) => props.onText(e.currentTarget.value)} />
      </div>
      {props.blanks.length > 0 && (
        <p class="notice" role="note">
          Still to fill in: {props.blanks.join(', ')}
        </p>
      )}
      <div class="row">
        <button type="button" class="primary" onClick={props.onPrint}>
          Print the letter
        </button>
        <button type="button" onClick={() => setSending(true)} aria-expanded={sending}>
          I sent it
        </button>
        <button type="button" onClick={props.onBack}>
          Back to the account
        </button>
      </div>
      {props.sentRecorded && (
        <p class="notice" tabIndex={-1} ref={recorded} role="status">
          Recorded under “Documents sent”. When they answer, mark it as acknowledged there; until then it shows as waiting.
        </p>
      )}
      {sending && (
        <form
          class="card stack"
          aria-label="When the letter went"
          onSubmit={(e) => {
            e.preventDefault();
            props.onSent(sent);
          }}
        >
          <Field label="Sent on" error={props.sentErrors.sentOn}>
            <input type="date" value={sent.sentOn} onInput={set('sentOn')} />
          </Field>
          <Field label="How it went" error={props.sentErrors.channel}>
            <select value={sent.channel} onChange={set('channel')}>
              {sendChannels.map((c) => (
                <option value={c}>{sendChannelLabels[c]}</option>
              ))}
            </select>
          </Field>
          <Field label="To whom" error={props.sentErrors.recipient}>
            <input value={sent.recipient} onInput={set('recipient')} />
          </Field>
          <Field
            label="Tracking number (optional)"
            hint="From the post office receipt, if you sent it certified."
            error={props.sentErrors.tracking}
          >
            <input value={sent.tracking} onInput={set('tracking')} />
          </Field>
          <div class="row">
            <button type="submit" class="primary">
              Record it as sent
            </button>
            <button type="button" onClick={() => setSending(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
