/**
 * "Save this page as proof": from the side panel button (a message), the keyboard
 * shortcut and the page's context menu. The last two are user gestures that grant
 * activeTab, so only they can add a picture of the screen. The result is kept in
 * settings (`lastCapture`) so the side panel can show it, even if this worker stops.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { accountsOfCase, activeCase } from '../../lib/db/caseReads';
import { saveLastCapture } from '../../lib/db/lastCapture';
import { trackedSites } from '../../lib/db/trackedSites';
import { accountOfPage } from '../../lib/derived/pageAccount';
import { captureTab, replyOf, type TabApi } from '../../lib/evidence/capture';
import { t } from '../../lib/i18n';
import type { CaptureReply } from '../../lib/messaging/protocol';
import { COPY_POLICY, type SnapshotLimits, snapshotPage } from '../../lib/page/snapshot';
import { providerIdOf } from '../../lib/providers/track';
import { languageReady } from './language';
import { platform } from './platform';

export const CAPTURE_COMMAND = 'save-proof';

/** A page copy up to 30 MB (a bill page with its pictures is far smaller), one picture up to 5 MB. */
const COPY_LIMITS: SnapshotLimits = { maxBytes: 30_000_000, maxImageBytes: 5_000_000, policy: COPY_POLICY };
const PageSnapshotReply = z.object({
  title: z.string(),
  text: z.string(),
  html: z.string().max(COPY_LIMITS.maxBytes),
  imagesLeftOut: z.number().int().min(0),
});
const MENU_ID = 'save-proof';

const tabs: TabApi = {
  async tab(tabId) {
    const t = await browser.tabs.get(tabId);
    return { url: t.url, title: t.title, active: t.active ?? false, windowId: t.windowId ?? browser.windows.WINDOW_ID_CURRENT };
  },
  archive: platform.archive,
  async screenshot(windowId) {
    const dataUrl = await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
    const bytes = Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)), (c) => c.charCodeAt(0));
    return new Blob([bytes], { type: 'image/png' });
  },
  async pageCopy(tabId) {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: snapshotPage,
      args: [COPY_LIMITS],
    });
    // The page chose these strings: check their shape, keep them as text (the copy is only ever downloaded).
    return PageSnapshotReply.parse(result?.result);
  },
};

/** The keys of the "Save this page as proof" shortcut as the browser has them now (the user can change them), if any. */
async function captureShortcut(): Promise<string | undefined> {
  const commands = await chrome.commands.getAll().catch(() => []);
  return commands.find((c) => c.name === CAPTURE_COMMAND)?.shortcut || undefined;
}

/** A built-in provider's, or a site the user added. */
async function providerOfUrl(url: string): Promise<string | undefined> {
  return providerIdOf(url, await trackedSites());
}

export async function runCapture(request: {
  tabId: number;
  accountId?: string;
  taskId?: string;
  allowAnyPage: boolean;
}): Promise<CaptureReply> {
  const now = new Date();
  const estate = await activeCase();
  let reply: CaptureReply;
  if (!estate) {
    reply = {
      ok: false,
      at: now.toISOString(),
      tabId: request.tabId,
      reason: t('background.captureNoCase'),
      notProvider: false,
    };
  } else {
    let accountId = request.accountId;
    if (!accountId) {
      // Link to this provider's account when there is exactly one in the estate; the user can change it.
      const url = (await browser.tabs.get(request.tabId).catch(() => undefined))?.url;
      const providerId = url ? await providerOfUrl(url) : undefined;
      if (providerId) accountId = accountOfPage(await accountsOfCase(estate.id), providerId)?.id;
    }
    const outcome = await captureTab(tabs, {
      ...request,
      accountId,
      caseId: estate.id,
      shortcut: await captureShortcut(),
      isProvider: async (url) => (await providerOfUrl(url)) !== undefined,
    });
    reply = replyOf(outcome, request.tabId, now);
  }
  await saveLastCapture(reply);
  return reply;
}

/** Keyboard shortcut or context menu: open the panel (allowed inside the gesture) and capture. */
function captureFromGesture(tabId: number): void {
  platform.openPanel({ tabId }).catch((e) => console.warn('panel', e));
  runCapture({ tabId, allowAnyPage: false }).catch(console.error);
}

/**
 * The right-click menu's words, and in Firefox the shortcut's description, in the language
 * now chosen (Chrome has no call to reword a shortcut: its description comes from the
 * manifest, in the browser's language). The menu may not exist yet: then there is nothing to do.
 */
export async function retitleCapture(): Promise<void> {
  await browser.contextMenus.update(MENU_ID, { title: t('background.saveProofMenu') }).catch(() => undefined);
  const commands = browser.commands as unknown as { update?: (c: { name: string; description: string }) => Promise<void> };
  await commands.update?.({ name: CAPTURE_COMMAND, description: t('background.saveProofCommand') });
}

export function setupCapture(): void {
  browser.runtime.onInstalled.addListener(() => {
    Promise.all([languageReady(), browser.contextMenus.removeAll()]).then(() => {
      browser.contextMenus.create({
        id: MENU_ID,
        title: t('background.saveProofMenu'),
        contexts: ['page', 'frame', 'selection', 'link', 'image'],
        // On every web page: choosing it is the user's request (and grants activeTab for that tab),
        // which is how a site the registry lacks can still be kept, after a "Save it anyway".
        documentUrlPatterns: ['https://*/*', 'http://*/*'],
      });
    }, console.error);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) captureFromGesture(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === CAPTURE_COMMAND && tab?.id !== undefined) captureFromGesture(tab.id);
  });
}
