/**
 * Blacking out a PDF in Firefox: PDF.js's bundled worker, fonts and decoders load from
 * the extension under Firefox's rules, the page is drawn in the panel, a box is drawn,
 * and the copy saved is a new PDF without the original's words.
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pdfTexts, plainTextPdf } from '../fixtures/secretPdf';
import {
  click,
  type Firefox,
  fill,
  fillDate,
  launchFirefox,
  openPanel,
  openProviderTab,
  providerHtml,
  readRows,
  tabIdOf,
  textOf,
} from './firefox';

const XFINITY = 'https://customer.xfinity.com/#/billing';
const SECRET = 'SECRETWORD-4711';

let firefox: Firefox;
test.beforeAll(async () => {
  firefox = await launchFirefox();
});
test.afterAll(async () => {
  await firefox?.close();
});

/** A stored file's bytes, read from IndexedDB in an extension page. */
async function storedBytes(page: Awaited<ReturnType<typeof openPanel>>, blobId: string): Promise<Uint8Array> {
  const bytes = await page.evaluate(
    (id) =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('estate');
        open.onsuccess = () => {
          const req = open.result.transaction('blobs').objectStore('blobs').get(id);
          req.onsuccess = async () => {
            open.result.close();
            resolve([...new Uint8Array(await (req.result.data as Blob).arrayBuffer())]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    blobId,
  );
  return new Uint8Array(bytes);
}

test('in Firefox: a sensitive PDF is drawn in the panel, blacked out and saved as a new PDF without its words', async () => {
  const { browser } = firefox;
  await openProviderTab(browser, XFINITY, providerHtml('My Account - Xfinity'));
  const probe = await openPanel(browser);
  const tabId = await tabIdOf(probe, XFINITY);
  await probe.close();
  const panel = await openPanel(browser, tabId);
  await panel.setViewport({ width: 360, height: 640 });
  await expect.poll(() => textOf(panel)).toContain("Let's start with the person who died");
  await fill(panel, 'Their full name', 'Robert Miller');
  await fillDate(panel, 'Date of death', '2026-03-02');
  await click(panel, 'button', 'Start');
  await click(panel, 'button', 'Add Xfinity to this estate');
  await expect.poll(async () => (await readRows(panel, 'accounts')).length).toBe(1);
  const [account] = await readRows<{ id: string; caseId: string }>(panel, 'accounts');

  // The account's death certificate, a PDF with its words as text, kept as sensitive (as an upload keeps it).
  const pdf = [...plainTextPdf([['CERTIFICATE OF DEATH', `Cause of death: ${SECRET}`]])];
  await panel.evaluate(
    async ({ bytes, caseId, accountId }) => {
      const data = new Uint8Array(bytes);
      const sha256 = [...new Uint8Array(await crypto.subtle.digest('SHA-256', data))].map((b) => b.toString(16).padStart(2, '0')).join('');
      const now = new Date().toISOString();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('estate');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const tx = db.transaction(['blobs', 'evidence'], 'readwrite');
      tx.objectStore('blobs').put({ id: 'blob-ff-pdf', data: new Blob([data], { type: 'application/pdf' }) });
      tx.objectStore('evidence').put({
        id: 'ev-ff-pdf',
        caseId,
        accountId,
        kind: 'document',
        documentKind: 'death_certificate',
        title: 'certificate.pdf',
        capturedAt: now,
        referenceNumbers: [],
        sensitive: true,
        files: [{ blobId: 'blob-ff-pdf', role: 'upload', mime: 'application/pdf', name: 'certificate.pdf', size: data.length, sha256 }],
        createdAt: now,
        updatedAt: now,
      });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { bytes: pdf, caseId: account!.caseId, accountId: account!.id },
  );

  await click(panel, 'button', 'Prepare a complaint');
  await expect.poll(() => textOf(panel)).toContain('Left out of this complaint');
  await click(panel, 'button', 'Make a copy with parts blacked out');
  await expect.poll(() => panel.$eval('canvas.redact-canvas', (c) => (c as HTMLCanvasElement).width).catch(() => 0)).toBeGreaterThan(0);
  const box = (await (await panel.$('canvas.redact-canvas'))!.boundingBox())!;
  // The cause of death is the second line: 152 pt from the top of a 792 pt page.
  await panel.mouse.move(box.x + box.width * 0.05, box.y + box.height * (125 / 792));
  await panel.mouse.down();
  await panel.mouse.move(box.x + box.width * 0.95, box.y + box.height * (165 / 792), { steps: 4 });
  await panel.mouse.up();
  await expect.poll(() => textOf(panel)).toContain('1 part blacked out.');
  mkdirSync('test-results/screens', { recursive: true });
  await panel.screenshot({ path: 'test-results/screens/firefox-redact-pdf.png' });
  await click(panel, 'button', 'Save the blacked-out copy');

  await expect.poll(async () => (await readRows(panel, 'evidence')).length).toBe(2);
  const copy = (
    await readRows<{ id: string; sensitive: boolean; redaction?: { of?: string }; files: { blobId: string; mime: string }[] }>(
      panel,
      'evidence',
    )
  ).find((e) => e.id !== 'ev-ff-pdf')!;
  expect(copy).toMatchObject({ sensitive: false, redaction: { of: 'ev-ff-pdf' } });
  expect(copy.files[0]!.mime).toBe('application/pdf');
  expect(pdfTexts(await storedBytes(panel, 'blob-ff-pdf')).join('')).toContain(SECRET);
  const copyBytes = await storedBytes(panel, copy.files[0]!.blobId);
  expect(new TextDecoder().decode(copyBytes.slice(0, 5))).toBe('%PDF-');
  for (const text of pdfTexts(copyBytes)) expect(text).not.toContain(SECRET);
});
