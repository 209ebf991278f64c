/**
 * How much one case may hold, kind by kind (the kinds of lib/model/records). A
 * bundle over these is refused before anything is written (lib/bundle/import.ts):
 * an estate that large is not a real one, and a case that large made the panel crawl
 * (10,000 accounts: 2-5 s per view) or stop (100,000 accounts), locking the user out
 * of every case, since the import makes it the active one.
 *
 * The numbers are generous for a real estate: a person leaves 5 to 50 accounts
 * (utilities, phones, cards, subscriptions), each with a playbook of about 10 steps,
 * a handful of devices, calls and letters. Each limit is several times what the
 * largest real estate needs, and the panel stays usable at all of them at once
 * (measured with `npm run bench limits`: tests/bench/limits.bench.ts).
 */
import type { RecordKey } from './records';

export const caseLimits = {
  /** 4x the 50 accounts of a large estate. */
  accounts: 200,
  /** 250 per account at the limit: a playbook has about 10, the user adds a few. */
  tasks: 50_000,
  /** 25 per account at the limit; a household has a few modems, boxes and phones. */
  devices: 5_000,
  /** 25 per account at the limit: death certificates and letters sent. */
  documentsSent: 5_000,
  /** 100 per account at the limit: calls, chats and letters (a hard account takes 20-30). */
  contacts: 20_000,
  /** A quarter of the contacts: not every call ends with a promise. */
  promises: 5_000,
  /** 50 per account at the limit: captured pages and documents. */
  evidence: 10_000,
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
