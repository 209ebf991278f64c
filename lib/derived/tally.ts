/** Tallies of steps for the dashboard; apart so the panel's first read can use them alone. */

import type { Task, TaskState } from '../model';
import { type StateCounts, taskOrder } from './accountStatus';

/**
 * What the dashboard needs of an account's steps: how many in each state, how many
 * overdue, and the one to do next. Kept instead of the steps, so a case's thousands
 * of steps can be read, counted and let go.
 */
export interface TaskTally extends StateCounts {
  /** Open steps whose due date has passed. */
  overdue: number;
  /** The first open step in orderTasks' order. */
  next?: Task;
}

/**
 * Adds steps (of any accounts, in any batches) to the tallies by account. `stateOf`
 * gives each step's state when it is not the step's own field (the derived one, told
 * beside the steps instead of copying them: lib/db/progressReads' progressOfSteps).
 */
export function tallyTasks(
  tallies: Map<string, TaskTally>,
  tasks: readonly Task[],
  today: string,
  stateOf: (task: Task) => TaskState = (task) => task.state,
): Map<string, TaskTally> {
  const before = taskOrder(today, stateOf);
  for (const task of tasks) {
    let tally = tallies.get(task.accountId);
    if (!tally) {
      tally = { total: 0, todo: 0, waiting: 0, overdue: 0 };
      tallies.set(task.accountId, tally);
    }
    tally.total += 1;
    const state = stateOf(task);
    if (state !== 'todo' && state !== 'waiting') continue;
    tally[state] += 1;
    if (task.dueDate && task.dueDate < today) tally.overdue += 1;
    if (!tally.next || before(task, tally.next) < 0) tally.next = task;
  }
  return tallies;
}
