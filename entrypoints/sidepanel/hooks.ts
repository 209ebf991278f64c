import Dexie from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { localDate } from '../../lib/dates';
import { send } from './send';

/**
 * Runs a database query, and again whenever the database changes in any extension
 * context (Dexie's storagemutated event, shared across pages and the worker).
 *
 * Plain reads rather than Dexie's liveQuery: liveQuery records every key it read and
 * clones every result, which cost a case with 5,000 steps ~50 ms on each panel open;
 * re-running on any change is cheap at the panel's pace of writes. Until the first answer,
 * `shownMeanwhile` (the last answer known elsewhere, if any) is the value.
 */
export function useLive<T>(query: () => Promise<T>, deps: unknown[], shownMeanwhile?: T): { value: T | undefined; error?: Error } {
  const [state, setState] = useState<{ value: T | undefined; error?: Error }>(() => ({ value: shownMeanwhile }));
  useEffect(() => {
    let active = true;
    let running = false;
    let rerun = false;
    const run = () => {
      if (running) {
        rerun = true; // one more run after this one, with whatever changed meanwhile
        return;
      }
      running = true;
      query()
        .then(
          // The same answer again (a kept read, the registry with no change of sites) draws nothing again.
          (value) => active && setState((last) => (last.value === value && !last.error ? last : { value })),
          (error: Error) => active && setState({ value: undefined, error }),
        )
        .finally(() => {
          running = false;
          if (rerun && active) {
            rerun = false;
            run();
          }
        });
    };
    run();
    // After every listener of this change has run (Dexie calls the newest first): a read kept
    // until the database changes (firstRead.ts) is dropped before the query runs again.
    const changed = () => queueMicrotask(run);
    Dexie.on.storagemutated.subscribe(changed);
    return () => {
      active = false;
      Dexie.on.storagemutated.unsubscribe(changed);
    };
  }, deps);
  return state;
}

export interface TabInfo {
  tabId?: number;
  url?: string;
  /** Whether the browser has been asked for it yet (until then, its address is not known). */
  known?: boolean;
}

/**
 * The tab the panel is about. In the real side panel: the active tab of this
 * window, followed as the user moves. Opened as a page (tests, or a pinned tab):
 * the tab named by `?tabId=`.
 */
export function useCurrentTab(): TabInfo {
  const fixed = Number(new URLSearchParams(location.search).get('tabId')) || undefined;
  const [tab, setTab] = useState<TabInfo>({ tabId: fixed });
  useEffect(() => {
    let windowId: number | undefined;
    const load = async () => {
      const found =
        fixed !== undefined
          ? await browser.tabs.get(fixed).catch(() => undefined)
          : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      windowId = found?.windowId;
      setTab({ tabId: found?.id ?? fixed, url: found?.url, known: true });
    };
    load().catch((error: unknown) => {
      console.error(error);
      setTab((known) => ({ ...known, known: true }));
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (fixed === undefined && info.windowId === windowId) load().catch(console.error);
    };
    const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
      if (change.url || change.status === 'complete') {
        if (fixed === undefined || tabId === fixed) load().catch(console.error);
      }
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    // A site the user just allowed: its address becomes readable.
    const onPermission = () => load().catch(console.error);
    browser.permissions.onAdded.addListener(onPermission);
    return () => {
      browser.permissions.onAdded.removeListener(onPermission);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [fixed]);
  return tab;
}

/** Tells the background that data changed, so badges are recomputed at once. */
export function notifyChanged(): void {
  send({ type: 'data-changed' }).catch((e) => console.warn('badge refresh', e));
}

/** Today's date in the user's zone, kept current while the panel stays open. */
export function useToday(): string {
  const [today, setToday] = useState(() => localDate(new Date()));
  useEffect(() => {
    const timer = setInterval(() => setToday(localDate(new Date())), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
