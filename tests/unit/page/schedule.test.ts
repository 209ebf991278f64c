import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Clock, settleScheduler } from '../../../lib/page/schedule';

const clock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
const options = { quietMs: 400, maxWaitMs: 2000 };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Calls `changed` every `every` ms for `forMs` ms (the first one now), recording when work ran. */
function changing(scheduler: { changed(): void }, every: number, forMs: number) {
  for (let at = 0; at < forMs; at += every) {
    if (at > 0) vi.advanceTimersByTime(every);
    scheduler.changed();
  }
}

describe('settleScheduler', () => {
  it('reads a page once it settles: one run, quietMs after the last change of a burst', () => {
    const runs: number[] = [];
    const start = Date.now();
    const s = settleScheduler(() => runs.push(Date.now() - start), options, clock);
    changing(s, 100, 1000); // changes at 0..900 ms
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(399);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([1300]);
    vi.advanceTimersByTime(10_000);
    expect(runs).toEqual([1300]);
  });

  it('reads a page that changes every 200 ms at least every maxWaitMs, for as long as it changes', () => {
    const runs: number[] = [];
    const start = Date.now();
    const s = settleScheduler(() => runs.push(Date.now() - start), options, clock);
    changing(s, 200, 9000); // changes at 0, 200, ... 8800 ms: never quiet for 400 ms
    expect(runs).toEqual([2000, 4000, 6000, 8000]);
    vi.advanceTimersByTime(399);
    expect(runs).toEqual([2000, 4000, 6000, 8000]);
    vi.advanceTimersByTime(1);
    // The last changes (8000 ms on) are read once the page stops: 400 ms after the last one.
    expect(runs).toEqual([2000, 4000, 6000, 8000, 9200]);
  });

  it('counts the wait from the first change not yet read', () => {
    const runs: number[] = [];
    const start = Date.now();
    const s = settleScheduler(() => runs.push(Date.now() - start), options, clock);
    s.changed();
    vi.advanceTimersByTime(5000); // read at 400
    vi.advanceTimersByTime(0);
    changing(s, 300, 3000); // from 5000 to 7700 ms, every 300 ms: never 400 ms quiet
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual([400, 7000, 8100]);
  });

  it('does nothing after stop', () => {
    const work = vi.fn();
    const s = settleScheduler(work, options, clock);
    s.changed();
    s.stop();
    s.changed();
    vi.advanceTimersByTime(10_000);
    expect(work).not.toHaveBeenCalled();
  });
});
