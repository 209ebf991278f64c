import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expect, openPanel, providerHtml, putRows, putSteps, readRows, routePage, startCase, tabIdOf, test } from './fixtures';

const XFINITY = 'https://customer.xfinity.com/#/billing';
const OTHER = 'https://en.wikipedia.org/wiki/Grief';
const RED = [198, 40, 40, 255];
const CALM = [93, 109, 62, 255];

/** Reads the toolbar button from an extension page, which does not wake the service worker. */
async function badge(page: Page, tabId?: number) {
  return page.evaluate(async (id) => {
    const details = id === undefined ? {} : { tabId: id };
    const [text, title, color] = await Promise.all([
      chrome.action.getBadgeText(details),
      chrome.action.getTitle(details),
      chrome.action.getBadgeBackgroundColor(details),
    ]);
    return { text, title, color: color as number[] };
  }, tabId);
}

/** A local calendar day relative to today, in the browser's own time zone. */
async function localDay(page: Page, offset: number): Promise<string> {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offset);
}

/** The first-run form and "Add Xfinity", through the UI. */
async function startCaseWithXfinity(panel: Page) {
  await startCase(panel, { role: 'child' });
  await panel.getByRole('button', { name: 'Add Xfinity to this estate' }).click();
  await expect(panel.getByRole('list', { name: 'Checklist' }).getByRole('listitem').first()).toBeVisible();
}

const stamp = () => new Date().toISOString();

/** A calendar day as the panel writes it everywhere ("Nov 20, 2026"), in the browser's own locale. */
async function shown(page: Page, day: string): Promise<string> {
  return page.evaluate(
    (d) => new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(`${d}T12:00:00`)),
    day,
  );
}

test('a follow-up due yesterday turns the badge red; done clears it; a provider tab counts its own; a stopped worker recomputes', async ({
  ext,
}) => {
  const { context, worker, extensionId } = ext;
  await routePage(context, 'https://customer.xfinity.com/**', providerHtml('My Account - Xfinity'));
  await routePage(context, 'https://en.wikipedia.org/**', providerHtml('Grief - Wikipedia'));
  const site = await context.newPage();
  await site.goto(XFINITY);
  const xfinityTab = await tabIdOf(worker, XFINITY);
  // Without the "tabs" permission the extension cannot read a non-provider tab's address: find it as the new tab.
  const idsBefore = await worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
  const other = await context.newPage();
  await other.goto(OTHER);
  const otherTab = await worker.evaluate(
    async (before) => (await chrome.tabs.query({})).find((t) => !before.includes(t.id))?.id,
    idsBefore,
  );
  expect(otherTab).toBeDefined();

  const panel = await openPanel(context, extensionId, xfinityTab);
  await startCaseWithXfinity(panel);
  // Playbook steps have no dates: nothing needs attention yet.
  await expect.poll(async () => (await badge(panel)).text).toBe('');
  expect((await badge(panel)).title).toBe('Estate Accounts Helper');

  const [account] = await readRows<{ id: string; caseId: string }>(panel, 'accounts');
  const yesterday = await localDay(panel, -1);
  await putSteps(panel, [
    {
      id: 'follow-up-1',
      caseId: account!.caseId,
      accountId: account!.id,
      title: 'Call Xfinity back about the refund',
      state: 'todo',
      dueDate: yesterday,
      order: 50,
      links: { contactIds: [], documentSentIds: [], evidenceIds: [] },
      createdAt: stamp(),
      updatedAt: stamp(),
    },
  ]);
  await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'data-changed' }));

  // Global badge (no tab): one thing, overdue, red.
  await expect.poll(async () => (await badge(panel)).text).toBe('1');
  expect(await badge(panel)).toEqual({ text: '1', title: 'Estate Accounts Helper: 1 thing needs attention: a step overdue', color: RED });
  // Another site shows the same; Xfinity's tab means the same (what needs attention there), not every open step.
  expect((await badge(panel, otherTab)).text).toBe('1');
  expect(await badge(panel, xfinityTab)).toEqual({ text: '1', title: 'Xfinity: 1 thing needs attention: a step overdue', color: RED });

  // Marking it done in the checklist clears the global badge.
  await panel.reload();
  // click(), not check(): a done step moves to the folded "Done or skipped" list, so the clicked
  // element is replaced, and check() can wait forever to read its state.
  await panel.getByRole('checkbox', { name: 'Call Xfinity back about the refund' }).click();
  await expect.poll(async () => (await badge(panel)).text).toBe('');
  expect((await badge(panel)).title).toBe('Estate Accounts Helper');
  expect(await badge(panel, xfinityTab)).toEqual({ text: '', title: 'Xfinity: nothing needs attention', color: CALM });

  // Stop the service worker, change the data behind its back, then wake it by navigating the provider tab.
  const cdp = await context.newCDPSession(panel);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await putRows(panel, 'contacts', [
    {
      id: 'call-1',
      caseId: account!.caseId,
      accountId: account!.id,
      at: stamp(),
      channel: 'call',
      department: 'Billing',
      followUpDate: yesterday,
      createdAt: stamp(),
      updatedAt: stamp(),
    },
  ]);
  expect((await badge(panel)).text).toBe(''); // nobody told the stopped worker
  await site.goto('https://customer.xfinity.com/#/devices');
  await expect.poll(async () => (await badge(panel)).text).toBe('1');
  expect((await badge(panel)).color).toEqual(RED);
  await expect.poll(async () => (await badge(panel, xfinityTab)).title).toBe('Xfinity: 1 thing needs attention: a follow-up overdue');
  expect((await badge(panel, xfinityTab)).text).toBe('1');
});

test('reminders view: what needs attention, notifications with a daily limit, settings, and a calendar file', async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  await routePage(context, 'https://customer.xfinity.com/**', providerHtml('My Account - Xfinity'));
  const site = await context.newPage();
  await site.goto(XFINITY);
  const panel = await openPanel(context, extensionId, await tabIdOf(worker, XFINITY));
  await startCaseWithXfinity(panel);
  const [account] = await readRows<{ id: string; caseId: string }>(panel, 'accounts');
  const [yesterday, lastMonth, nextWeek] = [await localDay(panel, -1), await localDay(panel, -30), await localDay(panel, 7)];
  const base = { caseId: account!.caseId, accountId: account!.id, createdAt: stamp(), updatedAt: stamp() };
  await putRows(panel, 'contacts', [
    { ...base, id: 'call-1', at: stamp(), channel: 'call', representative: 'Dana', followUpDate: nextWeek },
  ]);
  await putRows(panel, 'promises', [
    { ...base, id: 'promise-1', contactId: 'call-1', what: 'Waive the early termination fee', dueDate: yesterday },
  ]);
  await putRows(panel, 'documentsSent', [
    { ...base, id: 'doc-1', document: 'death_certificate', recipient: 'Bereavement team', channel: 'mail', sentOn: lastMonth },
  ]);
  await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'data-changed' }));
  await expect.poll(async () => (await badge(panel)).text).toBe('2');
  // The next moment something changes (the follow-up falls due next week) has its own alarm, at local midnight.
  const alarm = await panel.evaluate(async (day) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const found = await chrome.alarms.get('reminders-next');
    return { scheduled: found?.scheduledTime, midnight: new Date(y, m - 1, d).getTime() };
  }, nextWeek);
  expect(alarm.scheduled).toBe(alarm.midnight);
  expect(await panel.evaluate(async () => (await chrome.alarms.get('reminders-periodic'))?.periodInMinutes)).toBe(30);

  await panel.getByRole('button', { name: 'Reminders' }).click();
  const list = panel.getByRole('list', { name: 'Needs attention' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText(`Xfinity: Promise not kept (was due ${await shown(panel, yesterday)})`);
  await expect(list).toContainText('Death certificate sent to Bereavement team');
  // Counted from the day it was sent, not from the day the chase fell due.
  await expect(list).toContainText(`Xfinity: No acknowledgment since it was sent on ${await shown(panel, lastMonth)}`);
  await expect(list).not.toContainText(yesterday);

  // An alarm (as at the next due moment) shows one notification per item, once a day.
  const fire = () => panel.evaluate(() => chrome.alarms.create('reminders-next', { when: Date.now() }));
  const notifications = () => panel.evaluate(async () => Object.keys(await chrome.notifications.getAll()).sort());
  await fire();
  await expect
    .poll(notifications)
    .toEqual([`reminder|${account!.id}|document_unacknowledged:doc-1`, `reminder|${account!.id}|promise_broken:promise-1`]);
  await panel.evaluate(() =>
    chrome.notifications.getAll().then((all) => Promise.all(Object.keys(all).map((id) => chrome.notifications.clear(id)))),
  );
  await fire();
  await panel.waitForTimeout(1500);
  expect(await notifications()).toEqual([]); // already shown today
  const log = (await panel.evaluate(async () => (await chrome.storage.local.get('reminderNotifications')).reminderNotifications)) as {
    notified: Record<string, string>;
  };
  expect(Object.keys(log.notified).sort()).toEqual(['document_unacknowledged:doc-1', 'promise_broken:promise-1']);

  // Settings: a wrong number is refused and nothing changes; a valid one is saved and counted.
  const days = panel.getByLabel('Days to wait for a reply to a document you sent');
  await days.fill('0');
  await days.blur();
  await expect(panel.getByRole('alert')).toHaveText('At least 1 day.');
  await expect.poll(async () => (await badge(panel)).text).toBe('2');
  await days.fill('60');
  await days.blur();
  await expect(panel.getByRole('status')).toHaveText('Saved.');
  await expect.poll(async () => (await badge(panel)).text).toBe('1');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await panel.getByRole('checkbox', { name: /Show a notification/ }).uncheck();
  await expect(panel.getByRole('checkbox', { name: /Show a notification/ })).not.toBeChecked();
  // The save is asynchronous: wait until it is stored before reloading the page.
  await expect
    .poll(
      async () =>
        (await readRows<{ key: string; value: { notifications?: boolean } }>(panel, 'settings')).find((s) => s.key === 'reminders')?.value
          .notifications,
    )
    .toBe(false);
  await panel.reload();
  await panel.getByRole('button', { name: 'Reminders' }).click();
  await expect(panel.getByLabel('Days to wait for a reply to a document you sent')).toHaveValue('60');
  await expect(panel.getByRole('checkbox', { name: /Show a notification/ })).not.toBeChecked();

  // The calendar file parses, with one all-day event per date and stable UIDs.
  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download calendar file (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('estate-reminders.ics');
  await file.saveAs('test-results/estate-reminders.ics');
  const text = readFileSync('test-results/estate-reminders.ics', 'utf8');
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.uid).sort()).toEqual([
    'document_unacknowledged-doc-1@estate-accounts-helper.invalid',
    'follow_up-contact-call-1@estate-accounts-helper.invalid',
    'promise_broken-promise-1@estate-accounts-helper.invalid',
  ]);
  expect(events.every((e) => e.startDate.isDate)).toBe(true);
  expect(events.find((e) => e.uid.startsWith('follow_up'))!.startDate.toString()).toBe(nextWeek);
  await panel.screenshot({ path: 'test-results/screens/reminders-panel.png', fullPage: true });

  // A reminder opens what it is about: the account, with the promise in view and focused.
  await panel.getByRole('button', { name: /Promise not kept/ }).click();
  await expect(panel.getByRole('article', { name: 'Xfinity account' })).toBeVisible();
  await expect(panel.getByTestId('promise')).toBeFocused();
  await expect(panel.getByTestId('promise')).toBeInViewport();

  // Where the side panel cannot be opened from a notification click, its page opens as a tab on the account.
  const onAccount = await context.newPage();
  await onAccount.goto(`chrome-extension://${extensionId}/sidepanel.html?account=${account!.id}`);
  await expect(onAccount.getByRole('article', { name: 'Xfinity account' })).toBeVisible();
  await expect(onAccount.getByRole('button', { name: '← All accounts' })).toBeVisible();
});
