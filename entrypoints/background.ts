import { browser } from 'wxt/browser';
import { DEFAULT_TITLE, providerBadge, type BadgeState } from '../lib/badge';
import { countsByProvider } from '../lib/db/counts';
import { receive } from '../lib/messaging';
import { builtInMatcher } from '../lib/providers';

/**
 * Wires browser events to lib/. Keeps no state of its own: it may be stopped at
 * any moment, and recomputes everything from IndexedDB when it wakes.
 */
export default defineBackground(() => {
  const ownOrigin = browser.runtime.getURL('/');

  chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e) => console.error('side panel behaviour', e));

  async function apply(tabId: number | undefined, badge: BadgeState): Promise<void> {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badge.text }),
      browser.action.setTitle({ tabId, title: badge.title }),
      browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    ]);
  }

  async function refreshTab(tabId: number, url: string | undefined, counts?: Awaited<ReturnType<typeof countsByProvider>>): Promise<void> {
    const match = url ? builtInMatcher.match(url) : null;
    if (!match) {
      await apply(tabId, { text: '', title: DEFAULT_TITLE, color: '#000000' });
      return;
    }
    const all = counts ?? (await countsByProvider());
    await apply(tabId, providerBadge(match.provider.name, all.get(match.provider.id) ?? { open: 0, overdue: 0 }));
  }

  async function refreshAllTabs(): Promise<void> {
    const counts = await countsByProvider();
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : refreshTab(t.id, t.url, counts))));
  }

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url || change.status === 'complete') refreshTab(tabId, tab.url).catch(console.error);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    browser.tabs.get(tabId).then((tab) => refreshTab(tabId, tab.url)).catch(console.error);
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const received = receive(raw, sender, browser.runtime.id, ownOrigin);
    if (received.from === 'rejected') {
      console.warn('Ignored a message:', received.reason);
      return undefined;
    }
    if (received.from === 'panel' && received.message.type === 'data-changed') {
      return refreshAllTabs().then(() => ({ ok: true }));
    }
    return undefined;
  });

  refreshAllTabs().catch(console.error);
});
