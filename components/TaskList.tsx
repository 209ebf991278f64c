import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../lib/dates';
import type { Progressed } from '../lib/derived/progress';
import { t } from '../lib/i18n';
import { taskStateLabels } from '../lib/labels';
import type { Task, TaskState } from '../lib/model';
import { taskStates } from '../lib/model/codes';
import { ConfirmButton } from './ConfirmButton';
import { Disclosure } from './Disclosure';
import { Field } from './Field';
import { inputValue, useRecordEditor } from './RecordEditor';
import { pageSizes, ShowMore, usePaged } from './ShowMore';

export type TaskPatch = Partial<Pick<Task, 'state' | 'dueDate' | 'note' | 'links'>>;

/** A step as shown: its derived state, and the record that ticked it, if one did. */
export type ShownTask = Progressed<Task>;

export interface TaskListProps {
  tasks: ShownTask[];
  today: string;
  /** The account's calls and documents sent, which a step can be linked to: undefined until asked for (`onNeedLinkables`). */
  linkables: Linkables | undefined;
  /** A step's details opened: its link choices are needed. */
  onNeedLinkables: () => void;
  onChange: (task: ShownTask, patch: TaskPatch) => void;
  onAdd: (title: string, dueDate: string) => void;
  onDelete: (task: Task) => void;
  errors?: Record<string, string>;
  /** The id of a step that must be among those shown (a reminder opens it). */
  reveal?: string;
}

/** An account's checklist: the next step first; ticking or editing a step saves at once. */
export function TaskList(props: TaskListProps) {
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [addError, setAddError] = useState('');
  const open = props.tasks.filter((s) => s.state === 'todo' || s.state === 'waiting');
  const closed = props.tasks.filter((s) => s.state === 'done' || s.state === 'skipped');
  // A ticked step leaves the list: the focus goes to the step now in its place (or to "Every step is done").
  const root = useRef<HTMLDivElement>(null);
  const openList = useRef<HTMLUListElement>(null);
  const closedList = useRef<HTMLUListElement>(null);
  const isWanted = (task: ShownTask) => task.id === props.reveal;
  const openPage = usePaged(open, pageSizes.steps, openList, isWanted);
  const closedPage = usePaged(closed, pageSizes.steps, closedList, isWanted);
  const [ticked, setTicked] = useState<{ id: string; index: number } | null>(null);
  useEffect(() => {
    if (!ticked || open.some((s) => s.id === ticked.id)) return;
    const boxes = openList.current?.querySelectorAll<HTMLElement>(':scope > li input[type="checkbox"]');
    const target = boxes?.length ? boxes[Math.min(ticked.index, boxes.length - 1)] : root.current?.querySelector<HTMLElement>('.ok-note');
    target?.focus();
    setTicked(null);
  }, [props.tasks]);
  const item: StepItemProps = {
    today: props.today,
    linkables: props.linkables,
    onNeedLinkables: props.onNeedLinkables,
    onChange: props.onChange,
    onDelete: props.onDelete,
  };
  const onChange: TaskListProps['onChange'] = (task, patch) => {
    if (patch.state === 'done') setTicked({ id: task.id, index: open.findIndex((s) => s.id === task.id) });
    props.onChange(task, patch);
  };
  return (
    <div ref={root}>
      {props.tasks.length === 0 ? (
        <p class="muted">{t('account.noSteps')}</p>
      ) : (
        <>
          <StepList
            label={t('account.checklist')}
            list={openList}
            page={openPage}
            note={(shown) => t('lists.stepsShown', { shown, count: open.length })}
            item={{ ...item, onChange }}
          />
          {open.length === 0 && (
            <p class="ok-note" tabIndex={-1}>
              {t('account.everyStepDone')}
            </p>
          )}
          {closed.length > 0 && (
            // Drawn once opened (or when a step a reminder opens is among them): an account's done steps
            // were a quarter of its screen, drawn for nobody each time it showed.
            <Disclosure class="closed-steps" summary={t('account.doneOrSkipped', { count: closed.length })} drawn={closed.some(isWanted)}>
              {() => (
                <StepList
                  label={t('account.doneOrSkippedSteps')}
                  list={closedList}
                  page={closedPage}
                  note={(shown) => t('lists.doneShown', { shown, count: closed.length })}
                  item={item}
                />
              )}
            </Disclosure>
          )}
        </>
      )}
      <details class="add-step">
        <summary>{t('account.addOwnStep')}</summary>
        <form
          class="inline-add"
          aria-label={t('account.newStep')}
          onSubmit={(e) => {
            e.preventDefault();
            if (!title.trim()) return setAddError(t('account.writeWhatNeedsDoing'));
            setAddError('');
            props.onAdd(title.trim(), due);
            setTitle('');
            setDue('');
          }}
        >
          <Field label={t('account.addOwnStep')} error={addError}>
            <input value={title} onInput={(e) => setTitle(e.currentTarget.value)} placeholder={t('account.stepExample')} />
          </Field>
          <Field label={t('account.dueOptional')}>
            <input type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
          </Field>
          <button type="submit">{t('account.addStep')}</button>
        </form>
      </details>
    </div>
  );
}

/** A call or a document sent that a step can point to. */
export interface Linkable {
  id: string;
  label: string;
}

/** What a step can be linked to: the account's calls and documents sent. */
export interface Linkables {
  contacts: Linkable[];
  documents: Linkable[];
}

/** What every step of a list is drawn with, but the step. */
type StepItemProps = Pick<TaskListProps, 'today' | 'linkables' | 'onNeedLinkables' | 'onChange' | 'onDelete'>;

/** One list of steps (to do, or done and skipped), a page at a time with "Show more steps". */
function StepList(props: {
  label: string;
  list: RefObject<HTMLUListElement | null>;
  page: { shown: readonly ShownTask[]; hidden: number; more: () => void };
  /** "Showing {shown} of …". */
  note: (shown: number) => string;
  item: StepItemProps;
}) {
  return (
    <>
      <ul class="checklist" aria-label={props.label} ref={props.list}>
        {props.page.shown.map((task) => (
          <TaskItem key={task.id} task={task} {...props.item} />
        ))}
      </ul>
      {props.page.hidden > 0 && (
        <ShowMore note={props.note(props.page.shown.length)} label={t('lists.moreSteps')} onMore={props.page.more} />
      )}
    </>
  );
}

function TaskItem(props: StepItemProps & { task: ShownTask }) {
  const { task } = props;
  const overdue = (task.state === 'todo' || task.state === 'waiting') && !!task.dueDate && task.dueDate < props.today;
  const dueToday = (task.state === 'todo' || task.state === 'waiting') && task.dueDate === props.today;
  return (
    <li class={`task state-${task.state}${overdue ? ' overdue' : ''}`} data-testid="task" id={`record-${task.id}`} tabIndex={-1}>
      <label>
        <input
          type="checkbox"
          checked={task.state === 'done'}
          onChange={(e) => props.onChange(task, { state: e.currentTarget.checked ? 'done' : 'todo' })}
        />
        <span class="task-title">{task.title}</span>
      </label>
      {(task.dueDate || task.state === 'waiting' || task.state === 'skipped') && (
        <p class="task-meta">
          {task.state === 'waiting' && <span class="pill">{t('account.waitingOnProvider')}</span>}
          {task.state === 'skipped' && <span class="pill">{t('account.skipped')}</span>}
          {task.dueDate && (
            <span class={overdue ? 'pill danger' : dueToday ? 'pill warn' : 'pill'}>
              {t(overdue ? 'account.overdueSince' : 'account.due', { date: formatDate(task.dueDate) })}
            </span>
          )}
        </p>
      )}
      {task.because && (
        <p class="task-because">
          {t('account.doneBecause', { reason: task.because.text })}{' '}
          <button type="button" class="link" onClick={() => props.onChange(task, { state: 'todo' })}>
            {t('account.untick')}
          </button>
        </p>
      )}
      {task.detail && <p class="task-detail">{task.detail}</p>}
      {task.note && <p class="task-note">{t('account.noteShown', { note: task.note })}</p>}
      <Disclosure class="task-more" summary={t('account.stepDetails')} label={t('account.stepDetailsOf', { title: task.title })}>
        {() => (
          <TaskEditor
            task={task}
            linkables={props.linkables}
            onNeedLinkables={props.onNeedLinkables}
            onChange={props.onChange}
            onDelete={props.onDelete}
          />
        )}
      </Disclosure>
    </li>
  );
}

function TaskEditor(props: {
  task: ShownTask;
  linkables: TaskListProps['linkables'];
  onNeedLinkables: TaskListProps['onNeedLinkables'];
  onChange: TaskListProps['onChange'];
  onDelete: TaskListProps['onDelete'];
}) {
  const { task } = props;
  useEffect(() => props.onNeedLinkables(), []);
  const linkables = props.linkables ?? { contacts: [], documents: [] };
  const { draft, bind, change } = useRecordEditor(task, (candidate) => {
    const patch: TaskPatch = {};
    if (candidate.state !== task.state) patch.state = candidate.state;
    if (candidate.dueDate !== task.dueDate) patch.dueDate = candidate.dueDate;
    if (candidate.note !== task.note) patch.note = candidate.note;
    if (candidate.links !== task.links) patch.links = candidate.links;
    props.onChange(task, patch);
    return null;
  });
  const linked = [
    ...linkables.contacts.filter((c) => draft.links.contactIds.includes(c.id)).map((c) => ({ ...c, kind: 'contactIds' as const })),
    ...linkables.documents
      .filter((d) => draft.links.documentSentIds.includes(d.id))
      .map((d) => ({ ...d, kind: 'documentSentIds' as const })),
  ];
  const unlinkedContacts = linkables.contacts.filter((c) => !draft.links.contactIds.includes(c.id));
  const unlinkedDocuments = linkables.documents.filter((d) => !draft.links.documentSentIds.includes(d.id));
  return (
    <div class="stack">
      <Field label={t('account.state')}>
        <select value={draft.state} onChange={(e) => change({ state: inputValue(e) as TaskState })}>
          {taskStates.map((s) => (
            <option value={s}>{taskStateLabels[s]}</option>
          ))}
        </select>
      </Field>
      <Field label={t('account.dueDate')}>
        <input type="date" {...bind('dueDate')} />
      </Field>
      <Field label={t('account.note')}>
        <textarea rows={2} {...bind('note')} />
      </Field>
      {linked.length > 0 && (
        <ul class="links" aria-label={t('account.linkedRecords')}>
          {linked.map((l) => (
            <li>
              {l.label}{' '}
              <button
                type="button"
                class="link"
                onClick={() => change({ links: { ...draft.links, [l.kind]: draft.links[l.kind].filter((x) => x !== l.id) } })}
              >
                {t('account.unlink')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {unlinkedContacts.length + unlinkedDocuments.length > 0 && (
        <Field label={t('account.linkCallOrDocument')}>
          <select
            value=""
            onChange={(e) => {
              const [kind, linkId] = inputValue(e).split(':') as ['contactIds' | 'documentSentIds', string];
              if (linkId) change({ links: { ...draft.links, [kind]: [...draft.links[kind], linkId] } });
            }}
          >
            <option value="">{t('account.choose')}</option>
            {unlinkedContacts.map((c) => (
              <option value={`contactIds:${c.id}`}>{c.label}</option>
            ))}
            {unlinkedDocuments.map((d) => (
              <option value={`documentSentIds:${d.id}`}>{d.label}</option>
            ))}
          </select>
        </Field>
      )}
      {!task.stepKey && !task.promiseId && (
        <ConfirmButton label={t('account.deleteStep')} question={t('account.deleteStepQuestion')} onConfirm={() => props.onDelete(task)} />
      )}
    </div>
  );
}
