import { useState } from 'preact/hooks';
import { formatDate, formatDateTime } from '../lib/dates';
import { contactChannelLabels, outcomeLabels, promiseStatusLabels } from '../lib/labels';
import type { Contact, PromiseMade, PromiseStatus } from '../lib/model';
import { contactChannels, contactOutcomes } from '../lib/model';
import { ConfirmButton } from './ConfirmButton';
import { Field } from './Field';
import { FormActions } from './FormActions';
import { inputValue } from './RecordEditor';
import { useAddForm } from './useAddForm';

export interface PromiseDraft {
  what: string;
  dueDate: string;
}

export interface ContactLogProps {
  /** Bumped by a quick action: open the add form and bring it into view. */
  addRequest?: number;
  contacts: Array<{ contact: Contact; promises: Array<{ promise: PromiseMade; status: PromiseStatus }> }>;
  blankContact: () => Contact;
  /** Checks and stores a new contact with its promises; returns field errors, or null once saved. */
  onLog: (contact: Contact, promises: PromiseDraft[]) => Record<string, string> | null;
  onResolvePromise: (promise: PromiseMade, resolution: 'kept' | 'not_kept' | undefined) => void;
  onDelete: (contact: Contact) => void;
}

/** Local "YYYY-MM-DDTHH:mm" for a datetime-local input, from a stored instant. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Every call, chat, letter or visit: who said what, when, and what they promised. */
export function ContactLog(props: ContactLogProps) {
  const { section, adding, setAdding, closingOnSave } = useAddForm(props.blankContact, props.addRequest);
  return (
    <section ref={section} aria-label="Contact log">
      <h4>Contact log</h4>
      {adding ? (
        <ContactForm contact={adding} onCancel={() => setAdding(null)} onLog={closingOnSave(props.onLog)} />
      ) : (
        <button type="button" onClick={() => setAdding(props.blankContact())}>
          Log a call or message
        </button>
      )}
      {props.contacts.length === 0 && <p class="muted">No calls or messages logged yet.</p>}
      <ol class="records" reversed>
        {props.contacts.map(({ contact, promises }) => (
          <li
            class="record"
            key={contact.id}
            data-testid="contact"
            id={`record-${contact.id}`}
            tabIndex={-1}
            aria-label={`${contactChannelLabels[contact.channel]} ${formatDateTime(contact.at)}`}
          >
            <div class="record-head">
              <strong>{contactChannelLabels[contact.channel]}</strong>
              <span class="muted">{formatDateTime(contact.at)}</span>
              {contact.outcome && <span class="pill">{outcomeLabels[contact.outcome]}</span>}
            </div>
            <p class="muted">
              {[
                contact.department,
                contact.representative && `with ${contact.representative}`,
                contact.referenceNumber && `ref. ${contact.referenceNumber}`,
                contact.holdMinutes !== undefined && `${contact.holdMinutes} min on hold`,
                contact.durationMinutes !== undefined && `${contact.durationMinutes} min in all`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {contact.summary && <p class="summary">{contact.summary}</p>}
            {promises.length > 0 && (
              <ul class="promises" aria-label="Promises">
                {promises.map(({ promise, status }) => (
                  <li class={`promise ${status}`} data-testid="promise" id={`record-${promise.id}`} tabIndex={-1}>
                    <span class={status === 'broken' ? 'pill danger' : status === 'kept' ? 'pill ok' : 'pill warn'}>
                      {promiseStatusLabels[status]}
                    </span>{' '}
                    {promise.what} — by {formatDate(promise.dueDate)}
                    {status !== 'kept' && (
                      <button type="button" class="link" onClick={() => props.onResolvePromise(promise, 'kept')}>
                        It was kept
                      </button>
                    )}
                    {status === 'pending' && (
                      <button type="button" class="link" onClick={() => props.onResolvePromise(promise, 'not_kept')}>
                        It was not kept
                      </button>
                    )}
                    {promise.resolution && (
                      <button type="button" class="link" onClick={() => props.onResolvePromise(promise, undefined)}>
                        Undo
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <ConfirmButton
              label="Delete this entry"
              question="Delete this entry? Its promises and follow-ups go too."
              onConfirm={() => props.onDelete(contact)}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

function ContactForm(props: { contact: Contact; onLog: ContactLogProps['onLog']; onCancel: () => void }) {
  const [draft, setDraft] = useState<Record<string, string>>({
    at: toLocalInput(props.contact.at),
    channel: props.contact.channel,
  });
  const [promises, setPromises] = useState<PromiseDraft[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const text = (key: string) => ({ value: draft[key] ?? '', onInput: (e: Event) => setDraft({ ...draft, [key]: inputValue(e) }) });
  return (
    <form
      class="stack card"
      aria-label="Log a call or message"
      onSubmit={(e) => {
        e.preventDefault();
        const at = draft.at ? new Date(draft.at) : null;
        const candidate = {
          ...props.contact,
          ...Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== '')),
          at: at && !Number.isNaN(at.getTime()) ? at.toISOString() : '',
        } as unknown as Contact;
        setErrors(props.onLog(candidate, promises) ?? {});
      }}
    >
      <Field label="When" error={errors.at}>
        <input type="datetime-local" {...text('at')} />
      </Field>
      <Field label="How" error={errors.channel}>
        <select value={draft.channel} onChange={(e) => setDraft({ ...draft, channel: inputValue(e) })}>
          {contactChannels.map((c) => (
            <option value={c}>{contactChannelLabels[c]}</option>
          ))}
        </select>
      </Field>
      <Field label="Department" error={errors.department}>
        <input {...text('department')} placeholder="e.g. Billing, Retention, Executive office" />
      </Field>
      <Field label="Representative's name or ID" error={errors.representative}>
        <input {...text('representative')} />
      </Field>
      <Field label="Reference or ticket number" error={errors.referenceNumber}>
        <input {...text('referenceNumber')} />
      </Field>
      <div class="row">
        <Field label="Minutes on hold" error={errors.holdMinutes}>
          <input type="number" inputMode="numeric" {...text('holdMinutes')} />
        </Field>
        <Field label="Minutes in all" error={errors.durationMinutes}>
          <input type="number" inputMode="numeric" {...text('durationMinutes')} />
        </Field>
      </div>
      <Field label="What was said" error={errors.summary}>
        <textarea rows={3} {...text('summary')} />
      </Field>
      <Field label="Outcome" error={errors.outcome}>
        <select value={draft.outcome ?? ''} onChange={(e) => setDraft({ ...draft, outcome: inputValue(e) })}>
          <option value="">Choose…</option>
          {contactOutcomes.map((o) => (
            <option value={o}>{outcomeLabels[o]}</option>
          ))}
        </select>
      </Field>
      <fieldset class="stack">
        <legend>Promises they made</legend>
        {promises.map((p, i) => (
          <div class="row promise-row">
            <Field label={`Promise ${i + 1}`} error={errors[`promise${i}.what`]}>
              <input
                value={p.what}
                onInput={(e) => setPromises(promises.map((q, j) => (j === i ? { ...q, what: inputValue(e) } : q)))}
                placeholder="e.g. Refund in 5 days"
              />
            </Field>
            <Field label="By" error={errors[`promise${i}.dueDate`]}>
              <input
                type="date"
                value={p.dueDate}
                onInput={(e) => setPromises(promises.map((q, j) => (j === i ? { ...q, dueDate: inputValue(e) } : q)))}
              />
            </Field>
          </div>
        ))}
        <button type="button" onClick={() => setPromises([...promises, { what: '', dueDate: '' }])}>
          Add a promise
        </button>
      </fieldset>
      <FormActions submitLabel="Save to the log" onCancel={props.onCancel} />
    </form>
  );
}
