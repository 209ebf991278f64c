/**
 * The energy and water providers added for issue #16, as a family meets them: the panel
 * recognizes the utility's own site, says plainly that no bereavement process was found,
 * and shows the sourced guidance of the page (Oncor sends no bill; Portland General names
 * an estate among those who may act for someone).
 */
import { expect, openPanel, openProviderTab, providerHtml, test } from './fixtures';

test("on Oncor's bill page the panel says Oncor owns the wires and the account is with the retail electric provider", async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const url = 'https://oncor.com/content/oncorwww/wire/en/home/powering-texas/understanding-the-oncor-part-of-your-electric-bill.html';
  const { tabId } = await openProviderTab(context, worker, url, providerHtml('Understanding the Oncor part of your electric bill'));
  const panel = await openPanel(context, extensionId, tabId);
  await panel.setViewportSize({ width: 360, height: 640 });

  const guidance = panel.getByRole('region', { name: 'On this page' });
  await expect(
    guidance.getByText('No published bereavement process was found for Oncor: use the number on the bill, and record the call.'),
  ).toBeVisible();
  const todo = panel.getByRole('list', { name: 'What to do here' });
  const rep = todo.getByRole('listitem').filter({ hasText: 'retail electric provider' });
  await expect(rep.locator('q')).toHaveText(
    'If you have questions about your electric bill, call your REP at the number listed on your billing statement.',
  );
  await expect(rep).toContainText('checked 2026-11-30');
  await expect(rep.getByRole('link', { name: 'source' })).toHaveAttribute('href', url);
  await panel.screenshot({ path: 'test-results/screens/energy-oncor.png', fullPage: true });
});

test("on Portland General's start, stop or move page the panel shows the estate route with its source, and no general line as a bereavement line", async ({
  ext,
}) => {
  const { context, worker, extensionId } = ext;
  const url = 'https://portlandgeneral.com/start-stop-move/residential';
  const { tabId } = await openProviderTab(context, worker, url, providerHtml('Start, Stop or Move'));
  const panel = await openPanel(context, extensionId, tabId);
  await panel.setViewportSize({ width: 360, height: 640 });

  const todo = panel.getByRole('list', { name: 'What to do here' });
  const estate = todo.getByRole('listitem').filter({ hasText: 'Acting for an estate' });
  await expect(estate).toContainText('call 800-542-8818');
  await expect(estate.locator('q')).toHaveText('Please have the appropriate documentation available when you call.');
  await expect(estate.getByRole('link', { name: 'source' })).toHaveAttribute('href', url);
  await expect(panel.getByText('No published bereavement process was found for Portland General Electric', { exact: false })).toBeVisible();
  const general = panel.getByRole('heading', { name: 'General customer service (not a bereavement line)' });
  await expect(general).toBeVisible();
  await expect(panel.getByText('800-542-8818, 7am to 7pm, Monday to Friday', { exact: false })).toBeVisible();
  await panel.screenshot({ path: 'test-results/screens/energy-portland-general.png', fullPage: true });
});
