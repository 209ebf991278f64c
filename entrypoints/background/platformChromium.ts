/** Chrome (and Chromium, Edge): the side panel, and pageCapture's MHTML archive. See platform.ts. */
import type { Platform } from './platform';

export const chromiumPlatform: Platform = {
  openPanel: ({ tabId }) =>
    tabId === undefined ? chrome.sidePanel.open({ windowId: chrome.windows.WINDOW_ID_CURRENT }) : chrome.sidePanel.open({ tabId }),
  setupToolbarButton() {
    chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e) => console.error('side panel behaviour', e));
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
};
