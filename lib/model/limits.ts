/**
 * How much one case may hold, kind by kind (the kinds of lib/model/records). A
 * bundle over these is refused before anything is written (lib/bundle/import.ts):
 * an estate that large is not a real one, and a case that large made the panel crawl
 * (10,000 accounts: 2-5 s per view) or stop (100,000 accounts), locking the user out,
 * since the import makes it the active case.
 *
 * The numbers are generous for a real estate: a person leaves 5 to 50 accounts
 * (utilities, phones, cards, subscriptions); a large estate of 50 accounts has about
 * 750 checklist steps (a playbook has 10 to 15), a few hundred calls and letters, a
 * few dozen devices and documents sent, and a few hundred pieces of proof. Each limit
 * is several times that, and the panel stays usable with every limit reached at once,
 * whether the records are spread over the accounts or all on one (measured with
 * `npm run bench limits`, tests/bench/limits.bench.ts; the slowest screen is one
 * account holding every step and call, which the panel renders whole).
 */
import type { RecordKey } from './records';

export const caseLimits = {
  /** 4x the 50 accounts of a large estate. */
  accounts: 200,
  /** About 7x the 750 steps of a large estate (25 per account at the limit of accounts). */
  tasks: 5_000,
  /** 4x the ~500 calls, chats and letters of a large estate (a hard account takes 20-30). */
  contacts: 2_000,
  /** Half the contacts: not every call ends with a promise. */
  promises: 1_000,
  /** 20x the few dozen modems, boxes and phones of a household. */
  devices: 1_000,
  /** About 6x the 1-3 documents sent per account of a large estate. */
  documentsSent: 1_000,
  /** 50x the 4 rungs a hard account climbs (a supervisor, the provider in writing, a regulator, the BBB). */
  escalations: 1_000,
  /** 4x the ~500 captured pages and documents of a large estate. */
  evidence: 2_000,
  /** The sites the user tracks that a bundle carries: at most one per account. */
  userProviders: 200,
} as const satisfies Record<Exclude<RecordKey, 'case'>, number>;

export type LimitedKey = keyof typeof caseLimits;

/** The first kind of which `count` gives more rows than a case may hold, with both numbers; undefined when all fit. */
export function overLimit(count: (key: LimitedKey) => number): { key: LimitedKey; count: number; limit: number } | undefined {
  for (const key of Object.keys(caseLimits) as LimitedKey[]) {
    const n = count(key);
    if (n > caseLimits[key]) return { key, count: n, limit: caseLimits[key] };
  }
  return undefined;
}
