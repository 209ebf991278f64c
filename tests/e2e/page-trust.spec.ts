/**
 * What a provider page can and cannot do to the extension: a plain http page on a
 * provider's domain is nobody's (anyone on the network can write it).
 */
import { badgeOf, expect, openPanel, openProviderTab, routePage, startCase, test } from './fixtures';

const confirmation = (n: string) =>
  `<!doctype html><html><head><title>Request received</title></head><body><h1>We have received your request</h1>
  <p>Your confirmation number is ${n}. Keep it for your records.</p></body></html>`;

/** The page signals the background keeps for a tab (storage.session), if any. */
const signalsOf = (worker: import('@playwright/test').Worker, tabId: number) =>
  worker.evaluate(
    async (k) => (await chrome.storage.session.get(k))[k] as { references: Array<{ value: string }> } | undefined,
    `signals:${tabId}`,
  );

test('a plain http page on a provider domain gets no provider badge or tooltip, no signals, and the panel does not take it for the provider', async ({
  ext,
}) => {
  const { context, worker, extensionId } = ext;
  const httpUrl = 'http://www.xfinity.com/support/request-received';
  await routePage(context, httpUrl, confirmation('FAKE-1234'));
  const before = await worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
  const http = { page: await context.newPage(), tabId: -1 };
  await http.page.goto(httpUrl);
  expect(http.page.url()).toBe(httpUrl);
  // Found by elimination: the extension may not be able to read this tab's address (checked at the end).
  const tabs = await worker.evaluate(async (ids) => (await chrome.tabs.query({})).filter((t) => !ids.includes(t.id)), before);
  expect(tabs).toHaveLength(1);
  http.tabId = tabs[0]!.id!;
  // Its https twin, opened after it, is the provider's: once its signals and tooltip are there, the http tab's would be too.
  const https = await openProviderTab(context, worker, 'https://www.xfinity.com/support/request-received', confirmation('CNF-4821-XYZ'));
  await expect.poll(async () => (await signalsOf(worker, https.tabId))?.references[0]?.value).toBe('CNF-4821-XYZ');
  await expect.poll(async () => (await badgeOf(worker, https.tabId)).title).toMatch(/^Xfinity — /);

  expect(await signalsOf(worker, http.tabId)).toBeUndefined();
  expect((await badgeOf(worker, http.tabId)).title).not.toContain('Xfinity');
  // The content script does not even run there: no message reaches the background from it.
  await http.page.reload();
  await http.page.waitForTimeout(1000);
  expect(await signalsOf(worker, http.tabId)).toBeUndefined();
  expect((await badgeOf(worker, http.tabId)).title).not.toContain('Xfinity');

  const panel = await openPanel(context, extensionId, https.tabId);
  await startCase(panel, { role: 'child' });
  await expect(panel.getByText("You are on Xfinity's confirmation page.")).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Numbers on this page' })).toContainText('CNF-4821-XYZ');
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${http.tabId}`);
  await expect(panel.getByRole('heading', { name: 'All accounts' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Track a site as a provider' })).toBeVisible();
  await panel.screenshot({ path: 'test-results/screens/page-trust-http.png', fullPage: true });
  await expect(panel.getByText(/You are on Xfinity/)).toHaveCount(0);
  await expect(panel.getByRole('list', { name: 'Numbers on this page' })).toHaveCount(0);
  await expect(panel.getByText('FAKE-1234')).toHaveCount(0);
  // The manifest gives no access to http pages: the extension cannot even read this tab's address.
  expect(await worker.evaluate((id) => chrome.tabs.get(id).then((t) => t.url), http.tabId)).toBeUndefined();
});
