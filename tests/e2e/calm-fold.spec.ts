/**
 * Issue 14, the account screen and the home as a calm guide, at 360 x 640:
 * - the equipment, documents sent and contact log fold to one line once their work is
 *   done, and open, saying first what needs doing, while something is open; a section
 *   never folds under the user's hands, and the user's own choice sticks while the
 *   panel is open; after adding a device its section is open and the focus is on it;
 * - the home lists what needs attention first, most urgent first, with the badge's own
 *   number, and each item opens the record it is about;
 * - axe finds nothing serious on either.
 */
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { badgeOf, expect, openPanel, openProviderTab, providerHtml, startCase, test } from './fixtures';

const XFINITY = 'https://customer.xfinity.com/#/devices';
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/fold-${name}.png`, fullPage: true });

/** A local calendar day relative to today, in the browser's own time zone. */
const localDay = (page: Page, offset: number) =>
  page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offset);

const section = (panel: Page, name: string) => panel.getByRole('region', { name });
const isOpen = (panel: Page, name: string) =>
  section(panel, name)
    .locator('details')
    .first()
    .evaluate((d: HTMLDetailsElement) => d.open);
const lineOf = (panel: Page, name: string) => section(panel, name).getByTestId('fold-line');

async function addDevice(panel: Page, kind: string, label: string) {
  await panel.getByRole('group', { name: 'Quick actions' }).getByRole('button', { name: 'Add a device' }).click();
  const form = panel.getByRole('form', { name: 'Add a device' });
  await expect(form.getByLabel('Kind of device')).toBeFocused();
  await form.getByLabel('Kind of device').selectOption({ label: kind });
  await form.getByLabel('A name you will recognize').fill(label);
  await form.getByRole('button', { name: 'Add device' }).click();
  // The device added takes the focus, in its open section.
  await expect(panel.getByRole('listitem', { name: label })).toBeFocused();
  expect(await isOpen(panel, 'Equipment')).toBe(true);
}

async function recordDocument(panel: Page, sentOn: string, acknowledgedOn?: string) {
  const before = await section(panel, 'Documents sent').getByTestId('document-sent').count();
  await panel.getByRole('group', { name: 'Quick actions' }).getByRole('button', { name: 'Record a document sent' }).click();
  const form = panel.getByRole('form', { name: 'Record a document sent' });
  await form.getByLabel('Which document').selectOption({ label: 'Death certificate' });
  await form.getByLabel('Sent to (department or person)').fill('Bereavement team');
  await form.getByLabel('How', { exact: true }).selectOption({ label: 'Mail' });
  await form.getByLabel('Sent on').fill(sentOn);
  if (acknowledgedOn) await form.getByLabel('They confirmed receipt on (optional)').fill(acknowledgedOn);
  await form.getByRole('button', { name: 'Save to the record' }).click();
  await expect(form).toHaveCount(0);
  // The record just saved takes the focus (the newest sent is listed first, so it may not be the first).
  const records = section(panel, 'Documents sent').getByTestId('document-sent');
  await expect(records).toHaveCount(before + 1);
  await expect(records.and(panel.locator(':focus'))).toHaveCount(1);
}

/** The home: every account (an account just added stays open until "← All accounts"). */
async function goHome(panel: Page) {
  await panel.getByRole('button', { name: 'See all accounts' }).click();
  const back = panel.getByRole('button', { name: '← All accounts' });
  if (await back.isVisible()) await back.click();
  await expect(panel.getByRole('heading', { name: 'All accounts' })).toBeVisible();
}

async function backToAccount(panel: Page) {
  await goHome(panel);
  await panel
    .getByRole('list', { name: 'Accounts' })
    .getByRole('button', { name: /Xfinity/ })
    .click();
  await expect(panel.getByRole('article', { name: 'Xfinity account' })).toBeVisible();
}

test('account sections fold when their work is done and open with what needs doing; the home lists what needs attention, with the badge’s number', async ({
  ext,
}) => {
  const { context, worker, extensionId } = ext;
  const { tabId } = await openProviderTab(context, worker, XFINITY, providerHtml('My Account'), 'https://customer.xfinity.com/**');
  const panel = await openPanel(context, extensionId, tabId);
  await panel.setViewportSize({ width: 360, height: 640 });
  await startCase(panel);
  await panel.getByRole('button', { name: 'Add Xfinity to this estate' }).click();
  await expect(panel.getByRole('article', { name: 'Xfinity account' })).toBeVisible();

  // A new account: nothing recorded, so each section is one folded line.
  for (const [name, line] of [
    ['Equipment', 'No devices listed yet'],
    ['Documents sent', 'Nothing sent yet'],
    ['Contact log', 'No calls or messages yet'],
  ] as const) {
    await expect(lineOf(panel, name)).toHaveText(line);
    expect(await isOpen(panel, name), name).toBe(false);
  }

  // A device: its section opens, the focus on it; returned, the section does not fold under the user's hands.
  await addDevice(panel, 'Cable modem', 'Cable modem');
  await expect(lineOf(panel, 'Equipment')).toHaveText('1 device still to return');
  const modem = panel.getByRole('listitem', { name: 'Cable modem' });
  await modem.getByText('Return details for Cable modem').click();
  await modem.getByLabel('Where it is').selectOption('returned');
  await expect(lineOf(panel, 'Equipment')).toHaveText('1 device, returned');
  expect(await isOpen(panel, 'Equipment')).toBe(true);

  // A document sent and acknowledged; a call with nothing promised.
  await recordDocument(panel, await localDay(panel, -5), await localDay(panel, -1));
  await expect(lineOf(panel, 'Documents sent')).toHaveText('1 document sent, acknowledged');
  await panel.getByRole('group', { name: 'Quick actions' }).getByRole('button', { name: 'Log a call' }).click();
  const call = panel.getByRole('form', { name: 'Log a call or message' });
  await call.getByLabel('What was said').fill('Told them about the death.');
  await call.getByRole('button', { name: 'Save to the log' }).click();
  await expect(call).toHaveCount(0);
  await expect(lineOf(panel, 'Contact log')).toHaveText('1 call or message, no promise waiting');

  // Shown again: every section whose work is done is folded to its line.
  await panel.reload();
  await expect(lineOf(panel, 'Equipment')).toHaveText('1 device, returned');
  for (const name of ['Equipment', 'Documents sent', 'Contact log']) expect(await isOpen(panel, name), name).toBe(false);
  await shot(panel, '1-all-done');
  await expectAccessible(panel, 'an account with its sections folded');

  // The user opens one: it stays open while the panel is open, even after going to the home and back.
  await section(panel, 'Equipment').getByText('Equipment', { exact: true }).click();
  expect(await isOpen(panel, 'Equipment')).toBe(true);
  await backToAccount(panel);
  expect(await isOpen(panel, 'Equipment')).toBe(true);
  expect(await isOpen(panel, 'Documents sent')).toBe(false);

  // Now things that need attention: a second device out, a document nobody acknowledged in 20 days,
  // a promise whose day has passed.
  await addDevice(panel, 'TV box', 'Living room TV box');
  await recordDocument(panel, await localDay(panel, -20));
  await panel.getByRole('group', { name: 'Quick actions' }).getByRole('button', { name: 'Log a call' }).click();
  await call.getByLabel('What was said').fill('They will refund the last month.');
  await call.getByLabel('Outcome').selectOption({ label: 'They promised something' });
  await call.getByLabel('Promise 1').fill('Refund of $54.20');
  await call.getByLabel('By').fill(await localDay(panel, -1));
  await call.getByRole('button', { name: 'Save to the log' }).click();
  await expect(call).toHaveCount(0);
  // The form closes at once; the write lands a moment later.
  await expect(section(panel, 'Contact log').getByTestId('promise')).toHaveCount(1);

  await panel.reload();
  for (const [name, line] of [
    ['Equipment', '1 device still to return · 1 returned'],
    ['Documents sent', '1 document waiting for them to confirm receipt · 1 acknowledged'],
    ['Contact log', '1 promise not kept · 2 calls and messages'],
  ] as const) {
    await expect(lineOf(panel, name)).toHaveText(line);
    expect(await isOpen(panel, name), name).toBe(true);
  }
  await section(panel, 'Contact log').scrollIntoViewIfNeeded();
  await shot(panel, '2-open-with-work');
  await section(panel, 'Equipment').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await panel.screenshot({ path: 'test-results/screens/fold-2-sections-in-view.png' });
  await expectAccessible(panel, 'an account with open sections');

  // The home: what needs attention first, most urgent first, with the badge's number.
  await goHome(panel);
  const home = panel.getByRole('region', { name: /Needs attention/ });
  const items = home.getByRole('list', { name: 'Needs attention' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  // The longest overdue first: the document's acknowledgment was due 6 days ago, the promise yesterday;
  // the device has no date to be late on.
  await expect(items.nth(0)).toContainText('Xfinity: No acknowledgment since it was sent on');
  await expect(items.nth(1)).toContainText('Xfinity: Promise not kept');
  await expect(items.nth(1)).toContainText('Refund of $54.20');
  await expect(items.nth(2)).toContainText('Xfinity: Not returned yet');
  await expect(items.nth(2)).toContainText('Living room TV box');
  await expect.poll(async () => (await badgeOf(worker)).text).toBe('3');
  await expect(home.getByRole('heading')).toHaveText(`Needs attention ${(await badgeOf(worker)).text} things need attention`);
  expect((await badgeOf(worker, tabId)).text).toBe('3');
  // Before the accounts.
  const [listTop, accountsTop] = await Promise.all(
    [home, panel.getByRole('list', { name: 'Accounts' })].map(async (l) => (await l.boundingBox())!.y),
  );
  expect(listTop).toBeLessThan(accountsTop!);
  await panel.evaluate(() => window.scrollTo(0, 0));
  await shot(panel, '3-home');
  await expectAccessible(panel, 'the home with what needs attention');

  // An item opens the record it is about: the broken promise, in the open contact log, focused.
  await items.nth(1).getByRole('button').click();
  const promise = section(panel, 'Contact log').getByTestId('promise');
  await expect(promise).toBeFocused();
  await expect(promise).toContainText('Refund of $54.20');
  // Marked kept: the log's work is done (it folds the next time it is shown); the home and the badge count 2.
  await promise.getByRole('button', { name: 'It was kept' }).click();
  await expect(lineOf(panel, 'Contact log')).toHaveText('2 calls and messages, every promise kept');
  await expect.poll(async () => (await badgeOf(worker)).text).toBe('2');
  await panel.getByRole('button', { name: '← All accounts' }).click();
  await expect(items).toHaveCount(2);
  await expect(home.getByRole('heading')).toHaveText('Needs attention 2 things need attention');
});

test('with nothing to attend to, the home says so in one calm line', async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const { tabId } = await openProviderTab(context, worker, XFINITY, providerHtml('My Account'), 'https://customer.xfinity.com/**');
  const panel = await openPanel(context, extensionId, tabId);
  await panel.setViewportSize({ width: 360, height: 640 });
  await startCase(panel);
  await panel.getByRole('button', { name: 'Add Xfinity to this estate' }).click();
  await goHome(panel);
  const home = panel.getByRole('region', { name: /Needs attention/ });
  await expect(home).toContainText('Nothing needs your attention today.');
  await expect(home.getByRole('list')).toHaveCount(0);
  expect((await badgeOf(worker)).text).toBe('');
});
