import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { localDate } from '../../lib/dates';

/** Re-runs a Dexie query whenever the data it read changes (in any extension context). */
export function useLive<T>(query: () => Promise<T>, deps: unknown[]): { value: T | undefined; error?: Error } {
  const [state, setState] = useState<{ value: T | undefined; error?: Error }>({ value: undefined });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value }),
      error: (error: Error) => setState({ value: undefined, error }),
    });
    return () => sub.unsubscribe();
  }, deps);
  return state;
}

export interface TabInfo {
  tabId?: number;
  url?: string;
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
      const found = fixed !== undefined ? await browser.tabs.get(fixed).catch(() => undefined) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      windowId = found?.windowId;
      setTab({ tabId: found?.id ?? fixed, url: found?.url });
    };
    load().catch(console.error);
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
  browser.runtime.sendMessage({ type: 'data-changed' }).catch((e) => console.warn('badge refresh', e));
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
