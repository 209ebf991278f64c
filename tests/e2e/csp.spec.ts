/**
 * The content security policy of the extension's pages (wxt.config.ts): exactly the
 * intended policy is in the manifest, it is enforced, and the panel, used in every
 * view (a provider page saved as proof, an account, uploads with their previews, the
 * integrity check, reminders, export (plain and protected) and import, the lock turned on, locked and
 * unlocked), never breaks it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, extensionDir, openPanel, openProviderTab, startCase, test } from './fixtures';

const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; img-src 'self' blob: data:; frame-src blob:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

const work = mkdtempSync(path.join(tmpdir(), 'csp-e2e-'));
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the manifest sets exactly the intended policy for the extension pages', () => {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  expect(manifest.content_security_policy).toEqual({ extension_pages: POLICY });
});

test('the panel, used in every view, logs no Content Security Policy error, and the policy is enforced', async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const url = 'https://www.xfinity.com/support/request-received';
  const html = `<!doctype html><html><head><title>Request received</title></head><body><h1>We have received your request</h1>
    <p>Your confirmation number is CNF-4821-XYZ. Keep it for your records.</p></body></html>`;
  const { tabId } = await openProviderTab(context, worker, url, html);

  const panel = await openPanel(context, extensionId, tabId);
  // Every console error about the policy, from the panel and any frame in it, and every violation event.
  const cspErrors: string[] = [];
  panel.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  const violations = () => panel.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
  await panel.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await panel.reload();

  // The policy is in force, and these listeners hear a breach: a picture from another site is refused.
  await panel.evaluate(() => {
    const probe = new Image();
    probe.id = 'probe';
    probe.src = 'https://tracker.example/pixel.png';
    document.body.append(probe);
  });
  const probe = ['img-src https://tracker.example/pixel.png'];
  await expect.poll(violations).toEqual(probe);
  await expect.poll(() => cspErrors.length).toBe(1);
  await panel.evaluate(() => document.getElementById('probe')?.remove());

  // Checklist: a provider page, its number, saved as proof; an account opened.
  await startCase(panel, { role: 'child' });
  await panel.getByRole('button', { name: 'Add Xfinity to this estate' }).click();
  await expect(panel.getByRole('list', { name: 'Numbers on this page' })).toContainText('CNF-4821-XYZ');
  await panel.getByRole('button', { name: 'Save this page as proof' }).click();
  await expect(panel.getByRole('region', { name: 'Proof of this page' }).getByRole('status')).toContainText('Saved as proof');
  // The account just added is open, with its checklist.
  await panel.getByRole('button', { name: 'See all accounts' }).click();
  await expect(panel.getByRole('list', { name: 'Checklist' }).getByText('Tell Xfinity about the death')).toBeVisible();
  await panel.getByRole('button', { name: '← All accounts' }).click();
  await expect(panel.getByRole('list', { name: 'Accounts' }).getByRole('listitem')).toHaveCount(1);

  // Proof: uploads, the integrity check, previews (a picture and a PDF, both blob: URLs), a file in its own tab, an item's editor.
  await panel.getByRole('button', { name: 'Proof', exact: true }).click();
  await panel.getByLabel('Files to keep').setInputFiles(['tests/fixtures/death-certificate.pdf', 'tests/fixtures/returned-modem.png']);
  const messages = panel.getByRole('list', { name: 'What happened to your files' });
  await expect(messages).toContainText('Kept “returned-modem.png”.');
  await panel.getByRole('button', { name: 'Check that nothing has changed' }).click();
  await expect(panel.getByText(/are exactly as they were saved/)).toBeVisible();
  const pngCard = panel.getByRole('article', { name: 'returned-modem.png' });
  await pngCard.getByRole('button', { name: 'Preview and open' }).click();
  const img = pngCard.getByRole('img', { name: 'Preview of returned-modem.png' });
  await expect(img).toBeVisible();
  expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(64);
  const pdfCard = panel.getByRole('article', { name: 'death-certificate.pdf' });
  await pdfCard.getByRole('button', { name: 'Preview and open' }).click();
  if (await panel.evaluate(() => navigator.pdfViewerEnabled)) {
    const frame = pdfCard.locator('iframe[title="Preview of death-certificate.pdf"]');
    await expect(frame).toBeVisible();
    // The PDF viewer loaded in the frame (a blocked frame stays an empty error page).
    await expect.poll(() => frame.evaluate((f: HTMLIFrameElement) => f.contentWindow !== null)).toBe(true);
  }
  // A stored file opened in its own tab (the tab's page inherits the policy).
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    pngCard.getByRole('link', { name: 'Open returned-modem.png' }).click(),
  ]);
  await opened.waitForLoadState();
  await opened.close();
  await pngCard.getByText('Rename, link or delete').click();
  await expect(pngCard.getByLabel('Account', { exact: true })).toBeVisible();

  // Reminders.
  await panel.getByRole('button', { name: 'Reminders' }).click();
  await expect(panel.getByRole('heading', { name: 'Needs attention' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Reminder settings' })).toBeVisible();

  // Export (the CRC-32 is WebAssembly; the checksums come from a worker), then import it back.
  await panel.getByRole('button', { name: 'Copies' }).click();
  await panel.getByLabel('Include documents marked sensitive').check();
  const [bundle] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: 'Save a copy anyone can check' }).click(),
  ]);
  const file = path.join(work, 'bundle.zip');
  await bundle.saveAs(file);
  await expect(panel.getByRole('form', { name: 'Print or keep a copy' }).getByRole('status')).toContainText('Saved as');
  await panel.getByLabel('The copy to import (.zip file)').setInputFiles(file);
  const preview = panel.getByRole('region', { name: 'What the copy holds' });
  await expect(preview).toContainText('already on this computer');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(panel.getByRole('region', { name: 'Import a copy' }).getByRole('status')).toContainText('nothing changed');

  // A bundle protected with a passphrase for family (AES-256 ZIP).
  const form = panel.getByRole('form', { name: 'Print or keep a copy' });
  await form.getByLabel('Protect with a passphrase (for family)').check();
  await form.getByLabel('Passphrase', { exact: true }).fill('family passphrase 2026');
  await form.getByLabel('Type the passphrase again').fill('family passphrase 2026');
  const [protectedBundle] = await Promise.all([
    panel.waitForEvent('download'),
    form.getByRole('button', { name: 'Save a copy anyone can check' }).click(),
  ]);
  expect(await protectedBundle.failure()).toBeNull();
  await expect(form.getByRole('status')).toContainText('protected with your passphrase');

  // Lock: turned on (the records sealed with WebCrypto), locked, unlocked on the unlock screen.
  const pass = 'blue heron morning tide';
  await panel.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Lock', exact: true }).click();
  await panel.getByLabel('New passphrase').fill(pass);
  await panel.getByLabel('The same passphrase again').fill(pass);
  await panel.getByRole('checkbox', { name: 'I understand that a forgotten passphrase cannot be recovered' }).check();
  await panel.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(panel.getByRole('heading', { name: 'Your records are locked with a passphrase' })).toBeVisible({ timeout: 60_000 });
  await panel.getByRole('button', { name: 'Lock now' }).click();
  await expect(panel.getByRole('heading', { name: 'Your records are locked' })).toBeVisible();
  await panel.getByLabel('Passphrase').fill(pass);
  await panel.getByRole('button', { name: 'Unlock' }).click();

  await panel.getByRole('button', { name: 'Checklist' }).click();
  await expect(panel.getByRole('region', { name: 'The estate' })).toBeVisible({ timeout: 30_000 });
  await panel.waitForTimeout(500);
  // Nothing but the probe, from the first script the panel ran to the last view.
  expect(cspErrors).toHaveLength(1);
  expect(cspErrors[0]).toContain('tracker.example');
  expect(await violations()).toEqual(probe);
});
