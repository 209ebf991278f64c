/**
 * The side panel's first screen, answered here where the database is already open
 * (lib/db/firstScreen.ts reads it): the panel paints from it before its own database
 * code has loaded.
 */
import { browser } from 'wxt/browser';
import { type FirstScreenTab, readFirstScreen } from '../../lib/db/firstScreen';
import { keptRead } from '../../lib/db/kept';
import { type Language, language } from '../../lib/i18n';
import type { FirstScreen } from '../../lib/messaging/firstScreen';
import { StoredSignals, signalsKey } from '../../lib/page/stored';
import { languageReady } from './language';

/** The tab's address and the page signals kept for it (if they are about that address). */
async function tabOf(tabId: number | undefined): Promise<{ url?: string; signalKinds?: StoredSignals['kinds'] }> {
  if (tabId === undefined) return {};
  // Both asked at once: each is a call to the browser.
  const key = signalsKey(tabId);
  const [tab, stored] = await Promise.all([browser.tabs.get(tabId).catch(() => undefined), browser.storage.session.get(key)]);
  if (!tab?.url) return {};
  const parsed = StoredSignals.safeParse(stored[key]);
  return { url: tab.url, ...(parsed.success && parsed.data.url === tab.url && { signalKinds: parsed.data.kinds }) };
}

/**
 * The last answer is kept until anything changes (lib/db/kept.ts): the panel is opened
 * again and again with nothing written in between, and the case's records are then
 * not read and tallied anew each time. A panel's "data changed" drops it too.
 */
export const keptFirstScreen = keptRead(
  (today: string, tab: FirstScreenTab, _language: Language) => readFirstScreen(today, tab),
  (today, tab, language) => JSON.stringify([today, tab.url, tab.signalKinds, language]),
);

export async function firstScreen(tabId: number | undefined, today: string): Promise<FirstScreen> {
  // In the language the user chose: the worker loads it when it wakes.
  const [tab] = await Promise.all([tabOf(tabId), languageReady()]);
  return keptFirstScreen(today, tab, language());
}
