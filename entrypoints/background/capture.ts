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
import { trackedSites } from '../../lib/db/matcher';
import { accountOfPage } from '../../lib/derived/pageAccount';
import { captureTab, replyOf, type TabApi } from '../../lib/evidence/capture';
import type { CaptureReply } from '../../lib/messaging/protocol';
import { providerIdOf } from '../../lib/providers/user';

export const CAPTURE_COMMAND = 'save-proof';
const MENU_ID = 'save-proof';

const chromeTabs: TabApi = {
  async tab(tabId) {
    const t = await chrome.tabs.get(tabId);
    return { url: t.url, title: t.title, active: t.active, windowId: t.windowId };
  },
  async archive(tabId) {
    // The browser backs this Blob with a temporary file: take the bytes now. Seen here (Chromium 156):
    // the first archive of a session, read in the service worker, can fail with NotFoundError; the next works.
    for (let attempt = 1; ; attempt += 1) {
      const blob = await chrome.pageCapture.saveAsMHTML({ tabId });
      if (!blob) throw new Error('no archive');
      try {
        return new Blob([await blob.arrayBuffer()], { type: 'multipart/related' });
      } catch (error) {
        if (attempt >= 3 || (error as Error).name !== 'NotFoundError') throw error;
      }
    }
  },
  async screenshot(windowId) {
    const dataUrl = await chrome.tabs.captureVisibleTab(windowId, { format: 'png' });
    const bytes = Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)), (c) => c.charCodeAt(0));
    return new Blob([bytes], { type: 'image/png' });
  },
  async pageText(tabId) {
    const [result] = await chrome.scripting.executeScript({
      target: { tabId },
      // biome-ignore lint/performance/useDomNodeTextContent: the visible text, as a person reads it, is what is kept
      func: () => ({ title: document.title, text: document.body?.innerText ?? '' }),
    });
    // The page chose these strings: check their shape, keep them as text.
    return z.object({ title: z.string(), text: z.string() }).parse(result?.result);
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
      reason: 'Start the estate in the side panel first; then save this page.',
      notProvider: false,
    };
  } else {
    let accountId = request.accountId;
    if (!accountId) {
      // Link to this provider's account when there is exactly one in the estate; the user can change it.
      const url = (await chrome.tabs.get(request.tabId).catch(() => undefined))?.url;
      const providerId = url ? await providerOfUrl(url) : undefined;
      if (providerId) accountId = accountOfPage(await accountsOfCase(estate.id), providerId)?.id;
    }
    const outcome = await captureTab(chromeTabs, {
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
  chrome.sidePanel.open({ tabId }).catch((e) => console.warn('side panel', e));
  runCapture({ tabId, allowAnyPage: false }).catch(console.error);
}

export function setupCapture(): void {
  browser.runtime.onInstalled.addListener(() => {
    chrome.contextMenus.removeAll(() => {
      chrome.contextMenus.create({
        id: MENU_ID,
        title: 'Save this page as proof',
        contexts: ['page', 'frame', 'selection', 'link', 'image'],
        // On every web page: choosing it is the user's request (and grants activeTab for that tab),
        // which is how a site the registry lacks can still be kept, after a "Save it anyway".
        documentUrlPatterns: ['https://*/*', 'http://*/*'],
      });
    });
  });
  chrome.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) captureFromGesture(tab.id);
  });
  chrome.commands.onCommand.addListener((command, tab) => {
    if (command === CAPTURE_COMMAND && tab?.id !== undefined) captureFromGesture(tab.id);
  });
}
