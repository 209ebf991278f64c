import { browser } from 'wxt/browser';
import { syncAllChecklists } from '../../lib/db/caseWrites';
import { db } from '../../lib/db/database';
import { currentMatcher } from '../../lib/db/matcher';
import { isVaultLocked } from '../../lib/vault/errors';

/** Set when an update found the vault locked: the checklists follow at the next unlock. */
const PENDING = 'checklistSyncPending';

async function syncChecklists(onSynced: () => Promise<void>): Promise<void> {
  const matcher = await currentMatcher();
  try {
    await syncAllChecklists((id) => matcher.provider(id));
  } catch (error) {
    if (!isVaultLocked(error)) throw error;
    await db().settings.put({ key: PENDING, value: true });
    return;
  }
  await db().settings.delete(PENDING);
  await onSynced();
}

/** After an unlock: the checklist update an extension update could not make while locked. */
export async function syncPendingChecklists(onSynced: () => Promise<void>): Promise<void> {
  if ((await db().settings.get(PENDING))?.value === true) await syncChecklists(onSynced);
}

/** When the extension is updated (new playbooks or provider facts), checklists follow, keeping the user's work. */
export function setupChecklistUpdates(onSynced: () => Promise<void>): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'update') return;
    syncChecklists(onSynced).catch(console.error);
  });
}
