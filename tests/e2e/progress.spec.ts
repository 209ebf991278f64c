import type { Page } from '@playwright/test';
import { badgeOf, expect, openPanel, openProviderTab, providerHtml, startCase, test } from './fixtures';

const XFINITY = 'https://customer.xfinity.com/#/devices';
const shot = (panel: Page, name: string) => panel.screenshot({ path: `test-results/screens/progress-${name}.png` });

async function addDevice(panel: Page, kind: string, label: string) {
  await panel.getByRole('group', { name: 'Quick actions' }).getByRole('button', { name: 'Add a device' }).click();
  const form = panel.getByRole('form', { name: 'Add a device' });
  await form.getByLabel('Kind of device').selectOption({ label: kind });
  await form.getByLabel('A name you will recognize').fill(label);
  await form.getByRole('button', { name: 'Add device' }).click();
  await expect(panel.getByRole('listitem', { name: label })).toBeVisible();
}

/** A step of the checklist, open or done (done ones sit in the folded list, drawn once it is opened: openDoneSteps). */
const step = (panel: Page, title: string) => panel.getByTestId('task').filter({ has: panel.getByText(title, { exact: true }) });

async function openDoneSteps(panel: Page) {
  const folded = panel.locator('details.closed-steps');
  if (!(await folded.evaluate((d) => (d as HTMLDetailsElement).open))) await folded.locator(':scope > summary').click();
}

test('what the user records ticks the steps it proves; the dashboard and the badge tell the same truth (360 px)', async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const { tabId } = await openProviderTab(context, worker, XFINITY, providerHtml('My Account'), 'https://customer.xfinity.com/**');
  const panel = await openPanel(context, extensionId, tabId);
  await panel.setViewportSize({ width: 360, height: 640 });
  await startCase(panel, { survivor: 'Linda Miller' });

  // The home, before any account: help listing the accounts, by kind of service, from the registry.
  await panel.getByRole('button', { name: 'See all accounts' }).click();
  await expect(panel.getByRole('heading', { name: 'Which accounts did Robert Miller have?' })).toBeVisible();
  await panel.getByRole('button', { name: 'Cable or internet' }).click();
  await expect(panel.getByRole('button', { name: 'Cable or internet' })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByRole('button', { name: 'Not in the list' })).toBeVisible();
  await shot(panel, '1-empty-home');
  await panel.getByRole('button', { name: 'Not in the list' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'You can still keep track of it' })).toBeVisible();
  await panel.getByRole('button', { name: 'Xfinity', exact: true }).click();

  const account = panel.getByRole('article', { name: 'Xfinity account' });
  await expect(account).toBeVisible();
  await account.getByRole('radio', { name: 'Close the account' }).check();
  await expect(panel.getByRole('checkbox', { name: 'Check the final bill' })).toBeVisible();
  // No "decide" step repeating the choice above the checklist; device kinds with a capital.
  await expect(panel.getByTestId('task').filter({ hasText: /Decide:/ })).toHaveCount(0);
  await expect(step(panel, 'List every device Xfinity supplied')).not.toContainText(/sources name: [a-z]/);

  await panel.getByRole('button', { name: '← All accounts' }).click();
  const row = panel.getByRole('list', { name: 'Accounts' }).getByRole('listitem').first();
  await expect(panel.getByText('0 of 1 account settled')).toBeVisible();
  await expect(row).toContainText('Close');
  await expect(row).toContainText('Next: Tell Xfinity about the death');
  await row.getByRole('button').click();

  await addDevice(panel, 'TV box', 'Living room TV box');
  await addDevice(panel, 'TV box', 'Bedroom TV box');
  await addDevice(panel, 'Cable modem', 'Cable modem');
  // Listing devices ticks "List every device", and says why.
  await openDoneSteps(panel);
  await expect(step(panel, 'List every device Xfinity supplied')).toContainText(
    'Done because: 3 devices listed: Living room TV box, Bedroom TV box, Cable modem.',
  );
  // No return window yet (no disconnect date): the three still count on Xfinity's tab.
  await expect.poll(async () => (await badgeOf(worker, tabId)).text).toBe('3');

  // The death certificate sent.
  await panel.getByRole('group', { name: 'Quick actions' }).getByRole('button', { name: 'Document sent' }).click();
  const doc = panel.getByRole('form', { name: 'Record a document sent' });
  await doc.getByLabel('Which document').selectOption('death_certificate');
  await doc.getByLabel('Sent to (department or person)').fill('Bereavement team');
  await doc.getByLabel('How', { exact: true }).selectOption('fax');
  await doc.getByLabel('Sent on').fill('2026-03-10');
  await doc.getByRole('button', { name: 'Save to the record' }).click();
  await openDoneSteps(panel);
  await expect(step(panel, 'Send proof of death')).toContainText('Done because: Death certificate sent Mar 10, 2026 to Bereavement team.');
  await expect(step(panel, 'Send proof of death').locator('input[type="checkbox"]')).toBeChecked();

  // A call with Xfinity.
  await panel.getByRole('group', { name: 'Quick actions' }).getByRole('button', { name: 'Log a call' }).click();
  const call = panel.getByRole('form', { name: 'Log a call or message' });
  await call.getByLabel('When').fill('2026-03-11T10:30');
  await call.getByText('More details').click();
  await call.getByLabel('Department').fill('Bereavement');
  await call.getByRole('button', { name: 'Save to the log' }).click();
  await expect(call).toHaveCount(0);
  await openDoneSteps(panel);
  await expect(step(panel, 'Tell Xfinity about the death')).toContainText('Done because: Phone call on Mar 11, 2026.');

  // Two devices returned: one with its details, one with only "Returned" chosen (the half return).
  const living = panel.getByRole('listitem', { name: 'Living room TV box' });
  await living.getByText('Return details for Living room TV box').click();
  await living.getByLabel('Returned on').fill('2026-03-12');
  await living.getByLabel('Returned on').blur();
  await living.getByLabel('Receipt or tracking number').fill('XR-55102');
  await living.getByLabel('Receipt or tracking number').blur();
  await living.getByLabel('Where it is').selectOption('returned');
  await expect(living.getByText('receipt XR-55102')).toBeVisible();

  const bedroom = panel.getByRole('listitem', { name: 'Bedroom TV box' });
  await bedroom.getByText('Return details for Bedroom TV box').click();
  await bedroom.getByLabel('Where it is').selectOption('returned');
  // Saved at once with today's date, said so; the pill and the heading agree.
  await expect(bedroom.getByTestId('device-state')).toHaveText('Returned');
  await expect(bedroom.getByText('Filled in with today’s date: change it if it went back another day.')).toBeVisible();
  const equipment = panel.getByRole('region', { name: 'Equipment' });
  await expect(equipment.getByTestId('fold-line')).toHaveText('1 device still to return · 2 returned');
  await bedroom.scrollIntoViewIfNeeded();
  await shot(panel, '2-half-return');
  await openDoneSteps(panel);
  await expect(step(panel, 'Return Bedroom TV box')).toContainText('Done because: Bedroom TV box returned');

  // A confirmation number, from a later call.
  await panel.getByRole('group', { name: 'Quick actions' }).getByRole('button', { name: 'Log a call' }).click();
  await call.getByLabel('When').fill('2026-03-13T09:00');
  await call.getByText('More details').click();
  await call.getByLabel('Reference or ticket number').fill('CNF-4821');
  await call.getByRole('button', { name: 'Save to the log' }).click();
  await expect(call).toHaveCount(0);
  await openDoneSteps(panel);
  await expect(step(panel, 'Get a confirmation or reference number')).toContainText('Done because: Number CNF-4821 from the phone call');

  // Reloaded: nothing lost, the half return included; the modem alone still out, and counted.
  await panel.reload();
  await expect(panel.getByRole('listitem', { name: 'Bedroom TV box' }).getByTestId('device-state')).toHaveText('Returned');
  await expect(panel.getByRole('region', { name: 'Equipment' }).getByTestId('fold-line')).toHaveText(
    '1 device still to return · 2 returned',
  );
  // The badge says what needs attention: the modem, and the certificate nobody acknowledged since March.
  await expect.poll(async () => (await badgeOf(worker, tabId)).text).toBe('2');
  expect((await badgeOf(worker, tabId)).title).toBe(
    'Xfinity: 2 things need attention: a document with no acknowledgment, a cable modem not returned',
  );
  await openDoneSteps(panel);
  for (const title of [
    'Tell Xfinity about the death',
    'Send proof of death',
    'List every device Xfinity supplied',
    'Return Living room TV box',
    'Return Bedroom TV box',
    'Get a confirmation or reference number',
  ])
    await expect(step(panel, title).locator('input[type="checkbox"]'), title).toBeChecked();
  await expect(step(panel, 'Return Cable modem').locator('input[type="checkbox"]')).not.toBeChecked();
  await step(panel, 'Tell Xfinity about the death').scrollIntoViewIfNeeded();
  await shot(panel, '3-ticked-steps');

  // An automatic tick can be undone, and stays undone.
  await step(panel, 'Tell Xfinity about the death').getByRole('button', { name: 'Not done yet? Untick it' }).click();
  await expect(step(panel, 'Tell Xfinity about the death').locator('input[type="checkbox"]')).not.toBeChecked();
  await panel.reload();
  await expect(step(panel, 'Tell Xfinity about the death').locator('input[type="checkbox"]')).not.toBeChecked();
  await expect(step(panel, 'Tell Xfinity about the death')).not.toContainText('Done because');

  // The dashboard's next step moved; the account is not settled yet.
  await panel.getByRole('button', { name: 'See all accounts' }).click();
  await expect(panel.getByText('0 of 1 account settled')).toBeVisible();
  await expect(row).toContainText('Next: Tell Xfinity about the death');
  await expect(row).toContainText('1 device to return');
  await row.getByRole('button').click();
  await step(panel, 'Tell Xfinity about the death').locator('input[type="checkbox"]').click();
  await panel.getByRole('button', { name: '← All accounts' }).click();
  await expect(row).toContainText('Next: Return Cable modem');

  // A streaming service: closing only (its registry entry offers no transfer), no equipment.
  await panel.getByText('Add another account').click();
  await panel.getByRole('button', { name: 'Streaming or subscription' }).click();
  await panel.getByRole('button', { name: 'Amazon Prime', exact: true }).click();
  const prime = panel.getByRole('article', { name: 'Amazon Prime account' });
  await expect(prime).toBeVisible();
  await expect(prime.getByRole('radio', { name: /Move it into/ })).toHaveCount(0);
  await prime.getByRole('radio', { name: 'Close the account' }).check();
  await expect(prime.getByRole('checkbox', { name: 'Check the final bill' })).toBeVisible();
  await expect(prime.getByRole('region', { name: 'Equipment' })).toHaveCount(0);
  await expect(prime.getByRole('button', { name: 'Add a device' })).toHaveCount(0);
  await expect(prime.getByRole('list', { name: 'Checklist' }).getByText(/disconnect date|equipment/i)).toHaveCount(0);
  // Nor does its account ask for a disconnect date: a subscription ends, nothing is disconnected.
  await prime.getByText('Account details').click();
  await expect(prime.getByLabel('Name on the account')).toBeVisible();
  await expect(prime.getByLabel('Disconnect date')).toHaveCount(0);
  await prime.getByText('Account details').click();
  await shot(panel, '4-streaming');
  const open = prime.getByRole('list', { name: 'Checklist' }).locator('input[type="checkbox"]');
  while ((await open.count()) > 0) {
    const before = await open.count();
    await open.first().click();
    await expect(open).toHaveCount(before - 1);
  }
  await panel.getByRole('button', { name: '← All accounts' }).click();
  await expect(panel.getByText('1 of 2 accounts settled')).toBeVisible();
  // What needs attention first: Xfinity (the modem out) before the settled one.
  await expect(panel.getByRole('list', { name: 'Accounts' }).getByRole('listitem').first()).toContainText('Xfinity');
  await expect(panel.getByRole('list', { name: 'Accounts' }).getByRole('listitem').last()).toContainText('Amazon Prime');
  await panel.evaluate(() => window.scrollTo(0, 0));
  await shot(panel, '5-home');
  const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
