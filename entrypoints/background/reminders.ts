/**
 * When the badge is recomputed without the user doing anything: on a periodic
 * alarm, at the next moment something becomes due, and when the worker or the
 * browser starts. Also the system notifications, with their snooze buttons.
 * Nothing is kept in memory: the notification log lives in storage.local.
 */
import { browser } from 'wxt/browser';
import { localDate } from '../../lib/dates';
import { accountById } from '../../lib/db/caseReads';
import { currentMatcher } from '../../lib/db/matcher';
import { type ReminderSnapshot, reminderCounts, withWords } from '../../lib/db/reminderSnapshot';
import { t } from '../../lib/i18n';
import { providerName } from '../../lib/labels';
import {
  describeItem,
  notificationId,
  parseLog,
  parseNotificationId,
  recordNotified,
  SNOOZE_CHOICES,
  snooze,
  toNotify,
} from '../../lib/reminders/notify';
import { isLocked } from '../../lib/vault/state';
import { refreshAllTabs } from './badges';
import { platform } from './platform';

const PERIODIC = 'reminders-periodic';
const NEXT = 'reminders-next';
const LOG_KEY = 'reminderNotifications';
/** More than this many at once become one summary notification. */
const MAX_SINGLE = 4;

async function providerNameOf(accountId: string): Promise<string> {
  const account = await accountById(accountId);
  return account ? providerName(await currentMatcher(), account.providerId) : t('common.appName');
}

async function notify(snap: ReminderSnapshot): Promise<void> {
  const live = new Set(snap.items.map((i) => notificationId(i)));
  // Take back notifications of items that no longer need attention.
  const shown = Object.keys(await browser.notifications.getAll());
  await Promise.all(shown.filter((id) => parseNotificationId(id) && !live.has(id)).map((id) => browser.notifications.clear(id)));
  if (!snap.settings.notifications) return;

  const log = parseLog((await browser.storage.local.get(LOG_KEY))[LOG_KEY]);
  const fresh = toNotify(snap.items, log, snap.today);
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  // Only the items shown as notifications are read for their words.
  for (const item of await withWords(fresh.slice(0, MAX_SINGLE), snap.settings)) {
    const text = describeItem(item, await providerNameOf(item.accountId), isLocked());
    await browser.notifications.create(notificationId(item), {
      type: 'basic',
      iconUrl,
      title: text.title,
      message: text.message,
      buttons: SNOOZE_CHOICES.map((c) => ({ title: c.title() })),
      requireInteraction: false,
    });
  }
  if (fresh.length > MAX_SINGLE) {
    await browser.notifications.create('reminders-summary', {
      type: 'basic',
      iconUrl,
      title: t('common.appName'),
      message: t('background.moreNeedAttention', { count: fresh.length - MAX_SINGLE }),
    });
  }
  await browser.storage.local.set({ [LOG_KEY]: recordNotified(log, fresh, snap.items, snap.today) });
}

/** Badge, notifications (when asked), and the alarm for the next due moment. */
export async function refreshReminders(options: { notify: boolean }): Promise<void> {
  const snap = await refreshAllTabs();
  // Notifications name what is due: they read the words of the records they show (the badge only counts).
  if (options.notify) await notify(await reminderCounts());
  if (snap.next) await browser.alarms.create(NEXT, { when: snap.next.getTime() });
  else await browser.alarms.clear(NEXT);
}

async function ensurePeriodicAlarm(): Promise<void> {
  // Chrome may drop alarms on a browser restart; make sure it exists on every wake.
  if (!(await browser.alarms.get(PERIODIC))) await browser.alarms.create(PERIODIC, { periodInMinutes: 30 });
}

function openPanelFor(accountId: string): void {
  // Opening the panel needs a user gesture; a notification click is one, but only
  // until the first await, so it is called at once, before anything else.
  platform.openPanel({}).catch(() =>
    // Where that is refused, the panel's page opens as a tab, on the account.
    browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?account=${encodeURIComponent(accountId)}`) }),
  );
}

export function setupReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PERIODIC || alarm.name === NEXT) refreshReminders({ notify: true }).catch(console.error);
  });
  browser.runtime.onStartup.addListener(() => {
    refreshReminders({ notify: true }).catch(console.error);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === 'reminders-summary') {
      platform.openPanel({}).catch(() => browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') }));
      return;
    }
    const parsed = parseNotificationId(id);
    if (!parsed) return;
    openPanelFor(parsed.accountId);
    browser.notifications.clear(id).catch(console.error);
  });
  browser.notifications.onButtonClicked.addListener((id, index) => {
    const parsed = parseNotificationId(id);
    const choice = SNOOZE_CHOICES[index];
    if (!parsed || !choice) return;
    (async () => {
      const log = parseLog((await browser.storage.local.get(LOG_KEY))[LOG_KEY]);
      await browser.storage.local.set({ [LOG_KEY]: snooze(log, parsed.key, localDate(new Date()), choice.days) });
      await browser.notifications.clear(id);
    })().catch(console.error);
  });
  ensurePeriodicAlarm().catch(console.error);
  // Every wake-up recomputes: the worker may have been stopped since the last answer.
  refreshReminders({ notify: false }).catch(console.error);
}
