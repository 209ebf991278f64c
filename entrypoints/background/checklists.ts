import { browser } from 'wxt/browser';
import { checklistSyncPending, syncChecklistsOrDefer } from '../../lib/db/caseWrites';
import { currentMatcher } from '../../lib/db/matcher';

async function syncChecklists(onSynced: () => Promise<void>): Promise<void> {
  const matcher = await currentMatcher();
  if (await syncChecklistsOrDefer((id) => matcher.provider(id))) await onSynced();
}

/** After an unlock: the checklist update an extension update could not make while locked. */
export async function syncPendingChecklists(onSynced: () => Promise<void>): Promise<void> {
  if (await checklistSyncPending()) await syncChecklists(onSynced);
}

/** When the extension is updated (new playbooks or provider facts), checklists follow, keeping the user's work. */
export function setupChecklistUpdates(onSynced: () => Promise<void>): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'update') return;
    syncChecklists(onSynced).catch(console.error);
  });
}
