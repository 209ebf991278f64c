/**
 * Proof capture speed, in headless Chromium with the built extension:
 * - time to capture and store a typical provider page (side panel button path:
 *   message -> background -> MHTML + page text -> hash -> one IndexedDB transaction);
 * - SHA-256 throughput for a 50 MB upload, against reading the same bytes as a baseline.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension, openPanel, routePage, tabIdOf } from '../e2e/fixtures';
import { median, report, verdict } from './stats';

const URL_ = 'https://www.xfinity.com/support/articles/account-holder-passed-away/confirmation';

/** About 30 KB (36 KB as MHTML), like a real confirmation page: navigation, paragraphs, a table, styles, the number. */
function typicalPage(): string {
  const nav = Array.from({ length: 60 }, (_, i) => `<li><a href="/support/topic-${i}">Support topic ${i}</a></li>`).join('');
  const paras = Array.from(
    { length: 120 },
    (_, i) =>
      `<p>Paragraph ${i}: we are sorry for your loss. Keep this page for your records; equipment must be returned within 30 days.</p>`,
  ).join('');
  const rows = Array.from({ length: 80 }, (_, i) => `<tr><td>Item ${i}</td><td>$${(i * 3.17).toFixed(2)}</td><td>Returned</td></tr>`).join(
    '',
  );
  const css = Array.from(
    { length: 200 },
    (_, i) => `.c${i}{margin:${i}px;color:#${(i * 4099).toString(16).padStart(6, '0').slice(0, 6)}}`,
  ).join('');
  return `<!doctype html><html><head><title>Request received - Xfinity</title><style>${css}</style></head><body>
<nav><ul>${nav}</ul></nav><main><h1>Thank you, we received your request</h1>
<p>Confirmation number: <strong>XF-2026-0042</strong></p>${paras}<table>${rows}</table></main></body></html>`;
}

export async function run(): Promise<boolean> {
  const profile = mkdtempSync(path.join(tmpdir(), 'estate-bench-'));
  const { context, worker, extensionId } = await launchWithExtension(profile);
  try {
    const html = typicalPage();
    await routePage(context, 'https://www.xfinity.com/**', html);
    const site = await context.newPage();
    await site.goto(URL_);
    const tabId = await tabIdOf(worker, URL_);
    const panel = await openPanel(context, extensionId, tabId);
    await panel.getByLabel('Their full name').fill('Robert Miller');
    await panel.getByLabel('Date of death').fill('2026-03-02');
    await panel.getByRole('button', { name: 'Start' }).click();
    await panel.getByRole('button', { name: 'Save this page as proof' }).waitFor();

    const captureMs: number[] = [];
    let archiveBytes = 0;
    for (let i = 0; i < 9; i += 1) {
      const { ms, reply } = await panel.evaluate(async (id) => {
        const t0 = performance.now();
        const reply = await chrome.runtime.sendMessage({ type: 'capture-tab', tabId: id, allowAnyPage: false });
        return { ms: performance.now() - t0, reply };
      }, tabId);
      if (!reply?.ok) throw new Error(`capture failed: ${JSON.stringify(reply)}`);
      if (i > 0) captureMs.push(ms); // the first warms the worker and the archive folder
    }
    archiveBytes = await panel.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('estate');
          req.onsuccess = () => {
            const all = req.result.transaction('evidence').objectStore('evidence').getAll();
            all.onsuccess = () => resolve(all.result[0].files[0].size);
          };
        }),
    );

    const hashing = await panel.evaluate(async () => {
      const size = 50 * 1024 * 1024;
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
      const file = new Blob([bytes], { type: 'application/pdf' });
      const readMs: number[] = [];
      const hashMs: number[] = [];
      for (let i = 0; i < 6; i += 1) {
        let t0 = performance.now();
        await file.arrayBuffer();
        readMs.push(performance.now() - t0);
        // The vault's own hashing: read the Blob, then SHA-256 it (lib/checksums/hex.ts).
        t0 = performance.now();
        await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
        hashMs.push(performance.now() - t0);
      }
      return { readMs: readMs.slice(1), hashMs: hashMs.slice(1) };
    });

    const captureMedian = median(captureMs);
    const hashMedian = median(hashing.hashMs);
    const readMedian = median(hashing.readMs);
    const mbps = 50 / (hashMedian / 1000);
    report([
      ['page size (HTML)', `${(html.length / 1024).toFixed(0)} KB`],
      ['archive stored (MHTML)', `${(archiveBytes / 1024).toFixed(0)} KB`],
      [
        'capture and store, median of 8',
        `${captureMedian.toFixed(0)} ms (min ${Math.min(...captureMs).toFixed(0)}, max ${Math.max(...captureMs).toFixed(0)})`,
      ],
      ['50 MB: read + SHA-256, median of 5', `${hashMedian.toFixed(0)} ms = ${mbps.toFixed(0)} MB/s`],
      ['50 MB: read only (baseline), median', `${readMedian.toFixed(0)} ms`],
      ['hash / read ratio', (hashMedian / readMedian).toFixed(1)],
    ]);
    const ok1 = verdict('a typical provider page is captured and stored in under 1.5 s (median)', captureMedian < 1500);
    const ok2 = verdict('SHA-256 of a 50 MB upload runs at 100 MB/s or more (median)', mbps >= 100);
    return ok1 && ok2;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
