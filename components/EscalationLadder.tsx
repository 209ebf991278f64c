import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../lib/dates';
import { usStates } from '../lib/escalation/address';
import { followUpFor, type Rung } from '../lib/escalation/ladder';
import type { EscalationView } from '../lib/escalation/offer';
import { language, t } from '../lib/i18n';
import type { Escalation } from '../lib/model';
import { ConfirmButton } from './ConfirmButton';
import { EscalationAnswer } from './EscalationAnswer';
import { Field } from './Field';
import { FormActions } from './FormActions';
import { inputValue } from './RecordEditor';
import { ShowMore } from './ShowMore';
import { SourceNote } from './SourceNote';

/** What the user wrote in "I did this". */
export interface EscalationDraft {
  on: string;
  referenceNumber: string;
  note: string;
  followUpDate: string;
}

/** A message per field that was not right. */
type FieldErrors = Record<string, string>;

export interface EscalationLadderProps {
  view: EscalationView;
  providerName: string;
  today: string;
  /** Days to wait before checking back when no deadline is known (the reminder setting). */
  checkBackDays: number;
  onChooseState: (state: string) => void;
  /** Checks and stores a rung climbed; returns field errors, or null once saved. */
  onRecord: (rung: Rung, draft: EscalationDraft) => FieldErrors | null;
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
/** After a fact kept in its source's language: " (in English)" for a reader of another language, nothing in English. */
function sourceLanguage(): string {
  return language() === 'en' ? '' : ` ${t('common.inEnglish')}`;
}

/** How many reasons to escalate show before "Show every reason". */
const FIRST_REASONS = 3;

export function EscalationLadder(props: EscalationLadderProps) {
  const { view } = props;
  const [recording, setRecording] = useState<string | null>(null);
  const [showLadder, setShowLadder] = useState(false);
  // The first few reasons (the oldest first); an account at the limits can have thousands.
  const [allReasons, setAllReasons] = useState(false);
  const why = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (allReasons) why.current?.querySelector<HTMLElement>(`p:nth-child(${FIRST_REASONS + 1})`)?.focus();
  }, [allReasons]);
  const offered = view.triggers.length > 0;
  if (!offered && view.climbed.length === 0) return null;
  const ladderShown = offered || showLadder;
  return (
    <section class="escalation" aria-label={t('escalation.heading')}>
      <h4>{offered ? t('escalation.heading') : t('escalation.headingClimbed')}</h4>
      {offered && (
        <div class="escalation-why" ref={why}>
          {(allReasons ? view.triggers : view.triggers.slice(0, FIRST_REASONS)).map((trigger, i) => (
            <p key={i} tabIndex={-1}>
              {view.sentence(trigger)}
            </p>
          ))}
          {!allReasons && view.triggers.length > FIRST_REASONS && (
            <ShowMore
              note={t('lists.reasonsShown', { shown: FIRST_REASONS, count: view.triggers.length })}
              label={t('lists.everyReason')}
              onMore={() => setAllReasons(true)}
            />
          )}
          <p>{t('escalation.oneStepAtATime')}</p>
        </div>
      )}
      {view.awaiting?.followUpDate && (
        <p class="muted" data-testid="awaiting">
          {t('escalation.awaiting', { to: view.awaiting.to, date: formatDate(view.awaiting.followUpDate) })}
        </p>
      )}
      {ladderShown ? (
        <ol class="ladder" aria-label={t('escalation.ladderLabel')}>
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
          {t('escalation.showLadder')}
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
        {props.next && <span class="pill warn">{t('escalation.tryNext')}</span>}
        {props.done.length > 0 && <span class="pill ok">{t('escalation.doneOn', { date: formatDate(props.done[0]!.on) })}</span>}
      </div>
      {rung.when && <p class="muted">{rung.when}</p>}
      {open ? (
        <RungDetails {...props} />
      ) : (
        <button type="button" class="link" aria-expanded="false" onClick={() => setOpen(true)}>
          {t('escalation.showTakes')}
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
        <strong>{t('escalation.howLong')}</strong>
        {rung.answer.kind === 'sourced' ? (
          <>
            {rung.answer.fact.text}. <SourceNote quote={rung.answer.fact.quote} source={rung.answer.fact.source} />
            {sourceLanguage()}
          </>
        ) : rung.level === 'supervisor' ? (
          t('escalation.answerOnCall')
        ) : (
          t('escalation.answerNotKnown')
        )}
      </p>
      {rung.channels.length > 0 && (
        <ul class="facts" aria-label={t('escalation.where', { to: rung.to })}>
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
              {sourceLanguage()}
            </li>
          ))}
        </ul>
      )}
      {rung.facts.length > 0 && (
        <ul class="facts" aria-label={t('escalation.whatItSays', { to: rung.to })}>
          {rung.facts.map((f) => (
            <li key={f.text}>
              {f.text}
              {sourceLanguage()} <SourceNote quote={f.quote} source={f.source} />
            </li>
          ))}
        </ul>
      )}
      {rung.missing && <p class="muted">{rung.missing}</p>}
      {rung.needsState && (
        <Field label={t('escalation.stateLabel')}>
          <select value="" onChange={(e) => props.onChooseState(inputValue(e))}>
            <option value="">{t('escalation.chooseState')}</option>
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
          {t('escalation.prepareComplaint')}
        </button>
      )}
      {!rung.needsState &&
        (props.recording ? (
          <RecordForm {...props} />
        ) : (
          <button type="button" onClick={props.onStartRecording}>
            {t('escalation.iDidThis')}
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
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  const basis = followUpFor(rung, draft.on || props.today, props.checkBackDays).basis;
  const set = (key: keyof EscalationDraft) => (e: Event) => {
    const value = inputValue(e);
    setDraft((draft) => {
      const next = { ...draft, [key]: value };
      // A new date moves the follow-up with it, as long as the user had not chosen their own.
      if (key === 'on' && /^\d{4}-\d{2}-\d{2}$/.test(value) && draft.followUpDate === followUpFor(rung, draft.on, props.checkBackDays).date)
        next.followUpDate = followUpFor(rung, value, props.checkBackDays).date;
      return next;
    });
  };
  return (
    <form
      ref={form}
      class="stack card"
      aria-label={t('escalation.recordLabel', { title: rung.title })}
      onSubmit={(e) => {
        e.preventDefault();
        const result = props.onRecord(rung, draft);
        setErrors(result ?? {});
        if (!result) props.onStopRecording();
      }}
    >
      <Field label={t('escalation.whenDone')} error={errors.on}>
        <input type="date" value={draft.on} onInput={set('on')} />
      </Field>
      <Field label={t('escalation.reference')} error={errors.referenceNumber}>
        <input value={draft.referenceNumber} onInput={set('referenceNumber')} />
      </Field>
      <Field label={t('escalation.note')} hint={t('escalation.noteHint')} error={errors.note}>
        <textarea rows={2} value={draft.note} onInput={set('note')} />
      </Field>
      <Field
        label={t('escalation.checkOn')}
        hint={basis === 'deadline' ? t('escalation.checkOnDeadline') : t('escalation.checkOnReminder')}
        error={errors.followUpDate}
      >
        <input type="date" value={draft.followUpDate} onInput={set('followUpDate')} />
      </Field>
      <FormActions submitLabel={t('common.save')} onCancel={props.onStopRecording} />
    </form>
  );
}

function ClimbedList(props: EscalationLadderProps) {
  // A rung just recorded: focus moves to it in the list (the latest comes first).
  const list = useRef<HTMLOListElement>(null);
  const count = useRef(props.view.climbed.length);
  useEffect(() => {
    if (props.view.climbed.length > count.current) list.current?.querySelector('li')?.focus();
    count.current = props.view.climbed.length;
  }, [props.view.climbed.length]);
  if (props.view.climbed.length === 0) return null;
  return (
    <>
      <h5>{t('escalation.doneSoFar')}</h5>
      <ol class="records" aria-label={t('escalation.climbedLabel')} ref={list}>
        {props.view.climbed.map((e) => (
          <li
            key={e.id}
            id={`record-${e.id}`}
            class="record"
            data-testid="escalation"
            tabIndex={-1}
            aria-label={`${asTitle(e.to)}, ${formatDate(e.on)}`}
          >
            <div class="record-head">
              <strong>{asTitle(e.to)}</strong>
              <span class="muted">{formatDate(e.on)}</span>
              <EscalationAnswer escalation={e} today={props.today} />
            </div>
            {(e.referenceNumber || (e.followUpDate && !e.answeredOn && e.followUpDate < props.today)) && (
              <p class="muted">
                {[
                  e.referenceNumber && t('escalation.ref', { number: e.referenceNumber }),
                  e.followUpDate &&
                    !e.answeredOn &&
                    e.followUpDate < props.today &&
                    t('escalation.expectedBy', { date: formatDate(e.followUpDate) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            )}
            {e.note && <p class="summary">{e.note}</p>}
            <div class="row">
              {e.answeredOn ? (
                <button type="button" class="link" onClick={() => props.onAnswered(e, undefined)}>
                  {t('escalation.undo')}
                </button>
              ) : (
                <button type="button" class="link" onClick={() => props.onAnswered(e, props.today)}>
                  {t('escalation.theyAnswered')}
                </button>
              )}
              <ConfirmButton
                label={t('escalation.deleteEntry')}
                question={t('escalation.deleteQuestion')}
                onConfirm={() => props.onDelete(e)}
              />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

/** Who an escalation went to, standing alone as its record's title: "a supervisor at Xfinity" reads "A supervisor at Xfinity". */
function asTitle(to: string): string {
  return to.charAt(0).toLocaleUpperCase() + to.slice(1);
}
