import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate, formatDateTime } from '../lib/dates';
import type { LogEntry } from '../lib/derived/accountScreen';
import type { SectionFold } from '../lib/derived/sections';
import { t } from '../lib/i18n';
import { contactChannelLabels, outcomeLabels, promiseStatusLabels } from '../lib/labels';
import type { Contact, Escalation, PromiseMade } from '../lib/model';
import { contactChannels, contactOutcomes } from '../lib/model/codes';
import { ConfirmButton } from './ConfirmButton';
import { EscalationAnswer } from './EscalationAnswer';
import { Field } from './Field';
import { FoldSection } from './FoldSection';
import { FormActions } from './FormActions';
import { type FieldErrors, inputValue } from './RecordEditor';
import { ShowMore, useFocusOnMore } from './ShowMore';
import { useAddForm } from './useAddForm';

export type { LogEntry };

export interface PromiseDraft {
  what: string;
  dueDate: string;
}

/** One entry of the log: a call (or chat, letter, visit...) with its promises, or a rung of the escalation ladder climbed. */
export interface ContactLogProps {
  /** Bumped by a quick action: open the add form and bring it into view. */
  addRequest?: number;
  /** The newest entries, newest first, from the account's one timeline (lib/derived/timeline.ts): all are shown. */
  entries: LogEntry[];
  /** How many entries the log has in all; while some are not shown, "Show earlier calls" asks for more (`onMore`). */
  total: number;
  onMore: () => void;
  today: string;
  /** Brings an escalation's own record (in the account's escalation card) into view. */
  onOpenEscalation: (escalation: Escalation) => void;
  blankContact: () => Contact;
  /** Checks and stores a new contact with its promises; returns field errors, or null once saved. */
  onLog: (contact: Contact, promises: PromiseDraft[]) => FieldErrors | null;
  /** Checks and stores a corrected contact (its promises are kept) with any promises added; errors, or null once saved. */
  onEdit: (contact: Contact, added: PromiseDraft[]) => FieldErrors | null;
  onResolvePromise: (promise: PromiseMade, resolution: 'kept' | 'not_kept' | undefined) => void;
  onDelete: (contact: Contact) => void;
  /** Folded or open, and its one line (lib/derived/sections.ts); open as the view says. */
  fold: SectionFold;
  open: boolean;
  onToggle: (open: boolean) => void;
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
  const [editing, setEditing] = useState<string | null>(null);
  // The entry just saved takes the focus once it is in the list (the write lands a moment later).
  const [focusId, setFocusId] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!focusId) return;
    const entry = list.current?.querySelector<HTMLElement>(`[data-id="${focusId}"]`);
    if (entry) {
      entry.focus();
      setFocusId(null);
    }
  }, [focusId, props.entries]);
  // After "Show earlier calls", the first call it added takes the focus once read.
  const more = useFocusOnMore(list);
  more.useFocus(props.entries.length);
  const hidden = props.total - props.entries.length;
  const focusingOn =
    (id: string, save: (contact: Contact, promises: PromiseDraft[]) => FieldErrors | null) =>
    (contact: Contact, promises: PromiseDraft[]) => {
      const errors = save(contact, promises);
      if (!errors) setFocusId(id);
      return errors;
    };
  return (
    <FoldSection heading={t('account.contactLog')} fold={props.fold} open={props.open} onToggle={props.onToggle} sectionRef={section}>
      {adding && (
        <ContactForm
          contact={adding}
          label={t('account.logCall')}
          submitLabel={t('account.saveToLog')}
          onCancel={() => setAdding(null)}
          onSave={focusingOn(adding.id, closingOnSave(props.onLog))}
        />
      )}
      {props.total === 0 && !adding && <p class="muted">{t('account.noContacts')}</p>}
      <ol class="records" reversed ref={list}>
        {props.entries.map((entry) => {
          if (entry.kind === 'escalation')
            return (
              <EscalationEntry
                key={entry.escalation.id}
                escalation={entry.escalation}
                today={props.today}
                onOpen={() => props.onOpenEscalation(entry.escalation)}
              />
            );
          const { contact, promises } = entry;
          return editing === contact.id ? (
            <li class="record" key={contact.id}>
              <ContactForm
                contact={contact}
                kept={promises.length}
                label={t('account.changeContact', {
                  channel: contactChannelLabels[contact.channel].toLowerCase(),
                  when: formatDateTime(contact.at),
                })}
                submitLabel={t('account.saveChanges')}
                onCancel={() => {
                  setEditing(null);
                  setFocusId(contact.id);
                }}
                onSave={focusingOn(contact.id, (c, added) => {
                  const errors = props.onEdit(c, added);
                  if (!errors) setEditing(null);
                  return errors;
                })}
              />
            </li>
          ) : (
            <li
              class="record"
              key={contact.id}
              data-id={contact.id}
              id={`record-${contact.id}`}
              tabIndex={-1}
              data-testid="contact"
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
                  contact.representative && t('account.withPerson', { name: contact.representative }),
                  contact.referenceNumber && t('account.reference', { ref: contact.referenceNumber }),
                  contact.holdMinutes !== undefined && t('account.minutesOnHold', { minutes: contact.holdMinutes }),
                  contact.durationMinutes !== undefined && t('account.minutesInAll', { minutes: contact.durationMinutes }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {contact.summary && <p class="summary">{contact.summary}</p>}
              {promises.length > 0 && (
                <ul class="promises" aria-label={t('account.promises')}>
                  {promises.map(({ promise, status }) => (
                    <li class={`promise ${status}`} data-testid="promise" id={`record-${promise.id}`} tabIndex={-1}>
                      <span class={status === 'broken' ? 'pill danger' : status === 'kept' ? 'pill ok' : 'pill warn'}>
                        {promiseStatusLabels[status]}
                      </span>{' '}
                      {t('account.promiseBy', { what: promise.what, date: formatDate(promise.dueDate) })}
                      {status !== 'kept' && (
                        <button type="button" class="link" onClick={() => props.onResolvePromise(promise, 'kept')}>
                          {t('account.promiseKept')}
                        </button>
                      )}
                      {status === 'pending' && (
                        <button type="button" class="link" onClick={() => props.onResolvePromise(promise, 'not_kept')}>
                          {t('account.promiseNotKept')}
                        </button>
                      )}
                      {promise.resolution && (
                        <button type="button" class="link" onClick={() => props.onResolvePromise(promise, undefined)}>
                          {t('account.undo')}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              <div class="row">
                <button type="button" class="link" onClick={() => setEditing(contact.id)}>
                  {t('account.changeEntry')}
                </button>
                <ConfirmButton
                  label={t('account.deleteEntry')}
                  question={t('account.deleteEntryQuestion')}
                  onConfirm={() => props.onDelete(contact)}
                />
              </div>
            </li>
          );
        })}
      </ol>
      {hidden > 0 && (
        <ShowMore
          note={t('lists.callsShown', { shown: props.entries.length, count: props.total })}
          label={t('lists.earlierCalls')}
          onMore={() => {
            more.from(props.entries.length);
            props.onMore();
          }}
        />
      )}
    </FoldSection>
  );
}

/** A rung of the escalation ladder climbed, in the log in its date order: to whom, its reference, whether they answered. */
function EscalationEntry(props: { escalation: Escalation; today: string; onOpen: () => void }) {
  const e = props.escalation;
  const what = t('complaints.eventEscalated');
  return (
    <li class="record" data-id={e.id} tabIndex={-1} data-testid="log-escalation" aria-label={`${what}, ${e.to}, ${formatDate(e.on)}`}>
      <div class="record-head">
        <strong>{what}</strong>
        <span class="muted">{formatDate(e.on)}</span>
        <EscalationAnswer escalation={e} today={props.today} />
      </div>
      <p class="muted">
        {[t('complaints.takenTo', { to: e.to }), e.referenceNumber && t('escalation.ref', { number: e.referenceNumber })]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {e.note && <p class="summary">{e.note}</p>}
      <div class="row">
        <button type="button" class="link" onClick={props.onOpen}>
          {t('escalation.openRecord')}
        </button>
      </div>
    </li>
  );
}

const formKeys = [
  'at',
  'channel',
  'representative',
  'summary',
  'outcome',
  'department',
  'referenceNumber',
  'holdMinutes',
  'durationMinutes',
];

/** The few things that matter first (how and when, who, what was said, the outcome); the rest folded. */
function ContactForm(props: {
  contact: Contact;
  label: string;
  submitLabel: string;
  /** How many promises the entry has already (kept as they are when it is changed). */
  kept?: number;
  onSave: (contact: Contact, promises: PromiseDraft[]) => FieldErrors | null;
  onCancel: () => void;
}) {
  const c = props.contact;
  const [draft, setDraft] = useState<Record<string, string>>(() => {
    const fields: Record<string, string> = { at: toLocalInput(c.at), channel: c.channel };
    for (const key of ['department', 'representative', 'referenceNumber', 'summary', 'outcome'] as const) if (c[key]) fields[key] = c[key]!;
    if (c.holdMinutes !== undefined) fields.holdMinutes = String(c.holdMinutes);
    if (c.durationMinutes !== undefined) fields.durationMinutes = String(c.durationMinutes);
    return fields;
  });
  const [promises, setPromises] = useState<PromiseDraft[]>([]);
  // Laid over the values as they are now: two changes before a redraw are both kept.
  const set = (patch: Record<string, string>) => setDraft((d) => ({ ...d, ...patch }));
  const setPromise = (i: number, patch: Partial<PromiseDraft>) => setPromises((ps) => ps.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const firstPromise = useRef<HTMLInputElement>(null);
  const [focusPromise, setFocusPromise] = useState(false);
  useEffect(() => {
    if (focusPromise) firstPromise.current?.focus();
    setFocusPromise(false);
  }, [focusPromise]);
  const text = (key: string) => ({ value: draft[key] ?? '', onInput: (e: Event) => set({ [key]: inputValue(e) }) });
  const more = ['department', 'referenceNumber', 'holdMinutes', 'durationMinutes'];
  const moreOpen = more.some((k) => draft[k] || errors[k]);
  return (
    <form
      class="stack card"
      aria-label={props.label}
      onSubmit={(e) => {
        e.preventDefault();
        const at = draft.at ? new Date(draft.at) : null;
        // Every field of the form is the form's: one emptied while changing an entry is removed.
        const base = Object.fromEntries(Object.entries(c).filter(([k]) => !formKeys.includes(k)));
        const candidate = {
          ...base,
          ...Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== '')),
          at: at && !Number.isNaN(at.getTime()) ? at.toISOString() : '',
        } as unknown as Contact;
        setErrors(props.onSave(candidate, promises) ?? {});
      }}
    >
      <div class="row">
        <Field label={t('account.how')} error={errors.channel}>
          <select value={draft.channel} onChange={(e) => set({ channel: inputValue(e) })}>
            {contactChannels.map((ch) => (
              <option value={ch}>{contactChannelLabels[ch]}</option>
            ))}
          </select>
        </Field>
        <Field label={t('account.when')} error={errors.at}>
          <input type="datetime-local" {...text('at')} />
        </Field>
      </div>
      <Field label={t('account.whoSpoke')} error={errors.representative}>
        <input {...text('representative')} />
      </Field>
      <Field label={t('account.whatSaid')} error={errors.summary}>
        <textarea rows={3} {...text('summary')} />
      </Field>
      <Field label={t('account.outcome')} error={errors.outcome}>
        <select
          value={draft.outcome ?? ''}
          onChange={(e) => {
            const outcome = inputValue(e);
            set({ outcome });
            // "They promised something": the promise row opens at once, ready to type.
            if (outcome === 'promise' && promises.length === 0) {
              setPromises([{ what: '', dueDate: '' }]);
              setFocusPromise(true);
            }
          }}
        >
          <option value="">{t('account.choose')}</option>
          {contactOutcomes.map((o) => (
            <option value={o}>{outcomeLabels[o]}</option>
          ))}
        </select>
      </Field>
      <fieldset class="stack">
        <legend>{props.kept ? t('account.morePromises') : t('account.promisesMade')}</legend>
        {props.kept ? <p class="hint">{t('account.promisesAlreadyLogged', { count: props.kept })}</p> : null}
        {promises.map((p, i) => (
          <div class="promise-row">
            <Field label={t('account.promiseNumber', { n: i + 1 })} error={errors[`promise${i}.what`]}>
              <input
                ref={i === 0 ? firstPromise : undefined}
                value={p.what}
                onInput={(e) => setPromise(i, { what: inputValue(e) })}
                placeholder={t('account.promiseExample')}
              />
            </Field>
            <Field label={t('account.promiseDue')} error={errors[`promise${i}.dueDate`]}>
              <input type="date" value={p.dueDate} onInput={(e) => setPromise(i, { dueDate: inputValue(e) })} />
            </Field>
          </div>
        ))}
        <button type="button" onClick={() => setPromises((ps) => [...ps, { what: '', dueDate: '' }])}>
          {t('account.addPromise')}
        </button>
      </fieldset>
      <details class="more-fields" open={moreOpen}>
        <summary>{t('account.moreDetails')}</summary>
        <div class="stack">
          <Field label={t('account.department')} error={errors.department}>
            <input {...text('department')} placeholder={t('account.departmentExample')} />
          </Field>
          <Field label={t('account.referenceNumber')} error={errors.referenceNumber}>
            <input {...text('referenceNumber')} />
          </Field>
          <div class="row">
            <Field label={t('account.holdMinutes')} error={errors.holdMinutes}>
              <input type="number" inputMode="numeric" {...text('holdMinutes')} />
            </Field>
            <Field label={t('account.durationMinutes')} error={errors.durationMinutes}>
              <input type="number" inputMode="numeric" {...text('durationMinutes')} />
            </Field>
          </div>
        </div>
      </details>
      <FormActions submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
