/**
 * What the panel says of a provider's process after a death: plainly "not known" when
 * no bereavement process was found, each fact with its quote, source and checked date
 * when one is, and a report of a wrong fact that stays on the computer.
 */
import { readFileSync } from 'node:fs';
import { expect, openPanel, openProviderTab, providerHtml, test } from './fixtures';

test('on a provider with no published bereavement process, the panel says so plainly and shows what usually has to happen', async ({
  ext,
}) => {
  const { context, worker, extensionId } = ext;
  const { tabId } = await openProviderTab(context, worker, 'https://www.spectrum.net/account-summary', providerHtml('My Spectrum'));
  const panel = await openPanel(context, extensionId, tabId);

  const guidance = panel.getByRole('region', { name: 'On this page' });
  await expect(
    guidance.getByText('No published bereavement process was found for Spectrum: use the number on the bill, and record the call.'),
  ).toBeVisible();
  await expect(guidance.getByText('Last looked for: 2026-11-30.')).toBeVisible();
  const steps = guidance.getByRole('list', { name: 'What usually has to happen' });
  await expect(steps.getByRole('listitem').first()).toHaveText('Tell Spectrum about the death');
  await expect(steps).toContainText('Send proof of death');
  await panel.screenshot({ path: 'test-results/screens/provider-none-found.png', fullPage: true });
});

test("on Xfinity's bereavement page each fact shows the passage it rests on, its source and the day it was checked", async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const url = 'https://www.xfinity.com/support/articles/account-holder-passed-away';
  const { tabId } = await openProviderTab(context, worker, url, providerHtml('Account holder passed away'));
  const panel = await openPanel(context, extensionId, tabId);

  const todo = panel.getByRole('list', { name: 'What to do here' });
  const dates = todo.getByRole('listitem').filter({ hasText: 'Pick the disconnect date' });
  await expect(dates.locator('q')).toHaveText('select a date to disconnect that’s up to 60 days after today.');
  await expect(dates).toContainText('checked 2026-11-30');
  await expect(dates.getByRole('link', { name: 'source' })).toHaveAttribute('href', url);
  // A general line is never shown as a bereavement line, and a plain "not found" is not said of a known process.
  await expect(panel.getByText(/No published bereavement process was found/)).toHaveCount(0);
});

test('"This is wrong or out of date" makes a short report without the page query or an account number, and saves it as a text file', async ({
  ext,
}) => {
  const { context, worker, extensionId } = ext;
  const url = 'https://www.xfinity.com/support/articles/account-holder-passed-away?session=9f2c&name=Robert';
  const { tabId } = await openProviderTab(context, worker, url, providerHtml('Account holder passed away'));
  const panel = await openPanel(context, extensionId, tabId);

  await panel.getByText('This is wrong or out of date').click();
  await panel
    .getByLabel('Which fact')
    .selectOption({ label: 'Choose "close the account permanently" or "transfer account ownership to me".' });
  await panel.getByLabel('What you saw instead').fill('The form no longer asks; my account 8499051234567 was closed by phone.');
  await panel.getByRole('button', { name: 'Make the report' }).click();

  const report = panel.getByLabel('The report');
  await expect(report).toHaveValue(/Provider: Xfinity \(xfinity\)/);
  await expect(report).toHaveValue(/Fact shown: Choose "close the account permanently" or "transfer account ownership to me"\./);
  await expect(report).toHaveValue(/What I saw instead: The form no longer asks; my account \[number removed\] was closed by phone\./);
  await expect(report).toHaveValue(/On the page: https:\/\/www\.xfinity\.com\/support\/articles\/account-holder-passed-away\n/);
  const text = await report.inputValue();
  expect(text).not.toContain('session');
  expect(text).not.toContain('Robert');
  expect(text).not.toContain('8499051234567');
  await expect(panel.getByText('Something that looked like an account number')).toBeVisible();

  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Save as a text file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^correction-xfinity-\d{4}-\d{2}-\d{2}\.txt$/);
  await file.saveAs('test-results/correction-report.txt');
  expect(readFileSync('test-results/correction-report.txt', 'utf8')).toBe(text);
  await expect(panel.getByRole('status').filter({ hasText: 'Saved as correction-xfinity-' })).toBeVisible();
});

test("on Republic Wireless's cancellation page, its own line for a deceased member is shown with the passage it rests on", async ({
  ext,
}) => {
  const { context, worker, extensionId } = ext;
  const url = 'https://community.republicwireless.com/docs/DOC-1625';
  const { tabId } = await openProviderTab(context, worker, url, providerHtml('Cancel My Republic Service'));
  const panel = await openPanel(context, extensionId, tabId);
  await panel.setViewportSize({ width: 360, height: 640 });

  const guidance = panel.getByRole('region', { name: 'On this page' });
  const ways = guidance.getByRole('list', { name: 'Ways to reach the provider' });
  await expect(ways).toContainText('help@republicwireless.com');
  await expect(ways.locator('q').first()).toHaveText(
    "If you're canceling Republic service for a deceased Republic member, the executor will need to send an email to help@republicwireless.com",
  );
  await expect(ways).toContainText('checked 2026-11-30');
  await expect(guidance.getByText(/No published bereavement process was found/)).toHaveCount(0);
  await panel.screenshot({ path: 'test-results/screens/provider-republic-deceased-member.png', fullPage: true });
});

test("on Brightspeed's cancel page, the panel says no bereavement process was found and shows its number as a general line", async ({
  ext,
}) => {
  const { context, worker, extensionId } = ext;
  const url = 'https://brspd-dev.brightspeed.com/help/account/how-to-cancel-your-brightspeed-service';
  const { tabId } = await openProviderTab(context, worker, url, providerHtml('How to cancel your Brightspeed service'));
  const panel = await openPanel(context, extensionId, tabId);
  await panel.setViewportSize({ width: 360, height: 640 });

  const guidance = panel.getByRole('region', { name: 'On this page' });
  await expect(
    guidance.getByText('No published bereavement process was found for Brightspeed: use the number on the bill, and record the call.'),
  ).toBeVisible();
  const general = guidance.getByRole('list', { name: 'General customer service' });
  await expect(general).toContainText('833-692-7773');
  await expect(general).toContainText('8 am - 6 pm, Monday through Friday');
  await panel.screenshot({ path: 'test-results/screens/provider-brightspeed-general-line.png', fullPage: true });
});
