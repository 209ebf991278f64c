/**
 * When the content script reads a changing page again. It waits for the page to
 * settle (no change for `quietMs`), so a page that builds itself in bursts is read
 * once, when done; but a page that never settles (a clock, a ticker, a chat that
 * changes every 200 ms) is still read at least every `maxWaitMs` while it keeps
 * changing, or its confirmation number would never be seen.
 *
 * Pure: the timers come in as a Clock (the window's in the content script, fake ones
 * in the tests). The content script bundles this file, so it stays plain code.
 */

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SettleOptions {
  /** Read once the page has not changed for this long. */
  quietMs: number;
  /** ...but never later than this after the first change not yet read. */
  maxWaitMs: number;
}

export interface SettleScheduler {
  /** The page changed. */
  changed(): void;
  /** No more runs (the script is stopping). */
  stop(): void;
}

/** Calls `work` after changes: once they settle, and at least every maxWaitMs while they go on. */
export function settleScheduler(work: () => void, { quietMs, maxWaitMs }: SettleOptions, clock: Clock): SettleScheduler {
  let timer: unknown;
  /** When the first change not yet read came; undefined when everything was read. */
  let firstChange: number | undefined;
  let stopped = false;
  const run = () => {
    timer = undefined;
    firstChange = undefined;
    work();
  };
  return {
    changed() {
      if (stopped) return;
      const now = clock.now();
      firstChange ??= now;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = clock.setTimeout(run, Math.max(0, Math.min(quietMs, firstChange + maxWaitMs - now)));
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
    },
  };
}
