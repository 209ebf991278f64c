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
    async (k) => (await chrome.storage.session.get(k))[k] as { url: string; references: Array<{ value: string }> } | undefined,
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
  await expect.poll(async () => (await badgeOf(worker, https.tabId)).title).toMatch(/^Xfinity: /);

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

test('a provider page never learns the extension id from the content script, and cannot switch the script off', async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const url = 'https://www.xfinity.com/support/transfer-form';
  // The page listens to everything it could hear from the script: window messages, and custom
  // events under the names WXT uses (without the id, which the page would have to know already).
  const html = `<!doctype html><html><head><title>Transfer service</title><script>
    window.heard = [];
    const record = (kind) => (e) => window.heard.push(kind + ' ' + e.type + ' ' + JSON.stringify(e.data ?? e.detail ?? null));
    window.addEventListener('message', record('message'), true);
    for (const name of ['wxt:content-script-started', 'content-script-started', 'wxt:locationchange', 'provider:wxt:content-script-started']) {
      document.addEventListener(name, record('document'), true);
      window.addEventListener(name, record('window'), true);
    }
  </script></head><body><main><h1>Transfer of service</h1></main></body></html>`;
  const { page, tabId } = await openProviderTab(context, worker, url, html);
  // The script ran: its first signals arrived.
  await expect.poll(async () => (await signalsOf(worker, tabId))?.url).toBe(url);
  // A navigation without loading (WXT's location watcher would dispatch its event now).
  await page.evaluate(() => history.pushState({}, '', '/support/transfer-form/step-2'));
  await expect.poll(async () => (await signalsOf(worker, tabId))?.url).toBe('https://www.xfinity.com/support/transfer-form/step-2');
  const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
  expect(heard.filter((h) => h.includes(extensionId))).toEqual([]);
  expect(heard).toEqual([]);
  expect(await page.content()).not.toContain(extensionId);

  // A page that knows the id anyway (a published extension's id is public) tries WXT's ways of
  // stopping a content script: the custom event a newer copy sends, and the old window message.
  await page.evaluate((id) => {
    const name = `${id}:provider:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'provider', messageId: 'page' } }));
    window.postMessage({ type: name, contentScriptName: 'provider', messageId: 'page' }, '*');
  }, extensionId);
  await page.waitForTimeout(300);
  // Its signals still arrive after that.
  await page.evaluate(() => {
    document.querySelector('main')!.innerHTML = '<h1>Thank you</h1><p>Your ticket number is TKT-90210.</p>';
  });
  await expect.poll(async () => (await signalsOf(worker, tabId))?.references[0]?.value).toBe('TKT-90210');
  const panel = await openPanel(context, extensionId, tabId);
  await expect(panel.getByRole('list', { name: 'Numbers on this page' })).toContainText('Ticket number: TKT-90210');
});

test('a page that changes every 200 ms still gets its signals updated: the panel offers its confirmation number', async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const url = 'https://www.xfinity.com/support/request-status';
  // A clock that ticks every 200 ms from the start, and a confirmation number that appears after 1.5 s.
  const html = `<!doctype html><html><head><title>Request status</title></head><body><main><h1>Your request</h1>
    <p>Updated <span id="clock">0</span></p><div id="result">Processing…</div></main><script>
      let n = 0;
      setInterval(() => { document.getElementById('clock').textContent = String(++n); }, 200);
      setTimeout(() => { document.getElementById('result').textContent = 'Your confirmation number is CNF-2026-0200.'; }, 1500);
    </script></body></html>`;
  const { page, tabId } = await openProviderTab(context, worker, url, html);
  const panel = await openPanel(context, extensionId, tabId);
  const numbers = panel.getByRole('list', { name: 'Numbers on this page' });
  await expect(numbers).toContainText('Confirmation number: CNF-2026-0200');
  // The page is still ticking: it never settled.
  const ticks = await page.evaluate(() => Number(document.getElementById('clock')!.textContent));
  await page.waitForTimeout(400);
  expect(await page.evaluate(() => Number(document.getElementById('clock')!.textContent))).toBeGreaterThan(ticks);
});
