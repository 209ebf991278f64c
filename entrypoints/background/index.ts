import { browser } from 'wxt/browser';
import { type ContentHandlers, done, handleContent, handlePanel, type PanelHandlers, receive } from '../../lib/messaging/protocol';
import { setupBadges } from './badges';
import { retitleCapture, runCapture, setupCapture } from './capture';
import { setupChecklistUpdates, syncPendingChecklists } from './checklists';
import { firstScreen, keptFirstScreen } from './firstScreen';
import { setupLanguage } from './language';
import { platform } from './platform';
import { refreshReminders, setupReminders } from './reminders';
import { setupSignals, storeSignals } from './signals';
import { setupTrackedSites, syncTrackedSites } from './trackedSites';
import { setupVaultLock } from './vaultLock';

/** One handler per panel message type (a type without one does not compile); each resolves with that type's reply. */
const panelHandlers: PanelHandlers = {
  'data-changed': () => {
    keptFirstScreen.forget();
    return refreshReminders({ notify: false }).then(() => done);
  },
  'providers-changed': () => {
    keptFirstScreen.forget();
    return syncTrackedSites()
      .then(() => refreshReminders({ notify: false }))
      .then(() => done);
  },
  'capture-tab': ({ tabId, accountId, taskId, allowAnyPage }) => runCapture({ tabId, accountId, taskId, allowAnyPage }),
  'first-screen': ({ tabId, today }) => firstScreen(tabId, today),
};

/** One handler per content message type; the page gets no reply. */
const contentHandlers: ContentHandlers = {
  'page-signals': (message, from) => storeSignals(from.tabId, from.url, message),
};

/**
 * Wires browser events to lib/. Keeps no state of its own: it may be stopped at
 * any moment, and recomputes everything from IndexedDB when it wakes.
 * One feature per file beside this one, each with its setup function.
 */
export default defineBackground(() => {
  const ownOrigin = browser.runtime.getURL('/');
  // First: the database waits for the vault's key (if this browser session has it) before any read.
  const refreshBadges = () => refreshReminders({ notify: false });
  setupVaultLock(() => {
    refreshBadges().catch(console.error);
    syncPendingChecklists(refreshBadges).catch(console.error);
  });

  // The words of the badge, menu and notifications: loaded before the first badge is written.
  setupLanguage({
    loaded: () => retitleCapture().catch(console.error),
    changed: () => {
      retitleCapture().catch(console.error);
      refreshBadges().catch(console.error);
    },
  });
  platform.setupToolbarButton();
  setupBadges();
  setupReminders();
  setupSignals();
  setupTrackedSites();
  setupChecklistUpdates(() => refreshReminders({ notify: false }));
  setupCapture();

  // One listener for every message: validated and sender-checked before anything acts on it.
  browser.runtime.onMessage.addListener((raw, sender) => {
    const received = receive(raw, sender, browser.runtime.id, ownOrigin);
    if (received.from === 'rejected') {
      console.warn('Ignored a message:', received.reason); // not shown to the user
      return undefined;
    }
    if (received.from === 'panel') return handlePanel(panelHandlers, received.message);
    handleContent(contentHandlers, received.message, { tabId: received.tabId, url: sender.url }).catch(console.error);
    return undefined;
  });
});
