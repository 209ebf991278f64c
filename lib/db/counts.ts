import type { Counts } from '../badge';
import { localDate } from '../dates';
import { db } from './index';
import { activeCase } from './repo';

/** Open and overdue tasks per provider in the active case. */
export async function countsByProvider(now = new Date()): Promise<Map<string, Counts>> {
  const counts = new Map<string, Counts>();
  const estateCase = await activeCase();
  if (!estateCase) return counts;
  const d = db();
  const [accounts, tasks] = await Promise.all([
    d.accounts.where('caseId').equals(estateCase.id).toArray(),
    d.tasks.where('caseId').equals(estateCase.id).toArray(),
  ]);
  const providerOf = new Map(accounts.map((a) => [a.id, a.providerId]));
  const today = localDate(now);
  for (const task of tasks) {
    if (task.state !== 'todo' && task.state !== 'waiting') continue;
    const providerId = providerOf.get(task.accountId);
    if (!providerId) continue;
    const c = counts.get(providerId) ?? { open: 0, overdue: 0 };
    c.open += 1;
    if (task.dueDate && task.dueDate < today) c.overdue += 1;
    counts.set(providerId, c);
  }
  return counts;
}
