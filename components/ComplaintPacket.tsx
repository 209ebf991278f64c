import { useEffect, useRef } from 'preact/hooks';
import type { FormId } from '../lib/complaints/forms';
import type { Packet } from '../lib/complaints/packet';
import { formatDate } from '../lib/dates';
import { fileRoleLabels } from '../lib/labels';
import { CopyField } from './CopyField';

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
  numbers: 'full' | 'last4';
  resolution: string;
  resolutionSaved: boolean;
  values: Record<string, string>;
  onChoose: (id: FormId) => void;
  onNumbers: (numbers: 'full' | 'last4') => void;
  onResolution: (text: string) => void;
  onSaveResolution: () => void;
  onField: (key: string, value: string) => void;
  onCopy: (text: string) => Promise<boolean>;
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
        Prepare a complaint about {props.providerName}
      </h3>
      <p>
        This fills in a complaint form for you from what you recorded. Nothing is sent: you copy each part into the form on the official
        website yourself, or print it and mail it.
      </p>
      <fieldset>
        <legend>Where do you want to complain?</legend>
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
          File it on the official page: <span class="url">{p.form.fileAt}</span>
        </p>
      )}
      {p.form.afterFiling && <p class="muted">{p.form.afterFiling}</p>}
      <fieldset>
        <legend>The account number in the complaint</legend>
        <label class="choice">
          <input type="radio" name="complaint-numbers" checked={props.numbers === 'last4'} onChange={() => props.onNumbers('last4')} />
          <span>Only the last four digits</span>
        </label>
        <label class="choice">
          <input type="radio" name="complaint-numbers" checked={props.numbers === 'full'} onChange={() => props.onNumbers('full')} />
          <span>The full number</span>
        </label>
      </fieldset>
      <div class="field">
        <label for="resolution-sought">What do you want them to do?</label>
        <small class="hint" id="resolution-hint">
          In your own words. For example: close the account from the date of death, refund the credit to the estate, remove the late fees.
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
            Save what I am asking for
          </button>
          <span role="status" class="muted">
            {props.resolutionSaved ? 'Saved with the account. It also goes in the report.' : ''}
          </span>
        </div>
      </div>

      <h4>The form, part by part</h4>
      {p.fields.map((f) => (
        <CopyField
          key={`${p.form.id}-${f.key}`}
          label={f.label}
          hint={f.hint}
          value={props.values[f.key] ?? f.value}
          onChange={(v) => props.onField(f.key, v)}
          onCopy={props.onCopy}
        />
      ))}

      <h4>Files to attach</h4>
      {p.attachments.length ? (
        <ul class="attachments">
          {p.attachments.map((a) => (
            <li>
              <strong>{a.title}</strong>
              {a.redacted && ' (redacted copy)'}
              <br />
              <span class="muted">{a.file.role === 'upload' ? `File: ${a.file.name}` : `The ${fileRoleLabels[a.file.role]}`}</span>
              <br />
              <span class="muted">Checksum (SHA-256), which shows the file was not changed: </span>
              <code class="sum">{a.file.sha256.match(/.{1,8}/g)!.join(' ')}</code>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No files to attach yet. Proof you save for this account shows here.</p>
      )}
      {p.leftOut.length > 0 && (
        <div class="notice" role="note">
          <p>
            <strong>Left out of this complaint</strong>
          </p>
          <ul>
            {p.leftOut.map((l) => (
              <li>
                <strong>{l.title}</strong>: {l.why}{' '}
                {l.canRedact ? (
                  <button type="button" onClick={() => props.onRedact(l.evidenceId)}>
                    Make a copy with parts blacked out
                  </button>
                ) : (
                  <span class="muted">To send it, scan or photograph it as a picture and black out the private parts first.</span>
                )}
              </li>
            ))}
          </ul>
          {p.form.forbidsWhy && <p class="muted">{p.form.forbidsWhy}</p>}
        </div>
      )}
      <details>
        <summary>Where these form fields come from</summary>
        <ul>
          {p.form.sources.map((s) => (
            <li>
              <span class="url">{s.url}</span> (read {formatDate(s.checked)}): “{s.quote}”
            </li>
          ))}
        </ul>
      </details>
      <div class="row">
        <button type="button" class="primary" onClick={props.onPrint}>
          Print the complaint
        </button>
        <button type="button" onClick={props.onBack}>
          Back to the account
        </button>
      </div>
    </section>
  );
}
