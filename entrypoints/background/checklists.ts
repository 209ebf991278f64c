import { browser } from 'wxt/browser';
import { syncAllChecklists } from '../../lib/db/caseWrites';
import { currentMatcher } from '../../lib/db/matcher';

/** When the extension is updated (new playbooks or provider facts), checklists follow, keeping the user's work. */
export function setupChecklistUpdates(onSynced: () => Promise<void>): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'update') return;
    currentMatcher()
      .then((matcher) => syncAllChecklists((id) => matcher.provider(id)))
      .then(onSynced)
      .catch(console.error);
  });
}
