import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { type BadgeState, globalBadge, providerBadge } from '../../lib/badge';
import { localDate } from '../../lib/dates';
import { currentMatcher } from '../../lib/db/matcher';
import { type BadgeSnapshot, badgeSnapshot } from '../../lib/db/reminderSnapshot';
import { languageReady } from './language';

async function apply(tabId: number | undefined, badge: BadgeState): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setTitle({ tabId, title: badge.title }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
  ]);
}

/** A provider tab shows that provider's open items; any other tab shows the case's (as the global badge does). */
async function applyTab(tabId: number, url: string | undefined, snap: BadgeSnapshot): Promise<void> {
  // The registry and the sites the user tracks.
  const provider = url ? (await currentMatcher()).providerOf(url) : null;
  if (!provider) return apply(tabId, globalBadge(snap.summary.total));
  return apply(tabId, providerBadge(provider.name, snap.summary.byProvider.get(provider.id) ?? { open: 0, overdue: 0 }));
}

/**
 * Refreshes run one after another, so a slow, older read can never overwrite a
 * newer answer. The chain holds no data: everything is read again each time.
 */
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(work: () => Promise<T>): Promise<T> {
  // Nothing is written before the worker's words are loaded: a tooltip in the wrong language would stay.
  const run = queue.then(languageReady).then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * The last full refresh, reused when the user switches or loads tabs: reading the
 * whole case again on every tab event competed with the side panel as it opened.
 * Any change to the database, from any extension page, drops it (Dexie's
 * storagemutated), and so does a new day. It lives only as long as this worker.
 */
let latest: { snap: BadgeSnapshot; generation: number } | undefined;
let generation = 0;

function snapshotForTab(): Promise<BadgeSnapshot> {
  if (latest && latest.generation === generation && latest.snap.today === localDate(new Date())) return Promise.resolve(latest.snap);
  return readSnapshot();
}

async function readSnapshot(): Promise<BadgeSnapshot> {
  const readAt = generation;
  const snap = await badgeSnapshot();
  // A write that landed while reading leaves this one stale: not kept.
  if (readAt === generation) latest = { snap, generation };
  return snap;
}

/** Recomputes the global badge and every tab's badge and tooltip from the database. */
export function refreshAllTabs(): Promise<BadgeSnapshot> {
  return serialized(async () => {
    const snap = await readSnapshot();
    await apply(undefined, globalBadge(snap.summary.total));
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : applyTab(t.id, t.url, snap))));
    return snap;
  });
}

function refreshTab(tabId: number, url: string | undefined): Promise<void> {
  return serialized(async () => applyTab(tabId, url, await snapshotForTab()));
}

export function setupBadges(): void {
  Dexie.on.storagemutated.subscribe(() => {
    generation += 1;
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url || change.status === 'complete') refreshTab(tabId, tab.url).catch(console.error);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    browser.tabs
      .get(tabId)
      .then((tab) => refreshTab(tabId, tab.url))
      .catch(console.error);
  });
}
