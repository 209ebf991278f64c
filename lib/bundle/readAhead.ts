/**
 * The results of `load` over the items, in order, with the next ones already
 * loading while the caller uses the current one: export and import read and hash
 * the next files (in the hashing worker) while the current one is zipped or
 * compared. With two ahead, three files are in memory at most.
 */
export async function* readAhead<T, R>(items: readonly T[], load: (item: T) => Promise<R>, ahead = 2): AsyncGenerator<R> {
  const loading: Array<Promise<R>> = [];
  const start = (i: number) => {
    if (i >= items.length) return;
    const p = load(items[i]!);
    p.catch(() => {}); // its error is thrown when it is awaited
    loading.push(p);
  };
  for (let i = 0; i < ahead; i++) start(i);
  for (let i = 0; i < items.length; i++) {
    const result = await loading.shift()!;
    start(i + ahead);
    yield result;
  }
}

/**
 * How many files an import keeps reading and hashing at once: two hashing
 * workers each with files waiting are never idle while the browser brings a file's
 * bytes (measured: checking a bundle of 5 MB files took about a fifth less time with
 * eight in flight than with four, for the same work). Eight when they are small, four
 * (two a worker) when large, so that no more than about 256 MB is being read at once
 * (files above 64 MB are streamed, not read whole).
 */
export function filesInFlight(largest: number): number {
  return Math.max(4, Math.min(8, Math.floor(IN_FLIGHT_BYTES / Math.max(1, largest))));
}
const IN_FLIGHT_BYTES = 64 * 1024 * 1024;

/** Files read together: they lie one after another in the ZIP, from `start` to `end`. */
export interface ReadingGroup<T> {
  items: T[];
  start: number;
  end: number;
}

/**
 * The bag's files in groups read at once, in the ZIP's order: stored (not deflated) files
 * lying one after another, READING_GROUP_BYTES at most from the first's bytes to the
 * last's end (their local headers between them are read too, and skipped). A deflated or
 * a larger file is a group of its own. Reading a chosen file as 40 MB pieces rather than
 * 5 MB ones took the browser's processes a third less CPU and half the time (lib/checksums/hash.ts).
 */
export function readingGroups<T extends { entry: { method: number; dataStart: number; size: number; encrypted: boolean } }>(
  items: readonly T[],
  limit = READING_GROUP_BYTES,
): Array<ReadingGroup<T>> {
  const groups: Array<ReadingGroup<T>> = [];
  const inOrder = [...items].sort((a, b) => a.entry.dataStart - b.entry.dataStart);
  for (const item of inOrder) {
    const { method, dataStart, size, encrypted } = item.entry;
    const end = dataStart + size;
    const last = groups.at(-1);
    const joins = method === 0 && !encrypted && last && last.items.length > 0 && isStored(last.items[0]!) && end - last.start <= limit;
    if (joins) {
      last.items.push(item);
      last.end = end;
    } else groups.push({ items: [item], start: dataStart, end });
  }
  return groups;
}
const isStored = (item: { entry: { method: number; encrypted: boolean } }) => item.entry.method === 0 && !item.entry.encrypted;
const READING_GROUP_BYTES = 32 * 1024 * 1024;
