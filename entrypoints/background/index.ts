import { browser } from 'wxt/browser';
import { receive } from '../../lib/messaging';
import { setupBadges } from './badges';
import { runCapture, setupCapture } from './capture';
import { setupChecklistUpdates } from './checklists';
import { refreshReminders, setupReminders } from './reminders';
import { setupSignals, storeSignals } from './signals';
import { setupTrackedSites, syncTrackedSites } from './trackedSites';

/**
 * Wires browser events to lib/. Keeps no state of its own: it may be stopped at
 * any moment, and recomputes everything from IndexedDB when it wakes.
 * One feature per file beside this one, each with its setup function.
 */
export default defineBackground(() => {
  const ownOrigin = browser.runtime.getURL('/');

  chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e) => console.error('side panel behaviour', e));
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
      console.warn('Ignored a message:', received.reason);
      return undefined;
    }
    if (received.from === 'panel' && received.message.type === 'data-changed') {
      return refreshReminders({ notify: false }).then(() => ({ ok: true }));
    }
    if (received.from === 'panel' && received.message.type === 'capture-tab') {
      const { tabId, accountId, taskId, allowAnyPage } = received.message;
      return runCapture({ tabId, accountId, taskId, allowAnyPage });
    }
    if (received.from === 'panel' && received.message.type === 'providers-changed') {
      return syncTrackedSites()
        .then(() => refreshReminders({ notify: false }))
        .then(() => ({ ok: true }));
    }
    if (received.from === 'content' && received.message.type === 'page-signals') {
      storeSignals(received.tabId, sender.url, received.message).catch(console.error);
    }
    return undefined;
  });
});
