import { describe, expect, it } from 'vitest';
import { countStates, orderTasks } from '../../../lib/derived/accountStatus';
import { tallyTasks } from '../../../lib/derived/tally';
import type { Task } from '../../../lib/model';

describe('tallying steps for the dashboard', () => {
  /** A small deterministic random source, so a failure can be replayed. */
  function random(seed: number) {
    return () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
  }
  const states = ['todo', 'waiting', 'done', 'skipped'] as const;

  it.each([1, 2, 3, 4, 5])('agrees with counting and ordering the steps themselves, whatever the batches (seed %i)', (seed) => {
    const next = random(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const today = '2026-03-20';
    const tasks: Task[] = Array.from({ length: 300 }, (_, i) => ({
      id: `t${i}`,
      caseId: 'c',
      accountId: pick(['a', 'b', 'c', 'd']),
      title: `Step ${i}`,
      state: pick(states),
      // Few distinct values, so ties on due date and order are common.
      dueDate: pick([undefined, '2026-03-01', '2026-03-19', today, '2026-03-25']),
      order: Math.floor(next() * 5),
      links: { contactIds: [], documentSentIds: [], evidenceIds: [] },
      createdAt: pick(['2026-03-02T10:00:00.000Z', '2026-03-03T10:00:00.000Z']),
      updatedAt: '2026-03-03T10:00:00.000Z',
    }));
    const tallies = new Map();
    for (let from = 0; from < tasks.length; ) {
      const to = from + 1 + Math.floor(next() * 40);
      tallyTasks(tallies, tasks.slice(from, to), today);
      from = to;
    }
    for (const accountId of ['a', 'b', 'c', 'd']) {
      const own = tasks.filter((t) => t.accountId === accountId);
      const open = own.filter((t) => t.state === 'todo' || t.state === 'waiting');
      expect(tallies.get(accountId)).toEqual({
        ...countStates(own),
        overdue: open.filter((t) => t.dueDate! < today).length,
        next: orderTasks(open, today)[0],
      });
    }
  });
});
