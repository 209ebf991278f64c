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
