import { browser } from 'wxt/browser';
import { db } from '../../lib/db';
import { originPatternOf } from '../../lib/providers/user';

/** The built content script (entrypoints/provider.content.ts), also used for sites the user tracks. */
const CONTENT_SCRIPT = 'content-scripts/provider.js';

/**
 * Makes the registered content scripts match the user's tracked sites: one per site
 * whose host permission the user granted. Idempotent, so it runs whenever the
 * worker starts and whenever the panel says the list changed. A site that is
 * newly registered also gets the script in its already open tabs.
 */
export async function syncTrackedSites(): Promise<void> {
  const rows = await db().userProviders.toArray();
  const granted = [];
  for (const row of rows) {
    if (await browser.permissions.contains({ origins: [originPatternOf(row.domain)] })) granted.push(row);
  }
  const registered = await chrome.scripting.getRegisteredContentScripts();
  const wanted = new Set(granted.map((r) => r.id));
  const stale = registered.filter((s) => s.id.startsWith('user-') && !wanted.has(s.id)).map((s) => s.id);
  if (stale.length) await chrome.scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(registered.map((s) => s.id));
  const added = granted.filter((r) => !have.has(r.id));
  if (added.length === 0) return;
  await chrome.scripting.registerContentScripts(
    added.map((r) => ({
      id: r.id,
      matches: [originPatternOf(r.domain)],
      js: [CONTENT_SCRIPT],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    })),
  );
  for (const row of added) {
    const tabs = await browser.tabs.query({ url: originPatternOf(row.domain) });
    for (const tab of tabs) {
      if (tab.id !== undefined)
        await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT] }).catch(console.warn);
    }
  }
}

export function setupTrackedSites(): void {
  // The user can withdraw a site's permission in the browser's settings.
  browser.permissions.onRemoved.addListener(() => syncTrackedSites().catch(console.error));
  syncTrackedSites().catch(console.error);
}
