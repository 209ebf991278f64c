import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, fileRowForms, openPanel, openProviderTab, routePage, startCase, test, turnOnLockIn } from './fixtures';

const CONFIRM_URL = 'https://www.xfinity.com/support/articles/account-holder-passed-away/confirmation';
const confirmationPage = `<!doctype html><html><head><title>Request received - Xfinity</title></head><body>
<h1>Thank you, we received your request</h1>
<p>We're sorry for your loss. Your request to close the account has been received.</p>
<p>Confirmation number: <strong>XF-2026-0042</strong></p>
<p>Your confirmation message explains how to return equipment. Questions? Call 1-800-934-6489.</p>
</body></html>`;

/** Reads the extension's own IndexedDB from one of its pages: evidence rows and, for one blob, its bytes. */
async function readVault(panel: Page, blobId?: string): Promise<{ evidence: any[]; accounts: any[]; tasks: any[]; blob?: string }> {
  return panel.evaluate(async (wanted) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('estate');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = (store: string) =>
      new Promise<any[]>((resolve) => {
        const req = database.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result);
      });
    const [evidence, accounts, checklists] = await Promise.all([all('evidence'), all('accounts'), all('checklists')]);
    const tasks = checklists.flatMap((c) => c.steps);
    let blob: string | undefined;
    if (wanted) {
      const row = await new Promise<any>((resolve) => {
        const req = database.transaction('blobs').objectStore('blobs').get(wanted);
        req.onsuccess = () => resolve(req.result);
      });
      const bytes = new Uint8Array(await (row.data as Blob).arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      blob = btoa(s);
    }
    database.close();
    return { evidence, accounts, tasks, blob };
  }, blobId);
}

async function providerTabWithPanel(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
  url: string,
  html: string,
  routeGlob: string,
) {
  const { page: site, tabId } = await openProviderTab(context, worker, url, html, routeGlob);
  return { site, panel: await openPanel(context, extensionId, tabId), tabId };
}

test("captures Xfinity's confirmation page as hashed evidence with its confirmation number", async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const { panel } = await providerTabWithPanel(context, worker, extensionId, CONFIRM_URL, confirmationPage, 'https://www.xfinity.com/**');
  await startCase(panel);
  await panel.getByRole('button', { name: 'Add Xfinity to this estate' }).click();
  await expect(panel.getByRole('list', { name: 'Checklist' })).toBeVisible();

  const before = Date.now();
  await panel.getByRole('button', { name: 'Save this page as proof' }).click();
  const status = panel.getByRole('region', { name: 'Proof of this page' }).getByRole('status');
  await expect(status).toContainText('Saved as proof');
  const after = Date.now();
  await expect(status).toContainText('Request received - Xfinity');
  // No activeTab from a side panel button (and the panel is the visible tab in this test): saved without the picture, and said so.
  await expect(status).toContainText(/without a picture of the screen/);
  // The number is offered once: by the page's guidance (the saved proof does not offer it a second time).
  await expect(panel.getByRole('list', { name: 'Reference numbers found on the page' })).toHaveCount(0);
  await expect(panel.getByRole('list', { name: 'Numbers on this page' })).toContainText('XF-2026-0042');

  let vault = await readVault(panel);
  expect(vault.evidence).toHaveLength(1);
  const item = vault.evidence[0];
  expect(item).toMatchObject({
    kind: 'page_capture',
    url: CONFIRM_URL,
    title: 'Request received - Xfinity',
    referenceNumbers: ['XF-2026-0042'],
  });
  expect(item.accountId).toBe(vault.accounts[0].id);
  const capturedAt = Date.parse(item.capturedAt);
  expect(capturedAt).toBeGreaterThanOrEqual(before - 1000);
  expect(capturedAt).toBeLessThanOrEqual(after + 1000);
  expect(item.pageText).toContain('Confirmation number: XF-2026-0042');
  expect(item.files.map((f: any) => f.role)).toEqual(['copy', 'archive', 'text']);

  // The HTML copy (both browsers): the page's words, no script, a policy that runs nothing; its checksum is its bytes'.
  const copy = item.files[0];
  const copyBytes = Buffer.from((await readVault(panel, copy.blobId)).blob!, 'base64');
  expect(copy.sha256).toBe(createHash('sha256').update(copyBytes).digest('hex'));
  expect(copy.mime).toBe('text/html;charset=utf-8');
  expect(copyBytes.toString('utf8')).toMatch(
    /^<!DOCTYPE html>\n<html[^>]*><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none';/,
  );
  expect(copyBytes.toString('utf8')).toContain('XF-2026-0042');
  expect(copyBytes.toString('utf8')).not.toMatch(/<script/i);

  // Chrome's extra, the MHTML archive, is really stored, and its checksum is the SHA-256 of the stored bytes, computed here.
  const archive = item.files[1];
  const { blob } = await readVault(panel, archive.blobId);
  const bytes = Buffer.from(blob!, 'base64');
  expect(bytes.length).toBe(archive.size);
  expect(bytes.toString('latin1')).toContain('XF-2026-0042');
  expect(bytes.toString('latin1')).toMatch(/^From: <Saved by Blink>|MIME-Version: 1\.0/m);
  expect(archive.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));

  // Link it to the step it proves; offer the number for the account.
  await panel.getByText('Link this proof').click();
  await panel.getByLabel('Step it proves (optional)').selectOption({ label: 'Get a confirmation or reference number' });
  await panel.getByRole('button', { name: 'Save confirmation number XF-2026-0042 to the account' }).click();
  await expect(panel.getByRole('list', { name: 'Numbers on this page' }).getByText('Saved to the account')).toBeVisible();
  vault = await readVault(panel);
  const task = vault.tasks.find((t) => t.stepKey === 'confirmation');
  expect(vault.evidence[0].taskId).toBe(task.id);
  // Kept on the confirmation step's note (the shared lib/db/references rule), which ticks it.
  expect(task.note).toContain('Confirmation number: XF-2026-0042');
  await panel.screenshot({ path: 'test-results/screens/vault-capture.png', fullPage: true });

  // The vault lists it with its links, and the integrity check agrees with the stored checksums.
  await panel.getByRole('button', { name: 'Proof', exact: true }).click();
  const card = panel.getByRole('article', { name: 'Request received - Xfinity' });
  await expect(card).toContainText('Saved page');
  await expect(card).toContainText('Linked to Xfinity, step “Get a confirmation or reference number”');
  await expect(card).toContainText('XF-2026-0042');
  await panel.getByRole('button', { name: 'Check that nothing has changed' }).click();
  await expect(panel.getByText('All 3 files are exactly as they were saved.')).toBeVisible();
  await panel.screenshot({ path: 'test-results/screens/vault-list.png', fullPage: true });
});

test('uploads a PDF and a PNG, previews them, refuses a program renamed .pdf, deletes with undo', async ({ ext }) => {
  const { context, extensionId } = ext;
  const panel = await openPanel(context, extensionId);
  await startCase(panel);
  await panel.getByRole('button', { name: 'Proof', exact: true }).click();

  await panel.getByLabel('Files to keep').setInputFiles(['tests/fixtures/death-certificate.pdf', 'tests/fixtures/returned-modem.png']);
  const messages = panel.getByRole('list', { name: 'What happened to your files' });
  await expect(messages).toContainText('Kept “death-certificate.pdf”.');
  await expect(messages).toContainText('Kept “returned-modem.png”.');

  const pdfCard = panel.getByRole('article', { name: 'death-certificate.pdf' });
  const pngCard = panel.getByRole('article', { name: 'returned-modem.png' });
  await expect(pdfCard).toContainText('Death certificate');
  await expect(pdfCard).toContainText('Sensitive');
  await expect(pngCard).toContainText('158 bytes');

  await pngCard.getByRole('button', { name: 'Preview and open' }).click();
  const img = pngCard.getByRole('img', { name: 'Preview of returned-modem.png' });
  await expect(img).toBeVisible();
  expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(64);

  await pdfCard.getByRole('button', { name: 'Preview and open' }).click();
  const pdfViewer = await panel.evaluate(() => navigator.pdfViewerEnabled);
  if (pdfViewer) {
    const frame = pdfCard.locator('iframe[title="Preview of death-certificate.pdf"]');
    await expect(frame).toBeVisible();
    expect(await frame.getAttribute('src')).toMatch(/^blob:chrome-extension:/);
  } else {
    await expect(pdfCard).toContainText('cannot show PDFs inside the panel');
  }
  await expect(pdfCard.getByRole('link', { name: 'Open death-certificate.pdf' })).toHaveAttribute('href', /^blob:/);
  await panel.screenshot({ path: 'test-results/screens/vault-uploads.png', fullPage: true });

  // An ELF program named like a PDF is refused, and nothing is added.
  await panel
    .getByLabel('Files to keep')
    .setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: readFileSync('tests/fixtures/program.pdf') });
  await expect(messages).toContainText('“certificate.pdf” is a program (ELF), not a document. It was not kept.');
  // A Windows program too; and an empty file.
  const pe = Buffer.alloc(512);
  pe.write('MZ', 0, 'latin1');
  pe.writeUInt32LE(0x80, 0x3c);
  pe.write('PE\0\0', 0x80, 'latin1');
  await panel.getByLabel('Files to keep').setInputFiles([
    { name: 'statement.pdf', mimeType: 'application/pdf', buffer: pe },
    { name: 'empty.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
  ]);
  await expect(messages).toContainText('“statement.pdf” is a program (EXE)');
  await expect(messages).toContainText('“empty.pdf” is empty');
  await expect(panel.getByRole('article')).toHaveCount(2);
  expect((await readVault(panel)).evidence).toHaveLength(2);

  // Delete asks, then can be undone.
  await pngCard.getByText('Rename, link or delete').click();
  await pngCard.getByRole('button', { name: 'Delete…' }).click();
  await pngCard.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(panel.getByRole('article')).toHaveCount(1);
  await panel.getByRole('status').filter({ hasText: 'Deleted “returned-modem.png”.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByRole('article')).toHaveCount(2);
  // Chromium's PDF viewer reloads when its card moves in the list and takes the focus (and the
  // scroll position) as it does: a click by coordinates may then land on it, so fire the button's own click.
  const check = panel.getByRole('button', { name: 'Check that nothing has changed' });
  await expect(check).toBeEnabled();
  await check.dispatchEvent('click');
  await expect(panel.getByText('All 2 files are exactly as they were saved.')).toBeVisible();
});

test('a page title with a script payload is kept and shown as text, and runs nothing', async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const payload = `<img src=x onerror="window.__pwned=1;document.body.dataset.pwned=1">`;
  const html = `<!doctype html><html><head><title>${payload}</title></head><body><p>Ticket 4411902</p></body></html>`;
  const url = 'https://www.xfinity.com/support/chat-transcript';
  const { panel } = await providerTabWithPanel(context, worker, extensionId, url, html, 'https://www.xfinity.com/**');
  await startCase(panel);
  await panel.getByRole('button', { name: 'Save this page as proof' }).click();
  const status = panel.getByRole('region', { name: 'Proof of this page' }).getByRole('status');
  await expect(status).toContainText(`“${payload}”`);
  await panel.getByRole('button', { name: 'Proof', exact: true }).click();
  await expect(panel.getByRole('article', { name: payload })).toContainText(payload);
  await expect(panel.locator('img[src="x"]')).toHaveCount(0);
  expect(await panel.evaluate(() => (window as any).__pwned ?? document.body.dataset.pwned)).toBeUndefined();
  expect((await readVault(panel)).evidence[0].title).toBe(payload);
  await panel.screenshot({ path: 'test-results/screens/vault-payload.png', fullPage: true });
});

test('a page of another site is not read: no button, and the background refuses it with the way to save it anyway', async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  await routePage(context, 'https://en.wikipedia.org/**', '<title>Comcast - Wikipedia</title><p>Order #123456</p>');
  const before = await worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
  const site = await context.newPage();
  await site.goto('https://en.wikipedia.org/wiki/Comcast');
  // Without a host permission the extension cannot see this tab's address: find it as the new tab.
  const tabId = await worker.evaluate(async (b) => (await chrome.tabs.query({})).find((t) => !b.includes(t.id))?.id, before);
  const panel = await openPanel(context, extensionId, tabId);
  await startCase(panel);
  await expect(panel.getByRole('heading', { name: 'All accounts' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Save this page as proof' })).toHaveCount(0);
  const reply = await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'capture-tab', tabId: id, allowAnyPage: true }), tabId);
  // The way to save it anyway, with the shortcut named as the browser has it.
  expect(reply).toMatchObject({
    ok: false,
    reason: expect.stringMatching(/press Alt\+Shift\+S on the page, or right-click the page and choose “Save this page as proof”/),
  });
  expect((await readVault(panel)).evidence).toHaveLength(0);
  // The user's way to ask: the keyboard shortcut (and the right-click menu) grant activeTab for that tab.
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  expect(commands.find((c) => c.name === 'save-proof')).toMatchObject({ description: 'Save this page as proof', shortcut: 'Alt+Shift+S' });
});

test('with the lock on, a page saved as proof is sealed by the background with its checksums (hashed there: no worker in a service worker)', async ({
  ext,
}) => {
  const { context, worker, extensionId } = ext;
  const { panel, tabId } = await providerTabWithPanel(
    context,
    worker,
    extensionId,
    CONFIRM_URL,
    confirmationPage,
    'https://www.xfinity.com/**',
  );
  await startCase(panel);
  await panel.getByRole('button', { name: 'Add Xfinity to this estate' }).click();
  await turnOnLockIn(panel, 'blue heron morning tide');

  const here = await openPanel(context, extensionId, tabId);
  await here.getByRole('button', { name: 'Save this page as proof' }).click();
  await expect(here.getByRole('region', { name: 'Proof of this page' }).getByRole('status')).toContainText('Saved as proof');
  const rows = await fileRowForms(here);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.filter((r) => !r.sealed || !r.sums)).toEqual([]);
});
