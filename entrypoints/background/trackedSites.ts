import { browser } from 'wxt/browser';
import { trackedSites } from '../../lib/db/trackedSites';
import { originPatternOf, trackedSitesPlan } from '../../lib/providers/user';

/** The built content script (entrypoints/provider.content.ts), also used for sites the user tracks. */
const CONTENT_SCRIPT = 'content-scripts/provider.js';

/**
 * Makes the registered content scripts match the user's tracked sites: one per site
 * whose host permission the user granted (the plan is lib's trackedSitesPlan; this
 * only asks the browser and carries it out). Idempotent, so it runs whenever the
 * worker starts and whenever the panel says the list changed. A site that is
 * newly registered also gets the script in its already open tabs.
 */
export async function syncTrackedSites(): Promise<void> {
  const rows = await trackedSites();
  const granted = [];
  for (const row of rows) {
    if (await browser.permissions.contains({ origins: [originPatternOf(row.domain)] })) granted.push(row);
  }
  const scripts = await chrome.scripting.getRegisteredContentScripts();
  const plan = trackedSitesPlan(
    granted,
    scripts.map((s) => s.id),
    new Map(scripts.map((s) => [s.id, s.matches ?? []])),
  );
  if (plan.unregister.length) await chrome.scripting.unregisterContentScripts({ ids: plan.unregister });
  if (plan.register.length === 0) return;
  await chrome.scripting.registerContentScripts(
    plan.register.map((site) => ({
      id: site.id,
      matches: [site.pattern],
      js: [CONTENT_SCRIPT],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    })),
  );
  for (const site of plan.register) {
    const tabs = await browser.tabs.query({ url: site.pattern });
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
