import { browser } from 'wxt/browser';
import { currentMatcher } from '../../lib/db/matcher';
import type { ContentMessage } from '../../lib/messaging/protocol';
import { pageUrl } from '../../lib/page/signals';
import { StoredSignals, signalsKey } from '../../lib/page/stored';

/**
 * The latest page signals of each tab, in storage.session: it survives the service
 * worker being stopped, is gone when the browser closes, and (at its default
 * access level) cannot be read by content scripts.
 */
export async function storeSignals(
  tabId: number,
  senderUrl: string | undefined,
  message: Extract<ContentMessage, { type: 'page-signals' }>,
): Promise<void> {
  const url = pageUrl(senderUrl, message.url);
  // Only provider pages count.
  if (!url || !(await currentMatcher()).match(url)) return;
  const stored = StoredSignals.parse({ ...message, url, at: new Date().toISOString() });
  await browser.storage.session.set({ [signalsKey(tabId)]: stored });
}

async function clearIfStale(tabId: number, newUrl?: string): Promise<void> {
  const key = signalsKey(tabId);
  const stored = (await browser.storage.session.get(key))[key] as { url?: string } | undefined;
  if (!stored) return;
  // A single-page app may report its new address after the page already re-sent its signals.
  if (newUrl !== undefined && stored.url === newUrl) return;
  await browser.storage.session.remove(key);
}

export function setupSignals(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    browser.storage.session.remove(signalsKey(tabId)).catch(console.error);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // Another address, or the page reloading: what the old page said no longer holds.
    if (change.url !== undefined || change.status === 'loading') clearIfStale(tabId, change.url).catch(console.error);
  });
}
