import { expect, openPanel, openProviderTab, readRows, readSteps, routePage, startCase, test } from './fixtures';

const BEREAVEMENT = 'https://www.xfinity.com/support/articles/account-holder-passed-away';
const bereavementHtml = `<!doctype html><html><head><title>Account holder passed away | Xfinity Support</title></head><body>
<h1>Account holder passed away</h1>
<p>We're sorry for your loss. Use this form to tell us about the death of an Xfinity account holder.</p>
<form><fieldset><legend>What would you like to do with the account?</legend>
<label><input type="radio" name="choice"> Close the account permanently</label>
<label><input type="radio" name="choice"> Transfer account ownership to me</label></fieldset>
<label>Upload a copy of the death certificate <input type="file"></label>
<label>Disconnect date <input type="date"></label>
<label>Where should we send the final bill? <input type="text"></label>
<p>Questions? Call 1-800-934-6489.</p></form></body></html>`;

test("on Xfinity's bereavement form the panel shows its choices, what to upload and the final bill, with sources", async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const { tabId } = await openProviderTab(context, worker, BEREAVEMENT, bereavementHtml);
  const panel = await openPanel(context, extensionId, tabId);

  await expect(panel.getByText("You are on Xfinity's bereavement page.")).toBeVisible();
  const guidance = panel.getByRole('region', { name: 'On this page' });
  await expect(guidance.getByRole('list', { name: 'Your choices' }).getByRole('listitem')).toHaveText([
    'Close the account',
    "Move it into a survivor's name",
  ]);
  await expect(guidance.getByRole('list', { name: 'What to upload or send' })).toContainText('Death certificate');
  await expect(guidance.getByRole('list', { name: 'What to do here' })).toContainText('the address for the final bill');
  const source = guidance.getByRole('link', { name: 'source' }).first();
  await expect(source).toHaveAttribute('href', 'https://www.xfinity.com/support/articles/account-holder-passed-away');
  // The phone number on the page is no reference number.
  await expect(guidance.getByRole('list', { name: 'Numbers on this page' })).toHaveCount(0);
  await panel.screenshot({ path: 'test-results/screens/recognition-bereavement.png', fullPage: true });
});

test('a confirmation number on the page is offered and saved to the account, still there after reload', async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const url = 'https://www.xfinity.com/support/request-received';
  const html = `<!doctype html><html><head><title>Request received</title></head><body><h1>We have received your request</h1>
    <p>Your confirmation number is CNF-4821-XYZ. Keep it for your records.</p><p>Call 1-800-934-6489 with questions.</p></body></html>`;
  const { tabId } = await openProviderTab(context, worker, url, html);
  const panel = await openPanel(context, extensionId, tabId);
  await startCase(panel, { role: 'child' });

  await expect(panel.getByText("You are on Xfinity's confirmation page.")).toBeVisible();
  const numbers = panel.getByRole('list', { name: 'Numbers on this page' });
  await expect(numbers.getByRole('listitem')).toHaveCount(1);
  await expect(numbers).toContainText('Confirmation number: CNF-4821-XYZ');
  await expect(numbers).toContainText('Your confirmation number is CNF-4821-XYZ. Keep it for your records.');
  const save = numbers.getByRole('button', { name: 'Save confirmation number CNF-4821-XYZ to the account' });
  await expect(save).toBeDisabled(); // no Xfinity account yet
  await expect(panel.getByText('Add Xfinity to this estate first')).toBeVisible();

  await panel.getByRole('button', { name: 'Add Xfinity to this estate' }).click();
  await expect(save).toBeEnabled();
  await save.click();
  await expect(numbers.getByRole('status')).toHaveText('Saved to the account');
  await panel.getByText('Done or skipped (1)').click();
  await expect(panel.getByRole('checkbox', { name: 'Get a confirmation or reference number' })).toBeChecked();
  await panel.screenshot({ path: 'test-results/screens/recognition-confirmation.png', fullPage: true });

  await panel.reload();
  await expect(panel.getByRole('list', { name: 'Numbers on this page' }).getByRole('status')).toHaveText('Saved to the account');
  await panel.getByText('Done or skipped (1)').click();
  await expect(panel.getByRole('checkbox', { name: 'Get a confirmation or reference number' })).toBeChecked();
  await expect(panel.getByText(/Confirmation number: CNF-4821-XYZ \(seen/)).toBeVisible(); // the step's note, in the checklist
  // The number itself is stored on the step's note, with the page it came from.
  const note = (await readSteps(panel)).find((t) => t.stepKey === 'confirmation')?.note;
  expect(note).toMatch(
    /^Confirmation number: CNF-4821-XYZ \(seen \d{4}-\d\d-\d\d, from https:\/\/www\.xfinity\.com\/support\/request-received\)$/,
  );
});

test('with two accounts of the same provider, a number on the page goes to the one the user links, not a guess', async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const url = 'https://www.xfinity.com/support/request-received';
  const html = `<!doctype html><html><head><title>Request received</title></head><body><h1>We have received your request</h1>
    <p>Your confirmation number is CNF-7731-ABC. Keep it for your records.</p></body></html>`;
  const { tabId } = await openProviderTab(context, worker, url, html);
  const panel = await openPanel(context, extensionId, tabId);
  await startCase(panel, { role: 'child' });
  await panel.getByRole('button', { name: 'Add Xfinity to this estate' }).click();
  await panel.getByRole('button', { name: 'Add another Xfinity account' }).click();
  await expect.poll(async () => (await readRows<{ providerId: string }>(panel, 'accounts')).length).toBe(2);

  const numbers = panel.getByRole('list', { name: 'Numbers on this page' });
  await expect(numbers).toContainText('Confirmation number: CNF-7731-ABC');
  await expect(numbers.getByRole('button', { name: 'Save confirmation number CNF-7731-ABC to the account' })).toBeDisabled();
  await expect(panel.getByText('This estate has 2 Xfinity accounts.')).toBeVisible();

  // What it advises works: the proof is not linked by a guess either; linked by the user, it keeps the number there.
  await panel.getByRole('button', { name: 'Save this page as proof' }).click();
  const proof = panel.getByRole('region', { name: 'Proof of this page' });
  await expect(proof.getByRole('status')).toContainText('Saved as proof');
  const [evidence] = await readRows<{ accountId?: string }>(panel, 'evidence');
  expect(evidence?.accountId).toBeUndefined();
  const accounts = await readRows<{ id: string; createdAt: string }>(panel, 'accounts');
  const second = accounts.sort((a, b) => a.createdAt.localeCompare(b.createdAt))[1]!;
  await proof.getByLabel('Account', { exact: true }).selectOption(second.id);
  await proof.getByRole('button', { name: 'Keep it with the account' }).click();
  await expect(proof.getByText('kept with the account')).toBeVisible();
  const task = (await readSteps(panel)).find((t) => t.accountId === second.id && t.stepKey === 'confirmation');
  expect(task?.note).toContain('Confirmation number: CNF-7731-ABC');
  expect((await readSteps(panel)).filter((t) => t.note?.includes('CNF-7731-ABC'))).toHaveLength(1);
});

test('markup in page text is shown as text, never run', async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const url = 'https://www.xfinity.com/support/thank-you';
  const html = `<!doctype html><html><head><title>Thank you &lt;img src=x onerror=alert(1)&gt;</title></head><body>
    <h1>Thank you</h1><p>Order number: ORD-55512 &lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(2)&lt;/script&gt;</p></body></html>`;
  const { page, tabId } = await openProviderTab(context, worker, url, html);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    return d.dismiss();
  });
  const panel = await openPanel(context, extensionId, tabId);
  panel.on('dialog', (d) => {
    dialogs.push(d.message());
    return d.dismiss();
  });

  const numbers = panel.getByRole('list', { name: 'Numbers on this page' });
  await expect(numbers).toContainText('Order number: ORD-55512');
  await expect(numbers).toContainText('<img src=x onerror=alert(1)> <script>alert(2)</script>');
  await expect(panel.locator('.page-guidance img, .page-guidance script')).toHaveCount(0);
  await panel.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});

test('a page that turns into a confirmation without loading is read again; leaving it clears the signals', async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const url = 'https://www.xfinity.com/support/transfer-form';
  const html = `<!doctype html><html><head><title>Transfer service</title></head><body><main><h1>Transfer of service</h1>
    <button id="send">Send</button></main><script>
      document.getElementById('send').onclick = () => {
        history.pushState({}, '', '/support/transfer-form/done');
        document.querySelector('main').innerHTML = '<h1>Thank you</h1><p>Your ticket number is TKT-90210.</p>';
      };
    </script></body></html>`;
  const { page, tabId } = await openProviderTab(context, worker, url, html);
  const panel = await openPanel(context, extensionId, tabId);
  await expect(panel.getByText("You are on Xfinity's transfer of ownership page.")).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Numbers on this page' })).toHaveCount(0);

  await page.click('#send');
  const numbers = panel.getByRole('list', { name: 'Numbers on this page' });
  await expect(numbers).toContainText('Ticket number: TKT-90210');
  const key = `signals:${tabId}`;
  expect(await worker.evaluate(async (k) => ((await chrome.storage.session.get(k))[k] as { url: string }).url, key)).toBe(
    'https://www.xfinity.com/support/transfer-form/done',
  );

  // The signals survive the service worker being stopped (storage.session).
  const cdp = await context.newCDPSession(panel);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await panel.reload();
  await expect(panel.getByRole('list', { name: 'Numbers on this page' })).toContainText('TKT-90210');

  // Another page in the same tab: the old page's number is gone.
  await routePage(context, 'https://www.xfinity.com/support/plain', '<!doctype html><title>Support</title><h1>Support</h1>');
  await page.goto('https://www.xfinity.com/support/plain');
  await expect(panel.getByRole('list', { name: 'Numbers on this page' })).toHaveCount(0);
  await page.close();
  const liveWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await expect.poll(async () => Object.keys(await liveWorker.evaluate(() => chrome.storage.session.get(null)))).not.toContain(key);
});
