import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../lib/dates';
import { usStates } from '../lib/escalation/address';
import { followUpFor, type Rung } from '../lib/escalation/ladder';
import type { EscalationView } from '../lib/escalation/offer';
import type { Escalation } from '../lib/model';
import { ConfirmButton } from './ConfirmButton';
import { Field } from './Field';
import { FormActions } from './FormActions';
import { inputValue } from './RecordEditor';
import { SourceNote } from './SourceNote';

/** What the user wrote in "I did this". */
export interface EscalationDraft {
  on: string;
  referenceNumber: string;
  note: string;
  followUpDate: string;
}

export interface EscalationLadderProps {
  view: EscalationView;
  providerName: string;
  today: string;
  /** Days to wait before checking back when no deadline is known (the reminder setting). */
  checkBackDays: number;
  onChooseState: (state: string) => void;
  /** Checks and stores a rung climbed; returns field errors, or null once saved. */
  onRecord: (rung: Rung, draft: EscalationDraft) => Record<string, string> | null;
  onAnswered: (escalation: Escalation, day: string | undefined) => void;
  onDelete: (escalation: Escalation) => void;
  /** For a rung a complaint packet goes with (the FCC, a state commission...): opens it, ready to copy or print. */
  onPrepareComplaint?: (rung: Rung) => void;
  /** Whether a packet goes with this rung. */
  hasComplaint?: (rung: Rung) => boolean;
}

/**
 * The escalation ladder of an account: offered calmly when something went wrong (a
 * broken promise, a step long overdue, a document never acknowledged, "no record of
 * it"), with the rungs that usually work, the next one first, and what was done so far.
 * Shows nothing while nothing went wrong and nothing was escalated.
 */
export function EscalationLadder(props: EscalationLadderProps) {
  const { view } = props;
  const [recording, setRecording] = useState<string | null>(null);
  const [showLadder, setShowLadder] = useState(false);
  const offered = view.triggers.length > 0;
  if (!offered && view.climbed.length === 0) return null;
  const ladderShown = offered || showLadder;
  return (
    <section class="escalation" aria-label="What usually works next">
      <h4>{offered ? 'What usually works next' : 'Escalations'}</h4>
      {offered && (
        <div class="escalation-why">
          {view.sentences.map((s) => (
            <p key={s}>{s}</p>
          ))}
          <p>Here is what usually works next. Take it one step at a time.</p>
        </div>
      )}
      {view.awaiting?.followUpDate && (
        <p class="muted" data-testid="awaiting">
          You are waiting for an answer from {view.awaiting.to}: expected by {formatDate(view.awaiting.followUpDate)}.
        </p>
      )}
      {ladderShown ? (
        <ol class="ladder" aria-label="Steps that usually work">
          {view.ladder.rungs.map((rung) => (
            <RungItem
              key={rung.id}
              rung={rung}
              next={rung.id === view.next?.id}
              done={view.climbed.filter((e) => e.rung === rung.id)}
              recording={recording === rung.id}
              onStartRecording={() => setRecording(rung.id)}
              onStopRecording={() => setRecording(null)}
              {...props}
            />
          ))}
        </ol>
      ) : (
        <button type="button" onClick={() => setShowLadder(true)}>
          Show the steps that usually work
        </button>
      )}
      {ladderShown && view.ladder.note && <p class="muted">{view.ladder.note}</p>}
      <ClimbedList {...props} />
    </section>
  );
}

function RungItem(
  props: EscalationLadderProps & {
    rung: Rung;
    next: boolean;
    done: Escalation[];
    recording: boolean;
    onStartRecording: () => void;
    onStopRecording: () => void;
  },
) {
  const { rung } = props;
  // The next rung is open; so is one that needs the state chosen first (its choice is the way on).
  const [open, setOpen] = useState(props.next || !!rung.needsState);
  useEffect(() => setOpen(props.next || !!rung.needsState), [props.next, rung.needsState]);
  return (
    <li class={`rung${props.next ? ' rung-next' : ''}${props.done.length ? ' rung-done' : ''}`} data-testid="rung" data-rung={rung.id}>
      <div class="record-head">
        <strong>{rung.title}</strong>
        {props.next && <span class="pill warn">Try this next</span>}
        {props.done.length > 0 && <span class="pill ok">Done {formatDate(props.done[0]!.on)}</span>}
      </div>
      {rung.when && <p class="muted">{rung.when}</p>}
      {open ? (
        <RungDetails {...props} />
      ) : (
        <button type="button" class="link" aria-expanded="false" onClick={() => setOpen(true)}>
          Show what it takes
        </button>
      )}
    </li>
  );
}

function RungDetails(
  props: EscalationLadderProps & { rung: Rung; recording: boolean; onStartRecording: () => void; onStopRecording: () => void },
) {
  const { rung } = props;
  return (
    <div class="rung-details">
      <p>{rung.takes}</p>
      <p>
        <strong>How long they have to answer: </strong>
        {rung.answer.kind === 'sourced' ? (
          <>
            {rung.answer.fact.text}. <SourceNote quote={rung.answer.fact.quote} source={rung.answer.fact.source} />
          </>
        ) : rung.level === 'supervisor' ? (
          'they can help on the call. If they promise something, log it as a promise.'
        ) : (
          'not known.'
        )}
      </p>
      {rung.channels.length > 0 && (
        <ul class="facts" aria-label={`Where: ${rung.to}`}>
          {rung.channels.map((c) => (
            <li key={`${c.text}-${c.href ?? ''}`}>
              {c.href ? (
                <a href={c.href} target="_blank" rel="noreferrer">
                  {c.text}
                </a>
              ) : (
                c.text
              )}{' '}
              <SourceNote quote={c.quote} source={c.source} />
            </li>
          ))}
        </ul>
      )}
      {rung.facts.length > 0 && (
        <ul class="facts" aria-label={`What ${rung.to} says`}>
          {rung.facts.map((f) => (
            <li key={f.text}>
              {f.text} <SourceNote quote={f.quote} source={f.source} />
            </li>
          ))}
        </ul>
      )}
      {rung.missing && <p class="muted">{rung.missing}</p>}
      {rung.needsState && (
        <Field label="State of the service address">
          <select value="" onChange={(e) => props.onChooseState(inputValue(e))}>
            <option value="">Choose the state…</option>
            {usStates.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {!rung.needsState && props.onPrepareComplaint && props.hasComplaint?.(rung) && (
        <button type="button" onClick={() => props.onPrepareComplaint!(rung)}>
          Prepare the complaint
        </button>
      )}
      {!rung.needsState &&
        (props.recording ? (
          <RecordForm {...props} />
        ) : (
          <button type="button" onClick={props.onStartRecording}>
            I did this
          </button>
        ))}
    </div>
  );
}

function RecordForm(props: EscalationLadderProps & { rung: Rung; onStopRecording: () => void }) {
  const { rung } = props;
  const initial = followUpFor(rung, props.today, props.checkBackDays);
  const [draft, setDraft] = useState<EscalationDraft>({ on: props.today, referenceNumber: '', note: '', followUpDate: initial.date });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('input')?.focus(), []);
  const basis = followUpFor(rung, draft.on || props.today, props.checkBackDays).basis;
  const set = (key: keyof EscalationDraft) => (e: Event) => {
    const value = inputValue(e);
    const next = { ...draft, [key]: value };
    // A new date moves the follow-up with it, as long as the user had not chosen their own.
    if (key === 'on' && /^\d{4}-\d{2}-\d{2}$/.test(value) && draft.followUpDate === followUpFor(rung, draft.on, props.checkBackDays).date)
      next.followUpDate = followUpFor(rung, value, props.checkBackDays).date;
    setDraft(next);
  };
  return (
    <form
      ref={form}
      class="stack card"
      aria-label={`Record: ${rung.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        const result = props.onRecord(rung, draft);
        setErrors(result ?? {});
        if (!result) props.onStopRecording();
      }}
    >
      <Field label="When you did it" error={errors.on}>
        <input type="date" value={draft.on} onInput={set('on')} />
      </Field>
      <Field label="Ticket, case or tracking number" error={errors.referenceNumber}>
        <input value={draft.referenceNumber} onInput={set('referenceNumber')} />
      </Field>
      <Field label="Note" hint="Who you spoke to, what they said." error={errors.note}>
        <textarea rows={2} value={draft.note} onInput={set('note')} />
      </Field>
      <Field
        label="Check for their answer on"
        hint={
          basis === 'deadline'
            ? 'Their deadline to answer, from the source above.'
            : 'No deadline is known: this is when to check back (your reminder setting).'
        }
        error={errors.followUpDate}
      >
        <input type="date" value={draft.followUpDate} onInput={set('followUpDate')} />
      </Field>
      <FormActions submitLabel="Save" onCancel={props.onStopRecording} />
    </form>
  );
}

function ClimbedList(props: EscalationLadderProps) {
  // A rung just recorded: focus moves to it in the list (the latest comes first).
  const list = useRef<HTMLOListElement>(null);
  const count = useRef(props.view.climbed.length);
  useEffect(() => {
    if (props.view.climbed.length > count.current) list.current?.querySelector<HTMLElement>('li')?.focus();
    count.current = props.view.climbed.length;
  }, [props.view.climbed.length]);
  if (props.view.climbed.length === 0) return null;
  return (
    <>
      <h5>What you have done so far</h5>
      <ol class="records" aria-label="Escalations so far" ref={list}>
        {props.view.climbed.map((e) => (
          <li key={e.id} class="record" data-testid="escalation" tabIndex={-1} aria-label={`${e.to}, ${formatDate(e.on)}`}>
            <div class="record-head">
              <strong>{e.to}</strong>
              <span class="muted">{formatDate(e.on)}</span>
              {e.answeredOn ? (
                <span class="pill ok">Answered {formatDate(e.answeredOn)}</span>
              ) : (
                e.followUpDate && (
                  <span class={e.followUpDate < props.today ? 'pill danger' : 'pill warn'}>
                    {e.followUpDate < props.today ? 'No answer yet' : `Answer by ${formatDate(e.followUpDate)}`}
                  </span>
                )
              )}
            </div>
            {(e.referenceNumber || (e.followUpDate && !e.answeredOn && e.followUpDate < props.today)) && (
              <p class="muted">
                {[
                  e.referenceNumber && `ref. ${e.referenceNumber}`,
                  e.followUpDate && !e.answeredOn && e.followUpDate < props.today && `expected by ${formatDate(e.followUpDate)}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            )}
            {e.note && <p class="summary">{e.note}</p>}
            <div class="row">
              {e.answeredOn ? (
                <button type="button" class="link" onClick={() => props.onAnswered(e, undefined)}>
                  Undo
                </button>
              ) : (
                <button type="button" class="link" onClick={() => props.onAnswered(e, props.today)}>
                  They answered
                </button>
              )}
              <ConfirmButton label="Delete this entry" question="Delete this record of what you did?" onConfirm={() => props.onDelete(e)} />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
