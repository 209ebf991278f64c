import { browser } from 'wxt/browser';
import { DEFAULT_TITLE, providerBadge, type BadgeState } from '../../lib/badge';
import { countsByProvider } from '../../lib/db/counts';
import { currentMatcher } from '../../lib/providers/current';

async function apply(tabId: number | undefined, badge: BadgeState): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setTitle({ tabId, title: badge.title }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
  ]);
}

async function refreshTab(tabId: number, url: string | undefined, counts?: Awaited<ReturnType<typeof countsByProvider>>): Promise<void> {
  const provider = url ? (await currentMatcher()).providerOf(url) : null;
  if (!provider) {
    await apply(tabId, { text: '', title: DEFAULT_TITLE, color: '#000000' });
    return;
  }
  const all = counts ?? (await countsByProvider());
  await apply(tabId, providerBadge(provider.name, all.get(provider.id) ?? { open: 0, overdue: 0 }));
}

/** Recomputes every tab's badge and tooltip from the database. */
export async function refreshAllTabs(): Promise<void> {
  const counts = await countsByProvider();
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : refreshTab(t.id, t.url, counts))));
}

export function setupBadges(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url || change.status === 'complete') refreshTab(tabId, tab.url).catch(console.error);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    browser.tabs.get(tabId).then((tab) => refreshTab(tabId, tab.url)).catch(console.error);
  });
  // After a browser restart the badges are recomputed from the database.
  browser.runtime.onStartup.addListener(() => refreshAllTabs().catch(console.error));
  refreshAllTabs().catch(console.error);
}
