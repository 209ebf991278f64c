/**
 * Issue 15 in Chromium with the built extension, at 360 px, in the New York time zone:
 * the 22-call story carried to an FCC complaint packet (representatives and reference
 * numbers in it, the sensitive death certificate left out, a blacked-out copy made), a
 * letter printed and recorded as sent, and the report in the proof bundle with local,
 * named times, printed to PDF.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { rootOf, unzip } from '../fixtures/bags';
import { mhtmlHead } from '../fixtures/bundle-seed';
import { pdfTexts, plainTextPdf } from '../fixtures/secretPdf';
import {
  story2Account,
  story2Case,
  story2Contacts,
  story2Devices,
  story2Documents,
  story2Evidence,
  story2Promises,
} from '../fixtures/story2';
import { expect, launchWithExtension, openPanel, openProviderTab, providerHtml, putRows, readRows, test } from './fixtures';

const screens = path.resolve('test-results/screens');
mkdirSync(screens, { recursive: true });

let work: string;
let ext: { context: BrowserContext; worker: Worker; extensionId: string };

test.beforeEach(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'estate-complaints-'));
  ext = await launchWithExtension(path.join(work, 'profile'), { timezoneId: 'America/New_York' });
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
test.afterEach(async () => {
  await ext.context.close();
  rmSync(work, { recursive: true, force: true });
});

/** The story-2 case in the database; the death certificate a real picture (made in the page) with an SSN on it. */
async function seedStory(panel: Page): Promise<void> {
  await expect(panel.getByRole('heading', { name: "Let's start with the person who died" })).toBeVisible();
  const certificate = await panel.evaluate(async () => {
    const canvas = new OffscreenCanvas(480, 320);
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#fffdf4';
    g.fillRect(0, 0, 480, 320);
    g.fillStyle = '#1f2a30';
    g.font = '22px serif';
    g.fillText('CERTIFICATE OF DEATH', 110, 50);
    g.font = '18px serif';
    g.fillText('Name: Robert Miller', 40, 120);
    g.fillText('SSN: 123-45-6789', 40, 170);
    g.fillText('Date of birth: May 4, 1950', 40, 220);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const hex = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((x) => x.toString(16).padStart(2, '0')).join('');
    return { bytes: [...bytes], hex, size: bytes.length };
  });
  // The saved page's two files, real bytes with their real checksums.
  const others = new Map<string, Uint8Array>([
    ['blob-2', new TextEncoder().encode(`${mhtmlHead}<html><body>Credit balance: $120.00</body></html>\r\n`)],
    ['blob-3', new Uint8Array(readFileSync(path.resolve('tests/fixtures/returned-modem.png')))],
  ]);
  const described = (f: (typeof story2Evidence)[number]['files'][number]) => {
    if (f.blobId === 'blob-1') return { ...f, size: certificate.size, sha256: certificate.hex };
    const bytes = others.get(f.blobId)!;
    return { ...f, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  };
  const evidence = story2Evidence.map((e) => ({ ...e, files: e.files.map(described) }));
  await putRows(panel, 'cases', [story2Case]);
  await putRows(panel, 'accounts', [story2Account]);
  await putRows(panel, 'contacts', story2Contacts);
  await putRows(panel, 'promises', story2Promises);
  await putRows(panel, 'documentsSent', story2Documents);
  await putRows(panel, 'devices', story2Devices);
  await putRows(panel, 'evidence', evidence);
  await panel.evaluate(
    async ({ cert, others }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('estate');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const tx = db.transaction(['blobs', 'settings'], 'readwrite');
      tx.objectStore('blobs').put({ id: 'blob-1', data: new Blob([new Uint8Array(cert)], { type: 'image/png' }) });
      for (const [id, bytes] of others) tx.objectStore('blobs').put({ id, data: new Blob([new Uint8Array(bytes)]) });
      tx.objectStore('settings').put({ key: 'activeCaseId', value: 'case-story2' });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { cert: certificate.bytes, others: [...others].map(([id, bytes]) => [id, [...bytes]] as const) },
  );
}

/** The panel about an Xfinity tab, with the story seeded, at 360 px. */
async function storyPanel(): Promise<Page> {
  const url = 'https://customer.xfinity.com/#/devices';
  const { tabId } = await openProviderTab(ext.context, ext.worker, url, providerHtml('My Account'), 'https://customer.xfinity.com/**');
  const panel = await openPanel(ext.context, ext.extensionId, tabId);
  await seedStory(panel);
  await panel.setViewportSize({ width: 360, height: 640 });
  await panel.reload();
  await expect(panel.getByRole('article', { name: 'Xfinity account' })).toBeVisible();
  return panel;
}

test('the FCC packet shows the representatives and reference numbers, leaves out the sensitive certificate, and makes a blacked-out copy', async () => {
  const panel = await storyPanel();
  await panel.getByRole('button', { name: 'Prepare a complaint' }).click();
  const heading = panel.getByRole('heading', { name: 'Prepare a complaint about Xfinity' });
  await expect(heading).toBeFocused();
  await expect(panel.getByRole('radio', { name: /FCC informal complaint/ })).toBeChecked();

  const field = (name: string) => panel.getByRole('textbox', { name, exact: true });
  const description = field('Description: what happened');
  await expect(description).toHaveValue(/representative Kevin, reference number CR-1001/);
  await expect(description).toHaveValue(/representative Dana \(escalation manager\), reference number ESC-2207/);
  await expect(description).toHaveValue(/cannot see notes/);
  await expect(description).toHaveValue(/Jan 18, 2026, 2:05\sPM EST: phone call/);
  await expect(description).toHaveValue(/The representative promised to close the account by January 25, 2026 \(NOT kept\)\./);
  await expect(description).not.toHaveValue(/death_certificate|UTC/);
  await expect(field('Company you are complaining about')).toHaveValue('Xfinity');
  await expect(field('Account number (inside the description)')).toHaveValue('ending 9012');

  // Left out, with the reason; the attachments do not list it.
  const leftOut = panel.getByRole('note').filter({ hasText: 'Left out of this complaint' });
  await expect(leftOut).toContainText(
    'Death certificate: You marked it sensitive, and the FCC informal complaint asks for no sensitive personal details, so it stays out.',
  );
  await expect(panel.locator('.attachments')).not.toContainText('certificate.png');
  await expect(panel.locator('.attachments')).toContainText('Xfinity account page showing the credit');
  await panel.screenshot({ path: path.join(screens, 'complaint-fcc-top-360.png') });
  await leftOut.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: path.join(screens, 'complaint-fcc-left-out-360.png') });

  // A copy button copies that one field.
  await panel.getByRole('button', { name: 'Copy: Company you are complaining about' }).click();
  await expect(panel.getByText('Copied. Paste it into the form.')).toBeVisible();
  expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe('Xfinity');

  // What the user asks for is kept with the account.
  const ask = field('What do you want them to do?');
  await ask.fill('Close the account as of January 31, 2026 and refund the $120 credit to the estate.');
  await panel.getByRole('button', { name: 'Save what I am asking for' }).click();
  await expect(panel.getByText('Saved with the account. It also goes in the report.')).toBeVisible();
  await expect
    .poll(async () => (await readRows<{ resolutionSought?: string }>(panel, 'accounts'))[0]?.resolutionSought)
    .toBe('Close the account as of January 31, 2026 and refund the $120 credit to the estate.');

  // A blacked-out copy of the certificate: drawn over, saved as a new picture, attached; the original stays out.
  await leftOut.getByRole('button', { name: 'Make a copy with parts blacked out' }).click();
  await expect(panel.getByRole('heading', { name: 'Black out private parts of “Death certificate”' })).toBeFocused();
  const canvas = panel.locator('canvas.redact-canvas');
  await expect(canvas).toBeVisible();
  const box = (await canvas.boundingBox())!;
  // The SSN and date-of-birth lines are at 170 and 220 of 320 px.
  for (const [top, bottom] of [
    [150, 180],
    [200, 230],
  ] as const) {
    await panel.mouse.move(box.x + box.width * 0.05, box.y + (box.height * top) / 320);
    await panel.mouse.down();
    await panel.mouse.move(box.x + box.width * 0.95, box.y + (box.height * bottom) / 320, { steps: 4 });
    await panel.mouse.up();
  }
  await expect(panel.getByText('2 parts blacked out.')).toBeVisible();
  await panel.screenshot({ path: path.join(screens, 'complaint-redact-360.png') });
  await panel.getByRole('button', { name: 'Save the blacked-out copy' }).click();
  await expect(heading).toBeVisible();
  await expect(panel.locator('.attachments')).toContainText('Death certificate (redacted copy)');
  const evidence = await readRows<{ id: string; title: string; sensitive: boolean; files: { blobId: string; sha256: string }[] }>(
    panel,
    'evidence',
  );
  const copy = evidence.find((e) => e.title === 'Death certificate (redacted copy)')!;
  expect(copy.sensitive).toBe(false);
  expect(copy.files[0]!.sha256).not.toBe(evidence.find((e) => e.id === 'ev-cert')!.files[0]!.sha256);
  // The pixels under the boxes are black in the copy.
  const dark = await panel.evaluate(async (blobId) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open('estate');
      r.onsuccess = () => resolve(r.result);
    });
    const row = await new Promise<{ data: Blob }>((resolve) => {
      const r = db.transaction('blobs').objectStore('blobs').get(blobId);
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    const bitmap = await createImageBitmap(row.data);
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = c.getContext('2d')!;
    g.drawImage(bitmap, 0, 0);
    const under = g.getImageData(100, 165, 1, 1).data;
    const outside = g.getImageData(100, 60, 1, 1).data;
    return { under: [...under.slice(0, 3)], outside: [...outside.slice(0, 3)] };
  }, copy.files[0]!.blobId);
  expect(dark.under).toEqual([0, 0, 0]);
  expect(dark.outside).not.toEqual([0, 0, 0]);

  // Printed: the static page in a tab of its own, printed to PDF and looked at.
  const [printout] = await Promise.all([
    ext.context.waitForEvent('page'),
    panel.getByRole('button', { name: 'Print the complaint' }).click(),
  ]);
  await expect(printout.getByRole('heading', { name: 'FCC informal complaint' })).toBeVisible();
  await expect(printout.locator('#printout')).toContainText('reference number ESC-2207');
  await expect(printout.locator('#printout')).toContainText('Death certificate (redacted copy)');
  await printout.pdf({ path: path.join(screens, 'complaint-fcc.pdf'), format: 'Letter' });
  pdfToPng(path.join(screens, 'complaint-fcc.pdf'), path.join(screens, 'complaint-fcc-pdf'));
});

test('a sensitive PDF is blacked out page by page into a new PDF without its words; the copy of the estate carries the copy, not the original', async () => {
  const panel = await storyPanel();
  // A two-page certificate printed to PDF, its words as text in its bytes (uncompressed: a search for them can fail).
  const secret = 'SECRETWORD-4711';
  const original = Buffer.from(
    plainTextPdf([
      ['CERTIFICATE OF DEATH', 'Name: Robert Miller'],
      ['Cause of death:', `${secret} 123-45-6789`, 'Informant: Linda Miller'],
    ]),
  );
  expect(pdfTexts(original).join('')).toContain(secret);

  // Uploaded as the account's death certificate, sensitive (the form's own choice for certificates).
  await panel.getByRole('button', { name: 'Proof', exact: true }).click();
  const upload = panel.getByRole('form', { name: 'Add documents' });
  await upload.getByLabel('Account it belongs to').selectOption({ index: 1 });
  await expect(upload.getByLabel(/^Sensitive/)).toBeChecked();
  await upload.getByLabel('Files to keep').setInputFiles({ name: 'certificate-scan.pdf', mimeType: 'application/pdf', buffer: original });
  await expect(panel.getByRole('list', { name: 'What happened to your files' })).toContainText('Kept “certificate-scan.pdf”.');
  await expect(panel.getByRole('article', { name: 'certificate-scan.pdf' })).toContainText('Sensitive');

  // Left out of the FCC packet, with a way to black it out.
  await panel.getByRole('button', { name: 'Checklist', exact: true }).click();
  await panel.getByRole('button', { name: 'Prepare a complaint' }).click();
  const heading = panel.getByRole('heading', { name: 'Prepare a complaint about Xfinity' });
  await expect(heading).toBeFocused();
  const leftOut = panel.getByRole('note').filter({ hasText: 'Left out of this complaint' });
  const item = leftOut.getByRole('listitem').filter({ hasText: 'certificate-scan.pdf' });
  await expect(item).toContainText('You marked it sensitive');
  await item.getByRole('button', { name: 'Make a copy with parts blacked out' }).click();

  // The PDF's pages, drawn in the panel; a box over the cause of death on page 2.
  await expect(panel.getByRole('heading', { name: 'Black out private parts of “certificate-scan.pdf”' })).toBeFocused();
  const pageChoice = panel.getByRole('combobox', { name: 'Page', exact: true });
  await expect(pageChoice).toHaveValue('0');
  await expect(pageChoice.locator('option')).toHaveText(['1 of 2', '2 of 2']);
  const canvas = panel.locator('canvas.redact-canvas');
  await expect(canvas).toBeVisible();
  await panel.getByRole('button', { name: 'Next page' }).click();
  await expect(pageChoice).toHaveValue('1');
  // Page 2 shows once drawn ("Showing the page…" meanwhile): wait for it.
  await expect(panel.getByText('Showing the page…')).toHaveCount(0);
  await expect
    .poll(async () => (await canvas.boundingBox()) !== null && (await canvas.evaluate((c: HTMLCanvasElement) => c.width)) > 0)
    .toBe(true);
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  // The second line of page 2 sits 152 pt from the top of a 792 pt page (20 pt type).
  await panel.mouse.move(box.x + box.width * 0.05, box.y + box.height * (125 / 792));
  await panel.mouse.down();
  await panel.mouse.move(box.x + box.width * 0.95, box.y + box.height * (165 / 792), { steps: 4 });
  await panel.mouse.up();
  await expect(panel.getByText('1 part blacked out (1 on this page).')).toBeVisible();
  await canvas.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: path.join(screens, 'complaint-redact-pdf-360.png') });
  await panel.getByRole('button', { name: 'Previous page' }).click();
  await expect(panel.getByText('1 part blacked out (0 on this page).')).toBeVisible();
  await panel.getByRole('button', { name: 'Save the blacked-out copy' }).click();

  // Back in the packet: the copy is attached, the original left out because the copy goes instead.
  await expect(heading).toBeVisible();
  await expect(panel.locator('.attachments')).toContainText('certificate-scan.pdf (redacted copy)');
  await expect(item).toContainText('the copy goes instead');
  const rows = await readRows<{
    id: string;
    title: string;
    sensitive: boolean;
    redaction?: { of?: string };
    files: { blobId: string; mime: string; name: string }[];
  }>(panel, 'evidence');
  const source = rows.find((e) => e.title === 'certificate-scan.pdf')!;
  const copy = rows.find((e) => e.title === 'certificate-scan.pdf (redacted copy)')!;
  expect(copy).toMatchObject({ sensitive: false, redaction: { of: source.id } });
  expect(copy.files).toEqual([expect.objectContaining({ mime: 'application/pdf', name: 'certificate-scan-blacked-out.pdf' })]);
  const blobBytes = (blobId: string) =>
    panel.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const r = indexedDB.open('estate');
        r.onsuccess = () => resolve(r.result);
      });
      const row = await new Promise<{ data: Blob }>((resolve) => {
        const r = db.transaction('blobs').objectStore('blobs').get(id);
        r.onsuccess = () => resolve(r.result);
      });
      db.close();
      return [...new Uint8Array(await row.data.arrayBuffer())];
    }, blobId);
  const copyBytes = new Uint8Array(await blobBytes(copy.files[0]!.blobId));
  expect(pdfTexts(new Uint8Array(await blobBytes(source.files[0]!.blobId))).join('')).toContain(secret);
  // Not a word of the original anywhere in the copy's bytes, nor inside its streams once inflated: every page is a picture.
  for (const text of pdfTexts(copyBytes))
    for (const word of [secret, '123-45-6789', 'Robert Miller', 'Helvetica']) expect(text).not.toContain(word);
  const copyPdf = await PDFDocument.load(copyBytes, { updateMetadata: false });
  expect(copyPdf.getPageCount()).toBe(2);
  expect(copyPdf.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
  const copyFile = path.join(screens, 'complaint-redacted-copy.pdf');
  writeFileSync(copyFile, copyBytes);
  pdfToPng(copyFile, path.join(screens, 'complaint-redacted-copy'));

  // The copy of the estate, sensitive documents included: the blacked-out copy goes, the original stays home.
  await panel.getByRole('button', { name: 'Back to the account' }).click();
  await panel.getByRole('button', { name: 'Copies', exact: true }).click();
  const form = panel.getByRole('form', { name: 'Print or keep a copy' });
  await form.getByLabel('Include documents marked sensitive').check();
  const originals = form.getByLabel('Also include the originals of documents you blacked out');
  await expect(originals).not.toBeChecked();
  await expect(form).toContainText('An original shows everything you blacked out on its copy');
  await originals.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: path.join(screens, 'copies-originals-360.png') });
  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    form.getByRole('button', { name: 'Save a copy anyone can check' }).click(),
  ]);
  const zip = path.join(work, 'estate.zip');
  await download.saveAs(zip);
  const files = unzip(new Uint8Array(readFileSync(zip)));
  const root = rootOf(files);
  const names = Object.keys(files);
  expect(names.some((n) => n.endsWith('certificate-scan-pdf-redacted-copy.pdf'))).toBe(true);
  expect(names.filter((n) => /certificate-scan/.test(n))).toHaveLength(1);
  for (const [name, bytes] of Object.entries(files)) for (const text of pdfTexts(bytes)) expect(text, name).not.toContain(secret);
  const bundle = JSON.parse(new TextDecoder().decode(files[`${root}data/case.json`])) as {
    evidence: Array<{ id: string; redaction?: object }>;
  };
  expect(bundle.evidence.map((e) => e.id)).not.toContain(source.id);
  expect(bundle.evidence.find((e) => e.id === copy.id)!.redaction).toEqual({});
  const fcc = new TextDecoder().decode(files[`${root}data/complaints/xfinity-9012/fcc.html`]);
  expect(fcc).toContain('certificate-scan.pdf (redacted copy)');
});

test('a PDF locked with a password, or damaged, cannot be blacked out: the screen says why and nothing is stored', async () => {
  const panel = await storyPanel();
  await panel.getByRole('button', { name: 'Proof', exact: true }).click();
  const upload = panel.getByRole('form', { name: 'Add documents' });
  await upload.getByLabel('Account it belongs to').selectOption({ index: 1 });
  await upload.getByLabel('Files to keep').setInputFiles([
    {
      name: 'locked-certificate.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(plainTextPdf([['SSN 123-45-6789']], { locked: true })),
    },
    {
      name: 'damaged-certificate.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% this file was cut short\n1 0 obj <<'),
    },
  ]);
  const messages = panel.getByRole('list', { name: 'What happened to your files' });
  await expect(messages).toContainText('Kept “locked-certificate.pdf”.');
  await expect(messages).toContainText('Kept “damaged-certificate.pdf”.');
  const stored = (await readRows(panel, 'evidence')).length;
  const blobs = (await readRows(panel, 'blobs')).length;

  await panel.getByRole('button', { name: 'Checklist', exact: true }).click();
  await panel.getByRole('button', { name: 'Prepare a complaint' }).click();
  const leftOut = panel.getByRole('note').filter({ hasText: 'Left out of this complaint' });
  for (const [name, message] of [
    ['locked-certificate.pdf', 'This PDF is locked with a password, so it cannot be opened here.'],
    ['damaged-certificate.pdf', 'This PDF could not be read; the file may be damaged.'],
  ] as const) {
    await leftOut
      .getByRole('listitem')
      .filter({ hasText: name })
      .getByRole('button', { name: 'Make a copy with parts blacked out' })
      .click();
    await expect(panel.getByRole('heading', { name: `Black out private parts of “${name}”` })).toBeFocused();
    await expect(panel.getByRole('alert')).toContainText(message);
    await expect(panel.getByRole('alert')).toContainText('Nothing was saved.');
    await expect(panel.locator('canvas.redact-canvas')).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Save the blacked-out copy' })).toHaveCount(0);
    await expect(panel.getByText('Drag over each part to hide')).toHaveCount(0);
    if (name === 'locked-certificate.pdf') await panel.screenshot({ path: path.join(screens, 'complaint-redact-locked-360.png') });
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await expect(panel.getByRole('heading', { name: 'Prepare a complaint about Xfinity' })).toBeVisible();
  }
  expect((await readRows(panel, 'evidence')).length).toBe(stored);
  expect((await readRows(panel, 'blobs')).length).toBe(blobs);
});

test('the escalation ladder, offered after the broken promises, opens the FCC packet from its FCC step', async () => {
  const panel = await storyPanel();
  const ladder = panel.getByRole('region', { name: 'What usually works next' });
  await expect(ladder).toBeVisible();
  const fccRung = ladder.locator('[data-rung="fcc"]');
  const more = fccRung.getByRole('button', { name: 'Show what it takes' });
  if (await more.isVisible()) await more.click();
  await fccRung.getByRole('button', { name: 'Prepare the complaint' }).click();
  await expect(panel.getByRole('heading', { name: 'Prepare a complaint about Xfinity' })).toBeFocused();
  await expect(panel.getByRole('radio', { name: /FCC informal complaint/ })).toBeChecked();
  await expect(panel.getByRole('textbox', { name: 'Description: what happened', exact: true })).toHaveValue(/reference number CR-1410/);
  await panel.getByRole('button', { name: 'Back to the account' }).click();
  await expect(panel.getByRole('article', { name: 'Xfinity account' })).toBeVisible();
});

test('a letter is written, printed and recorded as a document sent', async () => {
  const panel = await storyPanel();
  await panel.getByRole('button', { name: 'Write a letter' }).click();
  await expect(panel.getByRole('heading', { name: 'Write a letter to Xfinity' })).toBeFocused();
  await expect(panel.getByRole('radio', { name: /Notice of death: close or transfer the account/ })).toBeChecked();
  const text = panel.getByLabel('The letter (you can change anything)');
  await expect(text).toHaveValue(/I am Linda Miller, the surviving spouse of Robert Miller, who died on January 10, 2026\./);
  await expect(text).toHaveValue(/Please close the account as of January 31, 2026/);
  await expect(panel.getByRole('note')).toContainText('Still to fill in: [Bereavement or customer service department]');
  await text.fill((await text.inputValue()).replace('[Bereavement or customer service department]', 'Estate Services, PO Box 1000'));
  await expect(panel.getByRole('note')).toHaveCount(0);
  await panel.screenshot({ path: path.join(screens, 'letter-editor-360.png') });

  const [printout] = await Promise.all([ext.context.waitForEvent('page'), panel.getByRole('button', { name: 'Print the letter' }).click()]);
  await expect(printout.locator('#printout')).toContainText('Xfinity, Estate Services, PO Box 1000');
  await printout.pdf({ path: path.join(screens, 'letter.pdf'), format: 'Letter' });
  pdfToPng(path.join(screens, 'letter.pdf'), path.join(screens, 'letter-pdf'));

  await panel.bringToFront();
  await panel.getByRole('button', { name: 'I sent it' }).click();
  const form = panel.getByRole('form', { name: 'When the letter went' });
  await form.getByLabel('Sent on').fill('2099-01-01');
  await form.getByRole('button', { name: 'Record it as sent' }).click();
  await expect(form.getByText('This has not happened yet: use today or an earlier date.')).toBeVisible();
  expect((await readRows(panel, 'documentsSent')).length).toBe(1); // nothing stored from a bad date
  await form.getByLabel('Sent on').fill('2026-03-24');
  await form.getByLabel('Tracking number (optional)').fill('9407 1000 0000 0000 0001');
  await form.getByRole('button', { name: 'Record it as sent' }).click();
  await expect(panel.getByText('Recorded under “Documents sent”.')).toBeFocused();
  await panel.screenshot({ path: path.join(screens, 'letter-sent-360.png') });
  const sent = (
    await readRows<{
      document: string;
      documentLabel: string;
      recipient: string;
      channel: string;
      sentOn: string;
      tracking: string;
      acknowledgedOn?: string;
    }>(panel, 'documentsSent')
  ).find((d) => d.document === 'letter')!;
  expect(sent).toMatchObject({
    documentLabel: 'Letter: Notice of death: close or transfer the account',
    recipient: 'Xfinity',
    channel: 'mail',
    sentOn: '2026-03-24',
    tracking: '9407 1000 0000 0000 0001',
  });
  expect(sent.acknowledgedOn).toBeUndefined();
  // Back on the account, it waits for its answer like any document sent.
  await panel.getByRole('button', { name: 'Back to the account' }).click();
  await expect(panel.getByRole('article', { name: 'Xfinity account' })).toContainText(
    /Letter: Notice of death: close or transfer the account to XfinityNo confirmation yet \(\d+ days\)Sent Mar 24, 2026 · Mail · tracking 9407 1000 0000 0000 0001/,
  );
});

test('the report in the New York time zone shows local, named times and prints with page numbers', async () => {
  const panel = await storyPanel();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.getByRole('button', { name: 'Copies' }).click();
  const file = path.join(work, 'bundle.zip');
  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: 'Save a copy anyone can check' }).click(),
  ]);
  await download.saveAs(file);
  const files = unzip(new Uint8Array(readFileSync(file)));
  const root = rootOf(files);
  const report = new TextDecoder().decode(files[`${root}data/report.html`]);
  expect(report).toMatch(/Jan 18, 2026, 2:05\sPM EST/);
  expect(report).toMatch(/Mar 19, 2026, 3:05\sPM EDT/);
  expect(report).toContain('Times are local times in New York (America/New York).');
  expect(report).toContain('This record is kept by Linda Miller, the surviving spouse.');
  const readable = report.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
  expect(readable).not.toMatch(/\bUTC\b|death_certificate|upload_form|page_capture|\barchive\b/);
  expect(readable).toContain('22 calls');
  expect(readable).toContain('12 hours on hold');
  expect(readable).toContain('3 promises broken');
  expect(readable).toContain('1 escalation');
  // The FCC packet is in the bag, listed in the manifest.
  expect(Object.keys(files)).toContain(`${root}data/complaints/xfinity-9012/fcc.html`);
  expect(new TextDecoder().decode(files[`${root}manifest-sha256.txt`])).toContain('  data/complaints/xfinity-9012/fcc.html');

  // Printed as a person would: the report's own file, opened and printed to PDF.
  const out = path.join(work, 'bag');
  execFileSync('unzip', ['-q', file, '-d', out]);
  const page = await ext.context.newPage();
  await page.goto(`file://${path.join(out, root, 'data/report.html')}`);
  await expect(page.getByRole('heading', { name: 'Record of the accounts of Robert Miller' })).toBeVisible();
  await page.pdf({ path: path.join(screens, 'report.pdf'), format: 'Letter' });
  pdfToPng(path.join(screens, 'report.pdf'), path.join(screens, 'report-pdf'));
  await page.setViewportSize({ width: 360, height: 640 });
  await page.screenshot({ path: path.join(screens, 'report-360.png'), fullPage: false });
});

/** The PDF's pages as PNG pictures to look at (pdftoppm, from Debian's poppler-utils), when the machine has it. */
function pdfToPng(pdf: string, prefix: string): void {
  if (!existsSync('/usr/bin/pdftoppm')) return;
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, prefix]);
}
