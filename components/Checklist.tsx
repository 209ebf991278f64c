import type { Task } from '../lib/model';

/** An account's tasks; ticking one saves at once. */
export function Checklist(props: { tasks: Task[]; onToggle: (task: Task, done: boolean) => void }) {
  if (props.tasks.length === 0) return <p class="muted">No steps yet.</p>;
  return (
    <ul class="checklist" aria-label="Checklist">
      {props.tasks.map((task) => (
        <li key={task.id} class={`task state-${task.state}`}>
          <label>
            <input
              type="checkbox"
              checked={task.state === 'done'}
              onChange={(e) => props.onToggle(task, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span class="task-title">{task.title}</span>
          </label>
          {task.detail && <p class="task-detail">{task.detail}</p>}
        </li>
      ))}
    </ul>
  );
}
