import { expect, openPanel, putRows, readRows, routePage, startCase, tabIdOf, test } from './fixtures';

/*
 * What is covered here, honestly: Chromium's permission prompt is browser UI that
 * neither Playwright nor the DevTools protocol can answer (microsoft/playwright#32755),
 * so the test drives the form up to the request and checks that nothing is stored
 * before the user consents. The part after consent (a tracked site with its host
 * permission) is exercised through the service worker on a domain whose permission
 * the manifest already grants: the content script is registered, injected and
 * removed again. The matcher side of user sites is unit tested (userProviders.test.ts).
 */

test('tracking a site: the form checks the address, then asks for that one site and stores nothing before consent', async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const url = 'https://www.mycoop-electric.com/account';
  await routePage(context, 'https://www.mycoop-electric.com/**', '<!doctype html><title>My Co-op</title><h1>Member account</h1>');
  const before = await worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
  const site = await context.newPage();
  await site.goto(url);
  const tabId = await worker.evaluate(async (ids) => (await chrome.tabs.query({})).find((t) => !ids.includes(t.id))?.id, before);
  expect(tabId).toBeDefined();
  const panel = await openPanel(context, extensionId, tabId);
  await startCase(panel, { role: 'child' });

  // Without the tabs permission the extension cannot read this tab's address: no provider is named.
  await expect(panel.getByRole('heading', { level: 1 })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Track a site as a provider' }).click();
  await expect(panel.getByLabel('Site address')).toHaveValue('');

  // A site the registry knows is refused, naming it; nothing is asked.
  await panel.getByLabel('Site address').fill('customer.xfinity.com');
  await panel.getByLabel('Provider name').fill('Cable');
  await panel.getByRole('button', { name: 'Track this site' }).click();
  await expect(panel.getByText('xfinity.com is already recognized as Xfinity.')).toBeVisible();

  await panel.getByLabel('Site address').fill('not a site');
  await panel.getByLabel('Provider name').fill('');
  await panel.getByRole('button', { name: 'Track this site' }).click();
  await expect(panel.getByText('Type the site address, like mycoop.com.')).toBeVisible();
  await expect(panel.getByText('A name for the provider is needed.')).toBeVisible();
  await panel.screenshot({ path: 'test-results/screens/track-site-errors.png', fullPage: true });

  await panel.getByLabel('Site address').fill('www.mycoop-electric.com/account');
  await panel.getByLabel('Provider name').fill('My Co-op Electric');
  await panel.getByLabel('Kind of service').selectOption('electric');
  await panel.getByRole('button', { name: 'Track this site' }).click();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  // The browser's prompt for https://*.mycoop-electric.com/* is now up; until it is answered nothing is stored or granted.
  await panel.waitForTimeout(1000);
  expect(await worker.evaluate(() => chrome.permissions.contains({ origins: ['https://*.mycoop-electric.com/*'] }))).toBe(false);
  const rows = (await readRows(panel, 'userProviders')).length;
  expect(rows).toBe(0);
  expect(await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);
});

test('a tracked site with its permission gets the content script registered, injected into its open tab, and removed with it', async ({
  ext,
}) => {
  const { context, worker, extensionId } = ext;
  // xfinity.com's permission comes with the manifest: it stands in for a site the user allowed.
  const url = 'https://www.xfinity.com/support/request-received';
  await routePage(context, url, '<!doctype html><title>Done</title><h1>Thank you</h1><p>Your confirmation number is CNF-4821-XYZ.</p>');
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(worker, url);
  await expect
    .poll(() => worker.evaluate(async (k) => Object.keys(await chrome.storage.session.get(k)).length, `signals:${tabId}`))
    .toBe(1);
  // Forget what the manifest's script said, so only the injected one can say it again.
  await worker.evaluate((k) => chrome.storage.session.remove(k), `signals:${tabId}`);
  const panel = await openPanel(context, extensionId);
  const row = {
    id: 'user-xfinity-com',
    name: 'Tracked',
    category: 'cable_internet',
    domain: 'xfinity.com',
    createdAt: new Date().toISOString(),
  };
  await putRows(panel, 'userProviders', [row]);
  await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'providers-changed' }));
  const registered = await worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches, js: s.js })),
  );
  expect(registered).toEqual([{ id: 'user-xfinity-com', matches: ['https://*.xfinity.com/*'], js: ['content-scripts/provider.js'] }]);
  // Injected into the tab already open: its page signals arrive again.
  await expect
    .poll(() =>
      worker.evaluate(
        async (k) =>
          ((await chrome.storage.session.get(k))[k] as { references?: Array<{ value: string }> } | undefined)?.references?.[0]?.value,
        `signals:${tabId}`,
      ),
    )
    .toBe('CNF-4821-XYZ');

  // Removing the site removes its script.
  await panel.evaluate(async () => {
    const open = indexedDB.open('estate');
    const dbh: IDBDatabase = await new Promise((res) => (open.onsuccess = () => res(open.result)));
    await new Promise((res) => {
      const tx = dbh.transaction('userProviders', 'readwrite');
      tx.objectStore('userProviders').clear();
      tx.oncomplete = res;
    });
    await chrome.runtime.sendMessage({ type: 'providers-changed' });
  });
  expect(await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);
});
