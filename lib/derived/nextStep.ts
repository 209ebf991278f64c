import type { Task } from '../model';
import { orderTasks } from './accountStatus';

/**
 * The one step an account's screen leads with: the first open step in the checklist's
 * own order (overdue and due first). Kept behind this one function so the screen, and
 * anything else that says "next", reads it from one place.
 */
export function nextStepOf(tasks: readonly Task[], today: string): Task | undefined {
  return nextOfOrdered(orderTasks(tasks, today));
}

/** nextStepOf of steps already in orderTasks' order (a screen that shows them so sorts them once). */
export function nextOfOrdered<T extends Pick<Task, 'state'>>(ordered: readonly T[]): T | undefined {
  return ordered.find((t) => t.state === 'todo' || t.state === 'waiting');
}
