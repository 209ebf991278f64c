import type { Task } from '../model';
import { orderTasks } from './accountStatus';

/**
 * The one step an account's screen leads with: the first open step in the checklist's
 * own order (overdue and due first). Kept behind this one function so the screen, and
 * anything else that says "next", reads it from one place.
 */
export function nextStepOf(tasks: readonly Task[], today: string): Task | undefined {
  return orderTasks(tasks, today).find((t) => t.state === 'todo' || t.state === 'waiting');
}
