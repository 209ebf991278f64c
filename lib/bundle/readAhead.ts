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
