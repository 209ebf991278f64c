import { describe, expect, it } from 'vitest';
import { filesInFlight, readAhead, readingGroups } from '../../../lib/bundle/readAhead';

describe('reading ahead', () => {
  it('gives every result in order, with the next two loading while the current one is used', async () => {
    let started = 0;
    const load = async (n: number) => {
      started += 1;
      await new Promise((r) => setTimeout(r, (5 - n) * 2)); // later items finish first
      return n * 10;
    };
    const out: number[] = [];
    const held: number[] = [];
    for await (const r of readAhead([1, 2, 3, 4, 5], load)) {
      held.push(started - out.length); // this one and those loading
      out.push(r);
    }
    expect(out).toEqual([10, 20, 30, 40, 50]);
    expect(held).toEqual([3, 3, 3, 2, 1]);
  });

  it('throws a failed load when its turn comes, and starts nothing more', async () => {
    const started: number[] = [];
    const load = async (n: number) => {
      started.push(n);
      if (n === 2) throw new Error('no 2');
      return n;
    };
    const out: number[] = [];
    await expect(
      (async () => {
        for await (const r of readAhead([1, 2, 3, 4, 5, 6], load)) out.push(r);
      })(),
    ).rejects.toThrow('no 2');
    expect(out).toEqual([1]);
    expect(started).toEqual([1, 2, 3]);
  });

  it('starts nothing before it is read, and nothing for no items', async () => {
    const started: number[] = [];
    const gen = readAhead([1, 2, 3], async (n) => started.push(n));
    expect(started).toEqual([]);
    await gen.next();
    expect(started).toEqual([1, 2, 3]);
    for await (const _ of readAhead([], async () => 1)) throw new Error('nothing to read');
  });

  it('keeps eight small files in flight, four large ones, never more than about 256 MB', () => {
    const MB = 1024 * 1024;
    expect(filesInFlight(0)).toBe(8);
    expect(filesInFlight(5 * MB)).toBe(8);
    expect(filesInFlight(8 * MB)).toBe(8);
    expect(filesInFlight(12 * MB)).toBe(5);
    expect(filesInFlight(20 * MB)).toBe(4);
    expect(filesInFlight(64 * MB)).toBe(4);
    for (const size of [1, 3, 9, 17, 33, 64].map((n) => n * MB)) expect(filesInFlight(size) * size).toBeLessThanOrEqual(256 * MB);
  });

  it('reads stored files lying one after another together, up to the limit; a deflated or larger file alone; in the ZIP order', () => {
    const at = (name: string, dataStart: number, size: number, method = 0) => ({
      name,
      entry: { method, dataStart, size, encrypted: false },
    });
    const groups = readingGroups(
      [
        at('c', 260, 100), // listed out of order: grouped by where they lie
        at('a', 30, 100),
        at('b', 160, 70),
        at('d', 390, 400), // would take the group past 500 bytes
        at('e', 820, 50, 8), // deflated
        at('f', 900, 20),
      ],
      500,
    );
    expect(groups.map((g) => [g.items.map((i) => i.name).join(''), g.start, g.end])).toEqual([
      ['abc', 30, 360],
      ['d', 390, 790],
      ['e', 820, 870],
      ['f', 900, 920],
    ]);
    expect(readingGroups([])).toEqual([]);
  });
});
