/**
 * The side panel's first screen, answered here where the database is already open
 * (lib/db/firstScreen.ts reads it): the panel paints from it before its own database
 * code has loaded.
 */
import { browser } from 'wxt/browser';
import { readFirstScreen } from '../../lib/db/firstScreen';
import type { FirstScreen } from '../../lib/messaging/firstScreen';
import { StoredSignals, signalsKey } from '../../lib/page/stored';
import { languageReady } from './language';

/** The tab's address and the page signals kept for it (if they are about that address). */
async function tabOf(tabId: number | undefined): Promise<{ url?: string; signalKinds?: StoredSignals['kinds'] }> {
  if (tabId === undefined) return {};
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.url) return {};
  const key = signalsKey(tabId);
  const parsed = StoredSignals.safeParse((await browser.storage.session.get(key))[key]);
  return { url: tab.url, ...(parsed.success && parsed.data.url === tab.url && { signalKinds: parsed.data.kinds }) };
}

export async function firstScreen(tabId: number | undefined, today: string): Promise<FirstScreen> {
  // In the language the user chose: the worker loads it when it wakes.
  const [tab] = await Promise.all([tabOf(tabId), languageReady()]);
  return readFirstScreen(today, tab);
}
