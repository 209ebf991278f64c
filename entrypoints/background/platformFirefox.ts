/** Firefox: the sidebar (sidebar_action), opened by the toolbar button; no MHTML archive. See platform.ts. */
import type { SidebarAction } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type { Platform } from './platform';

/** Firefox's own API, which the shared (Chrome-shaped) types of `browser` do not describe. */
const sidebar = () => (browser as unknown as { sidebarAction: SidebarAction.Static }).sidebarAction;

export const firefoxPlatform: Platform = {
  // Firefox opens the sidebar of the current window, and only inside a user's action.
  openPanel: () => sidebar().open(),
  setupToolbarButton() {
    browser.action.onClicked.addListener(() => {
      sidebar()
        .open()
        .catch((e: unknown) => console.error('sidebar', e));
    });
  },
};
