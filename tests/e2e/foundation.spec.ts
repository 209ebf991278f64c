import { badgeOf, expect, launchWithExtension, openPanel, providerHtml, routePage, startCase, tabIdOf, test } from './fixtures';

const XFINITY = 'https://customer.xfinity.com/#/billing';

test('recognizes Xfinity, creates the case and account, and ticking an overdue step drops the badge, even after a restart', async ({
  profile,
}) => {
  let { context, worker, extensionId } = await launchWithExtension(profile);
  await routePage(context, 'https://customer.xfinity.com/**', providerHtml('My Account - Xfinity'));
  const site = await context.newPage();
  await site.goto(XFINITY);
  const tabId = await tabIdOf(worker, XFINITY);

  await expect.poll(async () => (await badgeOf(worker, tabId)).title).toBe('Xfinity: nothing needs attention');
  expect((await badgeOf(worker, tabId)).text).toBe('');

  const panel = await openPanel(context, extensionId, tabId);
  await expect(panel.getByRole('heading', { name: 'Xfinity', level: 1 })).toBeVisible();
  await startCase(panel, { role: 'child' });
  await panel.getByRole('button', { name: 'Add Xfinity to this estate' }).click();

  const checklist = panel.getByRole('list', { name: 'Checklist' });
  await expect(checklist.getByRole('listitem').first()).toBeVisible();
  const steps = await checklist.getByRole('listitem').count();
  expect(steps).toBeGreaterThanOrEqual(4);
  // The badge means what needs attention, on a provider's tab too: open steps without a date do not count.
  await expect.poll(async () => (await badgeOf(worker, tabId)).title).toBe('Xfinity: nothing needs attention');
  expect((await badgeOf(worker, tabId)).text).toBe('');
  // A due date that has passed does.
  const notify = checklist.getByTestId('task').filter({ hasText: 'Tell Xfinity about the death' });
  await notify.getByText('Details').click();
  await notify.getByLabel('Due date').fill('2026-03-10');
  await notify.getByLabel('Due date').blur();
  await expect.poll(async () => (await badgeOf(worker, tabId)).text).toBe('1');
  expect((await badgeOf(worker, tabId)).title).toBe('Xfinity: 1 thing needs attention: a step overdue');

  // click(), not check(): the done step moves to the folded list and its element is replaced,
  // which can leave check() waiting forever to read the old element's state.
  await panel.getByRole('checkbox', { name: 'Tell Xfinity about the death' }).click();
  await expect.poll(async () => (await badgeOf(worker, tabId)).text).toBe('');
  expect((await badgeOf(worker, tabId)).title).toBe('Xfinity: nothing needs attention');

  await panel.reload();
  await panel.getByText('Done or skipped (1)').click();
  await expect(panel.getByRole('checkbox', { name: 'Tell Xfinity about the death' })).toBeChecked();

  // A browser restart on the same profile keeps the tick and the count.
  await context.close();
  ({ context, worker, extensionId } = await launchWithExtension(profile));
  await routePage(context, 'https://customer.xfinity.com/**', providerHtml('My Account - Xfinity'));
  const again = await context.newPage();
  await again.goto(XFINITY);
  const tabAgain = await tabIdOf(worker, XFINITY);
  await expect.poll(async () => (await badgeOf(worker, tabAgain)).title).toBe('Xfinity: nothing needs attention');
  const panelAgain = await openPanel(context, extensionId, tabAgain);
  await panelAgain.getByText('Done or skipped (1)').click();
  await expect(panelAgain.getByRole('checkbox', { name: 'Tell Xfinity about the death' })).toBeChecked();
  await panelAgain.screenshot({ path: 'test-results/screens/foundation-panel.png' });
  await context.close();
});

test('a page that is not a provider names no provider', async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const url = 'https://en.wikipedia.org/wiki/Comcast';
  await routePage(context, 'https://en.wikipedia.org/**', providerHtml('Comcast - Wikipedia', '<p>Comcast owns Xfinity.</p>'));
  const idsBefore = await worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await worker.evaluate(async (before) => (await chrome.tabs.query({})).find((t) => !before.includes(t.id))?.id, idsBefore);
  expect(tabId).toBeDefined();

  const badge = await badgeOf(worker, tabId);
  expect(badge.title).toBe('Estate Accounts Helper');
  expect(badge.text).toBe('');
  const panel = await openPanel(context, extensionId, tabId);
  await expect(panel.getByRole('heading', { name: "Let's start with the person who died" })).toBeVisible();
  await expect(panel.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(panel.getByText(/Xfinity|Comcast/)).toHaveCount(0);
});
