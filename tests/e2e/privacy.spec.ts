import { expect, openPanel, openProviderTab, providerHtml, startCase, test } from './fixtures';

// "No network requests from the extension": every request made while the extension works
// is recorded; the only ones allowed are the provider pages the test itself opens.
test('the extension makes no network requests of its own', async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const requests: Array<{ url: string; fromExtension: boolean }> = [];
  context.on('request', (request) => {
    const frame = request.serviceWorker() ? undefined : request.frame();
    const origin = request.serviceWorker()?.url() ?? frame?.url() ?? '';
    if (/^https?:/.test(request.url()))
      requests.push({ url: request.url(), fromExtension: origin.startsWith(`chrome-extension://${extensionId}`) });
  });

  const url = 'https://www.xfinity.com/support/articles/account-holder-passed-away';
  const { tabId } = await openProviderTab(
    context,
    worker,
    url,
    providerHtml('Account holder passed away', '<p>Your confirmation number is CNF-1234-ABC.</p>'),
  );
  const panel = await openPanel(context, extensionId, tabId);
  await startCase(panel);
  await panel.getByRole('button', { name: 'Add Xfinity to this estate' }).click();
  await panel.getByRole('button', { name: 'Save this page as proof' }).click();
  await expect(panel.getByText(/Saved as proof/)).toBeVisible();
  for (const view of ['Proof', 'Reminders', 'Copies', 'Checklist']) {
    await panel.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: view }).click();
  }
  await panel.waitForTimeout(500);

  expect(requests.filter((r) => r.fromExtension)).toEqual([]);
  expect(requests.map((r) => new URL(r.url).host).every((host) => host === 'www.xfinity.com')).toBe(true);
});
