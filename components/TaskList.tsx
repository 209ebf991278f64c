import { useState } from 'preact/hooks';
import type { Task, TaskState } from '../lib/model';
import { taskStates } from '../lib/model';
import { ConfirmButton } from './ConfirmButton';
import { Field } from './Field';
import { formatDate, taskStateLabels } from './labels';

export interface TaskListProps {
  tasks: Task[];
  today: string;
  onChange: (task: Task, patch: Partial<Pick<Task, 'state' | 'dueDate' | 'note'>>) => void;
  onAdd: (title: string, dueDate: string) => void;
  onDelete: (task: Task) => void;
  errors?: Record<string, string>;
}

/** An account's checklist: the next step first; ticking or editing a step saves at once. */
export function TaskList(props: TaskListProps) {
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [addError, setAddError] = useState('');
  const open = props.tasks.filter((t) => t.state === 'todo' || t.state === 'waiting');
  const closed = props.tasks.filter((t) => t.state === 'done' || t.state === 'skipped');
  return (
    <div>
      {props.tasks.length === 0 ? (
        <p class="muted">No steps yet.</p>
      ) : (
        <>
          <ul class="checklist" aria-label="Checklist">
            {open.map((task) => (
              <TaskItem key={task.id} task={task} today={props.today} onChange={props.onChange} onDelete={props.onDelete} />
            ))}
          </ul>
          {open.length === 0 && <p class="ok-note">Every step is done.</p>}
          {closed.length > 0 && (
            <details class="closed-steps">
              <summary>
                Done or skipped ({closed.length})
              </summary>
              <ul class="checklist" aria-label="Done or skipped steps">
                {closed.map((task) => (
                  <TaskItem key={task.id} task={task} today={props.today} onChange={props.onChange} onDelete={props.onDelete} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      <details class="add-step">
        <summary>Add your own step</summary>
      <form
        class="inline-add"
        aria-label="Add your own step"
        onSubmit={(e) => {
          e.preventDefault();
          if (!title.trim()) return setAddError('Write what needs doing.');
          setAddError('');
          props.onAdd(title.trim(), due);
          setTitle('');
          setDue('');
        }}
      >
        <Field label="Add your own step" error={addError}>
          <input value={title} onInput={(e) => setTitle(e.currentTarget.value)} placeholder="e.g. Ask for the refund cheque" />
        </Field>
        <Field label="Due (optional)">
          <input type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
        </Field>
        <button type="submit">Add step</button>
      </form>
      </details>
    </div>
  );
}

function TaskItem(props: { task: Task; today: string; onChange: TaskListProps['onChange']; onDelete: TaskListProps['onDelete'] }) {
  const { task } = props;
  const overdue = (task.state === 'todo' || task.state === 'waiting') && !!task.dueDate && task.dueDate < props.today;
  const dueToday = (task.state === 'todo' || task.state === 'waiting') && task.dueDate === props.today;
  return (
    <li class={`task state-${task.state}${overdue ? ' overdue' : ''}`} data-testid="task">
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
          {task.state === 'waiting' && <span class="pill">Waiting on the provider</span>}
          {task.state === 'skipped' && <span class="pill">Skipped</span>}
          {task.dueDate && (
            <span class={overdue ? 'pill danger' : dueToday ? 'pill warn' : 'pill'}>
              {overdue ? 'Overdue since' : 'Due'} {formatDate(task.dueDate)}
            </span>
          )}
        </p>
      )}
      {task.detail && <p class="task-detail">{task.detail}</p>}
      {task.note && <p class="task-note">Note: {task.note}</p>}
      <details class="task-more">
        <summary>Details</summary>
        <div class="stack">
          <Field label="State">
            <select value={task.state} onChange={(e) => props.onChange(task, { state: e.currentTarget.value as TaskState })}>
              {taskStates.map((s) => (
                <option value={s}>{taskStateLabels[s]}</option>
              ))}
            </select>
          </Field>
          <Field label="Due date">
            <input type="date" value={task.dueDate ?? ''} onChange={(e) => props.onChange(task, { dueDate: e.currentTarget.value })} />
          </Field>
          <Field label="Note">
            <textarea rows={2} value={task.note ?? ''} onChange={(e) => props.onChange(task, { note: e.currentTarget.value })} />
          </Field>
          {!task.stepKey && !task.promiseId && (
            <ConfirmButton label="Delete this step" question="Delete this step?" onConfirm={() => props.onDelete(task)} />
          )}
        </div>
      </details>
    </li>
  );
}
