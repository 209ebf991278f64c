import type { BrowserContext, Page, Worker } from '@playwright/test';
import { badgeOf, expect, openPanel, openProviderTab, providerHtml, startCase, test } from './fixtures';

/** Opens a routed provider page and the side panel about its tab, and starts the case. */
async function start(ext: { context: BrowserContext; worker: Worker; extensionId: string }, url: string, survivor = '') {
  const { tabId } = await openProviderTab(ext.context, ext.worker, url, providerHtml('My Account'), `${new URL(url).origin}/**`);
  const panel = await openPanel(ext.context, ext.extensionId, tabId);
  await startCase(panel, { survivor });
  return { panel, tabId };
}

async function addDevice(panel: Page, kind: string, label: string) {
  await panel.getByRole('group', { name: 'Quick actions' }).getByRole('button', { name: 'Add a device' }).click();
  const form = panel.getByRole('form', { name: 'Add a device' });
  await expect(form.getByLabel('Kind of device')).toBeFocused();
  await form.getByLabel('Kind of device').selectOption({ label: kind });
  await form.getByLabel('A name you will recognize').fill(label);
  await form.getByRole('button', { name: 'Add device' }).click();
  await expect(panel.getByRole('listitem', { name: label })).toBeVisible();
}

async function markReturned(panel: Page, label: string, date: string, receipt: string) {
  const item = panel.getByRole('listitem', { name: label });
  await item.getByText(`Return details for ${label}`).click();
  await item.getByLabel('Returned on').fill(date);
  await item.getByLabel('Returned on').blur();
  await item.getByLabel('Receipt or tracking number').fill(receipt);
  await item.getByLabel('Receipt or tracking number').blur();
  await item.getByLabel('Where it is').selectOption('returned');
  await expect(item.getByText(`receipt ${receipt}`)).toBeVisible();
}

async function logCall(
  panel: Page,
  call: { at: string; department: string; rep: string; ref: string; hold: string; summary: string; promise?: { what: string; by: string } },
) {
  await panel.getByRole('group', { name: 'Quick actions' }).getByRole('button', { name: 'Log a call' }).click();
  const form = panel.getByRole('form', { name: 'Log a call or message' });
  await form.getByLabel('When').fill(call.at);
  await form.getByText('More details').click();
  await form.getByLabel('Department').fill(call.department);
  await form.getByLabel('Who you spoke with (name or ID)').fill(call.rep);
  await form.getByLabel('Reference or ticket number').fill(call.ref);
  await form.getByLabel('Minutes on hold').fill(call.hold);
  await form.getByLabel('What was said').fill(call.summary);
  if (call.promise) {
    await form.getByLabel('Outcome').selectOption('promise');
    // Choosing "They promised something" opens the promise row, ready to type in.
    await expect(form.getByLabel('Promise 1')).toBeFocused();
    await form.getByLabel('Promise 1').fill(call.promise.what);
    await form.getByLabel('By').fill(call.promise.by);
  }
  await form.getByRole('button', { name: 'Save to the log' }).click();
  await expect(form).toHaveCount(0);
}

test('story 1: the forgotten modem stays pending and counted while the TV boxes are returned', async ({ ext }) => {
  const { panel, tabId } = await start(ext, 'https://customer.xfinity.com/#/devices');
  await panel.getByRole('button', { name: 'Add Xfinity to this estate' }).click();
  await panel.getByRole('radio', { name: 'Close the account' }).check();
  await expect(panel.getByRole('checkbox', { name: 'Check the final bill' })).toBeVisible();

  await addDevice(panel, 'TV box', 'Living room TV box');
  await addDevice(panel, 'TV box', 'Bedroom TV box');
  await addDevice(panel, 'Cable modem', 'Cable modem');
  await expect(panel.getByRole('checkbox', { name: 'Return Cable modem' })).toBeVisible();
  // No disconnect date yet, so no return window: the three devices still count, on the provider's tab too.
  await expect.poll(async () => (await badgeOf(ext.worker, tabId)).text).toBe('3');

  await markReturned(panel, 'Living room TV box', '2026-03-20', 'XR-55102');
  await markReturned(panel, 'Bedroom TV box', '2026-03-20', 'XR-55103');
  // The two returns, and "List every device" (ticked by the devices listed).
  await panel.getByText('Done or skipped (3)').click();
  await expect(panel.getByRole('checkbox', { name: 'Return Living room TV box' })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'Return Bedroom TV box' })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'Return Cable modem' })).not.toBeChecked();
  await expect(panel.getByRole('listitem', { name: 'Cable modem' }).locator('.pill', { hasText: 'Not returned yet' })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Equipment' }).getByTestId('fold-line')).toHaveText(
    '1 device still to return · 2 returned',
  );
  await expect.poll(async () => (await badgeOf(ext.worker, tabId)).text).toBe('1');
  expect((await badgeOf(ext.worker, tabId)).title).toBe('Xfinity: 1 thing needs attention: a cable modem not returned');

  // A return date in the future is refused with a message, and nothing is saved.
  const modem = panel.getByRole('listitem', { name: 'Cable modem' });
  await modem.getByText('Return details for Cable modem').click();
  await modem.getByLabel('Returned on').fill('2099-01-01');
  await modem.getByLabel('Returned on').blur();
  await expect(modem.getByText('This has not happened yet: use today or an earlier date.')).toBeVisible();

  await panel.reload();
  await expect(panel.getByRole('listitem', { name: 'Cable modem' }).locator('.pill', { hasText: 'Not returned yet' })).toBeVisible();
  await expect(panel.getByRole('listitem', { name: 'Bedroom TV box' }).getByText('receipt XR-55103')).toBeVisible();
  await panel.screenshot({ path: 'test-results/screens/story1-devices.png', fullPage: true });
  await panel.getByRole('region', { name: 'Equipment' }).scrollIntoViewIfNeeded();
  await panel.screenshot({ path: 'test-results/screens/story1-equipment.png' });

  // Elsewhere, the dashboard counts the modem.
  await panel.getByRole('button', { name: 'See all accounts' }).click();
  await expect(panel.getByRole('list', { name: 'Accounts' }).getByText('1 device to return')).toBeVisible();
});

test('story 2: calls are logged with representatives and references; a promise whose date passes is broken', async ({ ext }) => {
  const { panel } = await start(ext, 'https://www.att.com/acctmgmt/accountoverview');
  await panel.clock.install({ time: new Date('2026-04-01T10:00:00') });
  await panel.reload();
  await panel.getByRole('button', { name: 'Add AT&T to this estate' }).click();

  await logCall(panel, {
    at: '2026-03-28T09:15',
    department: 'Repair',
    rep: 'Marcus (ID 4471)',
    ref: 'TKT-88120',
    hold: '42',
    summary: 'Dial tone dead since the upgrade.',
  });
  await logCall(panel, {
    at: '2026-03-30T14:05',
    department: 'Escalations',
    rep: 'Priya',
    ref: 'ESC-20931',
    hold: '65',
    summary: 'Could not see notes of earlier calls.',
    promise: { what: 'A technician will call Monday', by: '2026-04-03' },
  });
  await logCall(panel, {
    at: '2026-03-31T16:40',
    department: 'Billing',
    rep: 'Jo',
    ref: 'BIL-7731',
    hold: '18',
    summary: 'Billing closed for the weekend; transferred.',
  });

  const log = panel.getByRole('region', { name: 'Contact log' });
  await expect(log.getByTestId('contact')).toHaveCount(3);
  await expect(log.getByText('with Marcus (ID 4471) · ref. TKT-88120 · 42 min on hold', { exact: false })).toBeVisible();
  await expect(log.getByTestId('promise')).toContainText('Promised');
  const followUp = panel.getByRole('checkbox', { name: 'Check: A technician will call Monday (promised by Priya)' });
  await expect(followUp).toBeVisible();

  // Invalid input is refused inline; nothing is added.
  await panel.getByRole('button', { name: 'Log a call or message' }).click();
  const form = panel.getByRole('form', { name: 'Log a call or message' });
  await form.getByText('More details').click();
  await form.getByLabel('Minutes on hold').fill('-5');
  await form.getByLabel('When').fill('2026-05-01T10:00');
  await form.getByRole('button', { name: 'Save to the log' }).click();
  await expect(form.getByText('Time on hold cannot be negative.')).toBeVisible();
  await expect(form.getByText('This has not happened yet: use today or an earlier date.')).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(log.getByTestId('contact')).toHaveCount(3);

  // Monday passes without the call: the promise is broken and its follow-up overdue.
  await panel.clock.fastForward(72 * 3600 * 1000);
  await panel.reload();
  await expect(panel.getByRole('region', { name: 'Contact log' }).getByTestId('promise')).toContainText('Broken');
  await expect(panel.getByTestId('task').filter({ hasText: 'A technician will call Monday' })).toContainText('Overdue since');
  await panel.screenshot({ path: 'test-results/screens/story2-contact-log.png', fullPage: true });

  await panel.getByRole('button', { name: 'See all accounts' }).click();
  await expect(panel.getByText('1 broken promise')).toBeVisible();
  await expect(panel.getByText('1 overdue')).toBeVisible();
  await panel.screenshot({ path: 'test-results/screens/story2-dashboard.png' });
});

test('story 3: an AT&T account moves into the survivor’s name, with proof of payment recorded', async ({ ext }) => {
  const { panel } = await start(ext, 'https://www.att.com/acctmgmt/billing/mybillingcenter', 'Ann Miller');
  await panel.getByRole('button', { name: 'Add AT&T to this estate' }).click();
  await panel.getByRole('radio', { name: "Move it into Ann Miller's name" }).check();
  await expect(panel.getByRole('checkbox', { name: "Check the next bill is in Ann Miller's name" })).toBeVisible();
  await expect(panel.getByRole('checkbox', { name: 'Find out what Ann Miller must provide as the new holder' })).toBeVisible();
  await expect(panel.getByRole('checkbox', { name: 'Check the final bill' })).toHaveCount(0);

  // Account number: stored, shown only as its last four.
  await panel.getByText('Account details').click();
  await panel.getByLabel('Account number').fill('8499 0512 3456 7890');
  await panel.getByLabel('Account number').blur();
  await expect(panel.getByText('Account details (account •••• 7890)')).toBeVisible();
  await expect(panel.getByLabel('Account number')).toHaveAttribute('type', 'password');

  await panel.getByRole('group', { name: 'Quick actions' }).getByRole('button', { name: 'Document sent' }).click();
  const form = panel.getByRole('form', { name: 'Record a document sent' });
  await form.getByLabel('Which document').selectOption('proof_of_payment');
  await form.getByLabel('Sent to (department or person)').fill('Name change department');
  await form.getByLabel('How', { exact: true }).selectOption('fax');
  await form.getByLabel('Address, fax number, email or form').fill('(fax number given on the call)');
  await form.getByLabel('Sent on').fill('2026-04-02');
  await form.getByRole('button', { name: 'Save to the record' }).click();
  const record = panel.getByTestId('document-sent');
  await expect(record).toContainText('Proof of payment');
  await expect(record).toContainText('to Name change department');
  await expect(record).toContainText('No confirmation yet');

  await panel.reload();
  await expect(panel.getByRole('radio', { name: "Move it into Ann Miller's name" })).toBeChecked();
  await expect(panel.getByTestId('document-sent')).toContainText('Fax');
  await panel.screenshot({ path: 'test-results/screens/story3-transfer.png', fullPage: true });
});

test('cases are editable, several can exist, one is active', async ({ ext }) => {
  const { panel } = await start(ext, 'https://www.t-mobile.com/account/profile');
  await panel.getByText('Change details or start another').click();
  await panel.getByRole('button', { name: 'Edit the details' }).click();
  await panel.getByLabel('Their full name').fill('');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.getByText('The name of the person who died is needed.')).toBeVisible();
  await panel.getByLabel('Their full name').fill('Robert J. Miller');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.getByText('Estate of Robert J. Miller')).toBeVisible();

  await panel.getByText('Change details or start another').click();
  await panel.getByRole('button', { name: 'Start for another person' }).click();
  await panel.getByLabel('Their full name').fill('Helen Miller');
  await panel.getByLabel('Date of death').fill('2026-06-10');
  await panel.getByRole('button', { name: 'Start this estate' }).click();
  await expect(panel.getByText('Estate of Helen Miller')).toBeVisible();
  await panel.getByLabel('Working on').selectOption({ label: 'Robert J. Miller' });
  await expect(panel.getByText('Estate of Robert J. Miller')).toBeVisible();
});

test('at 320 px, by keyboard: add your own step, delete it (asked first), and undo', async ({ ext }) => {
  const { panel } = await start(ext, 'https://www.xfinity.com/support/articles/important-information-when-canceling-services');
  await panel.setViewportSize({ width: 320, height: 800 });
  await panel.getByRole('button', { name: 'Add Xfinity to this estate' }).click();
  const steps = panel.getByRole('list', { name: 'Checklist' }).getByTestId('task');
  await expect(steps.first()).toBeVisible();
  const count = await steps.count();

  await panel.getByText('Add your own step').first().click();
  await panel.getByLabel('Add your own step').fill('Ask for the refund cheque');
  await panel.keyboard.press('Enter');
  await expect(steps).toHaveCount(count + 1);
  const mine = steps.filter({ hasText: 'Ask for the refund cheque' });

  await mine.getByText('Details').focus();
  await panel.keyboard.press('Enter');
  await mine.getByRole('button', { name: 'Delete this step' }).focus();
  await panel.keyboard.press('Enter');
  await expect(mine.getByRole('group', { name: 'Delete this step?' })).toBeVisible();
  await expect(mine.getByRole('button', { name: 'Yes, delete' })).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(steps).toHaveCount(count);
  const toast = panel.locator('.toast');
  await expect(toast).toContainText('Deleted “Ask for the refund cheque”.');
  await panel.screenshot({ path: 'test-results/screens/narrow-undo.png' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(steps.filter({ hasText: 'Ask for the refund cheque' })).toHaveCount(1);

  // Nothing overflows sideways at this width.
  const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
