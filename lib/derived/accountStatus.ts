/**
 * An account's status and the order of its steps, derived from the steps alone.
 * Apart from the playbooks so the panel's first read (lib/db/caseReads.ts) can use them
 * without loading the playbooks.
 */
import { byText } from '../dates';
import { t } from '../i18n';
import type { Task, TaskState } from '../model';

export type AccountStatus = 'not_started' | 'in_progress' | 'waiting' | 'done';

/** How many steps an account has, and how many are still to do or waiting on the provider. */
export interface StateCounts {
  total: number;
  todo: number;
  waiting: number;
}

export function countStates(tasks: readonly Pick<Task, 'state'>[]): StateCounts {
  const count = (s: TaskState) => tasks.filter((t) => t.state === s).length;
  return { total: tasks.length, todo: count('todo'), waiting: count('waiting') };
}

/** Derived from the steps' states, never stored. */
export function accountStatus({ total, todo, waiting }: StateCounts): AccountStatus {
  if (total === 0) return 'not_started';
  if (todo === 0 && waiting === 0) return 'done';
  if (todo === 0) return 'waiting';
  return todo === total ? 'not_started' : 'in_progress';
}

/** An account's status in words, read when looked up (in the language shown then). */
export const statusLabels: Readonly<Record<AccountStatus, string>> = {
  get not_started() {
    return t('checklist.status.not_started');
  },
  get in_progress() {
    return t('checklist.status.in_progress');
  },
  get waiting() {
    return t('checklist.status.waiting');
  },
  get done() {
    return t('checklist.status.done');
  },
};

/**
 * The next step on top: open tasks first, and among them whatever is due by
 * `today` (overdue first); then playbook order.
 */
export function orderTasks<T extends OrderedTask>(tasks: readonly T[], today?: string): T[] {
  return [...tasks].sort(taskOrder(today));
}

type OrderedTask = Pick<Task, 'state' | 'order' | 'createdAt' | 'dueDate'>;

/** orderTasks' comparison: negative when `a` comes before `b`. */
export function taskOrder(today?: string): (a: OrderedTask, b: OrderedTask) => number {
  const rank = (t: OrderedTask) => (t.state === 'todo' ? 0 : t.state === 'waiting' ? 1 : 2);
  const due = (t: OrderedTask) => (rank(t) < 2 && today && t.dueDate && t.dueDate <= today ? t.dueDate : '9999-12-31');
  return (a, b) => rank(a) - rank(b) || byText(due(a), due(b)) || a.order - b.order || byText(a.createdAt, b.createdAt);
}
