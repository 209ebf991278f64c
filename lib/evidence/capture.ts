/**
 * Turning a browser tab into evidence. The browser is reached through a small
 * adapter (TabApi), so this flow is tested in Node with fakes and run for real
 * by the background (side panel button, keyboard shortcut, context menu).
 */

import { t } from '../i18n';
import type { CaptureReply } from '../messaging/protocol';
import type { Evidence } from '../model';
import type { PageSnapshot } from '../page/snapshot';
import { type Links, saveCapture, storageErrorMessage } from './store';

export interface TabApi {
  tab(tabId: number): Promise<{ url?: string; title?: string; active: boolean; windowId: number }>;
  /** A full archive of the page (Chrome's pageCapture.saveAsMHTML); absent where the browser makes none (Firefox). */
  archive?: (tabId: number) => Promise<Blob>;
  /** tabs.captureVisibleTab as PNG data; throws without activeTab. */
  screenshot(windowId: number): Promise<Blob>;
  /** Read in the page (scripting.executeScript): its title, visible text and self-contained HTML copy (lib/page/snapshot). */
  pageCopy(tabId: number): Promise<PageSnapshot>;
}

export interface CaptureRequest extends Links {
  tabId: number;
  caseId: string;
  /** The user asked to keep a page that is not a known provider's. */
  allowAnyPage: boolean;
  /** Whether the tab's address is a provider's (built-in or added by the user). */
  isProvider: (url: string) => boolean | Promise<boolean>;
  /** The keys of the "Save this page as proof" shortcut as the browser has them (none when unset), named in what is said. */
  shortcut?: string;
}

export type CaptureOutcome = { ok: true; evidence: Evidence; notes: string[] } | { ok: false; reason: string; notProvider?: boolean };

/** Where a picture of the screen can be taken from, naming the user's keyboard shortcut when one is set. */
function fromThePage(shortcut: string | undefined): string {
  const menu = t('background.saveProofMenu');
  return shortcut ? t('forms.captureShortcut', { shortcut, menu }) : t('forms.captureMenu', { menu });
}

export const PICTURES_LEFT_OUT = (count: number) => t('forms.picturesLeftOut', { count });

/** Said when a page was kept without a picture of the screen (saved from the panel's button). */
export function noScreenshotNote(shortcut?: string): string {
  return t('forms.noScreenshot', { how: fromThePage(shortcut) });
}

/** Said when the page is not one this extension may read. */
export function noAccessReason(shortcut?: string): string {
  return t('forms.noAccess', { how: fromThePage(shortcut) });
}

export async function captureTab(api: TabApi, request: CaptureRequest, now: () => Date = () => new Date()): Promise<CaptureOutcome> {
  let tab: Awaited<ReturnType<TabApi['tab']>>;
  try {
    tab = await api.tab(request.tabId);
  } catch {
    return { ok: false, reason: t('forms.tabClosed') };
  }
  const url = tab.url ?? '';
  // Without a host permission or an activeTab grant the browser hides the tab's address.
  if (!url) return { ok: false, reason: noAccessReason(request.shortcut) };
  if (!/^https?:\/\//i.test(url)) return { ok: false, reason: t('forms.onlyWebPages') };
  if (!request.allowAnyPage && !(await request.isProvider(url))) {
    return { ok: false, notProvider: true, reason: t('forms.notProvider') };
  }

  const notes: string[] = [];
  const capturedAt = now();
  const failure = (error: unknown) => t('forms.browserRefused', { reason: error instanceof Error ? error.message : String(error) });
  // The copy, text and title, read in the page: in every browser. The archive: where the browser makes one.
  let page: PageSnapshot | undefined;
  let pageError: unknown;
  try {
    page = await api.pageCopy(request.tabId);
  } catch (error) {
    pageError = error;
  }
  let archive: Blob | undefined;
  if (api.archive) {
    try {
      archive = await api.archive(request.tabId);
    } catch (error) {
      if (!page?.html) return { ok: false, reason: failure(error) };
    }
  }
  if (!archive && !page?.html) return { ok: false, reason: failure(pageError ?? new Error(t('forms.pageTooLarge'))) };
  // captureVisibleTab takes whatever the window shows: only use it when our tab is the one shown.
  let screenshot: Blob | undefined;
  if (tab.active) screenshot = await api.screenshot(tab.windowId).catch(() => undefined);
  if (!screenshot) notes.push(tab.active ? noScreenshotNote(request.shortcut) : t('forms.notShownWindow'));
  if (!page) notes.push(t('forms.textUnread'));
  else if (page.html && page.imagesLeftOut > 0) notes.push(PICTURES_LEFT_OUT(page.imagesLeftOut));

  try {
    const evidence = await saveCapture({
      caseId: request.caseId,
      accountId: request.accountId,
      taskId: request.taskId,
      deviceId: request.deviceId,
      contactId: request.contactId,
      url,
      title: page?.title || tab.title || url,
      capturedAt,
      archive,
      copy: page?.html || undefined,
      screenshot,
      text: page?.text ?? '',
    });
    return { ok: true, evidence, notes };
  } catch (error) {
    return { ok: false, reason: storageErrorMessage(error) };
  }
}

export function replyOf(outcome: CaptureOutcome, tabId: number, at: Date): CaptureReply {
  return outcome.ok
    ? {
        ok: true,
        at: at.toISOString(),
        tabId,
        evidenceId: outcome.evidence.id,
        title: outcome.evidence.title,
        references: outcome.evidence.referenceNumbers,
        accountId: outcome.evidence.accountId,
        notes: outcome.notes,
      }
    : { ok: false, at: at.toISOString(), tabId, reason: outcome.reason, notProvider: outcome.notProvider ?? false };
}
