/**
 * The extension in Firefox, end to end: recognition and the tooltip on a provider page, the
 * first run, an account, a ticked step dropping the badge, a page saved as proof (its HTML
 * copy and text, checked against their SHA-256), and a bundle checked with sha256sum -c;
 * then the lock on: files sealed with their checksums (the background page too), and the
 * export's bag checked with sha256sum -c and sha512sum -c.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { navRow } from '../e2e/navRow';
import {
  badgeOf,
  click,
  downloaded,
  type Firefox,
  fill,
  fillDate,
  launchFirefox,
  openPanel,
  openProviderTab,
  providerHtml,
  readRows,
  storedFile,
  tabIdOf,
  textOf,
} from './firefox';

const XFINITY = 'https://customer.xfinity.com/#/billing';
const PAGE = providerHtml('My Account - Xfinity', '<p>Your request number is XF-2026-0042.</p><img alt="Xfinity logo" src="/logo.png">');

let firefox: Firefox;
test.beforeAll(async () => {
  firefox = await launchFirefox();
});
test.afterAll(async () => {
  await firefox?.close();
});

test('in Firefox: recognizes Xfinity, starts the estate, ticks a step, saves the page as proof and exports a bundle that sha256sum checks', async () => {
  const { browser } = firefox;
  await openProviderTab(browser, XFINITY, PAGE);
  const probe = await openPanel(browser);
  const tabId = await tabIdOf(probe, XFINITY);
  await probe.close();

  // Recognition: the toolbar button's tooltip names the provider, with no count before an estate exists.
  const panel = await openPanel(browser, tabId);
  await expect.poll(async () => (await badgeOf(panel, tabId)).title).toBe('Xfinity: nothing needs attention');
  expect((await badgeOf(panel, tabId)).text).toBe('');
  await panel.setViewport({ width: 360, height: 640 });
  mkdirSync('test-results/screens', { recursive: true });
  await expect.poll(() => textOf(panel)).toContain("Let's start with the person who died");
  await panel.screenshot({ path: 'test-results/screens/firefox-first-run.png' });

  // First run, then the account.
  await fill(panel, 'Their full name', 'Robert Miller');
  await fillDate(panel, 'Date of death', '2026-03-02');
  await click(panel, 'button', 'Start');
  await click(panel, 'button', 'Add Xfinity to this estate');
  await expect
    .poll(() => panel.evaluate(() => document.querySelectorAll('[aria-label="Checklist"] > li').length))
    .toBeGreaterThanOrEqual(4);
  // The badge means what needs attention, as in Chrome: open steps without a date do not count.
  await expect.poll(async () => (await badgeOf(panel, tabId)).title).toBe('Xfinity: nothing needs attention');
  expect((await badgeOf(panel, tabId)).text).toBe('');
  expect(await panel.evaluate(navRow)).toEqual({
    rows: 1,
    buttons: 5,
    smallestText: 14,
    smallTargets: 0,
  });
  await panel.screenshot({ path: 'test-results/screens/firefox-account.png' });

  // A step whose due date has passed counts; ticking it drops the badge.
  await panel.evaluate(() => {
    const step = [...document.querySelectorAll('[data-testid="task"]')].find((li) =>
      li.textContent?.includes('Tell Xfinity about the death'),
    );
    (step?.querySelector('details') as HTMLDetailsElement | null)?.setAttribute('open', '');
  });
  await fillDate(panel, 'Due date', '2026-03-10');
  await expect.poll(async () => (await badgeOf(panel, tabId)).text).toBe('1');
  expect((await badgeOf(panel, tabId)).title).toBe('Xfinity: 1 thing needs attention: a step overdue');
  await click(panel, 'checkbox', 'Tell Xfinity about the death');
  await expect.poll(async () => (await badgeOf(panel, tabId)).text).toBe('');
  expect((await badgeOf(panel, tabId)).title).toBe('Xfinity: nothing needs attention');

  // Saving the page as proof: Firefox keeps the HTML copy and the text (no MHTML), each with its SHA-256.
  await click(panel, 'button', 'Save this page as proof');
  await expect.poll(() => textOf(panel)).toContain('Saved as proof');
  await panel.screenshot({ path: 'test-results/screens/firefox-saved-proof.png' });
  const [evidence] = await readRows<{
    files: { blobId: string; role: string; mime: string; sha256: string; size: number }[];
    referenceNumbers: string[];
  }>(panel, 'evidence');
  expect(evidence?.files.map((f) => f.role)).toEqual(expect.arrayContaining(['copy', 'text']));
  expect(evidence?.files.map((f) => f.role)).not.toContain('archive');
  expect(evidence?.referenceNumbers).toContain('XF-2026-0042');
  for (const file of evidence!.files) {
    const stored = await storedFile(panel, file.blobId);
    expect(stored.sha256, file.role).toBe(file.sha256);
  }
  const copy = await storedFile(panel, evidence!.files.find((f) => f.role === 'copy')!.blobId);
  expect(copy.text).toMatch(/^<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"/);
  expect(copy.text).toContain('Your request number is XF-2026-0042.');
  expect(copy.text).toContain('rgb(0, 90, 160)'); // the page's style, inlined
  expect(copy.text).not.toContain('<script');
  const text = await storedFile(panel, evidence!.files.find((f) => f.role === 'text')!.blobId);
  expect(text.text).toContain('Your request number is XF-2026-0042.');

  // The bundle: downloaded, unzipped, and its manifests checked by sha256sum.
  await click(panel, 'button', 'Copies');
  await click(panel, 'button', 'Save a copy anyone can check');
  const zip = await downloaded(firefox);
  const out = mkdtempSync(path.join(tmpdir(), 'estate-ff-bag-'));
  try {
    execFileSync('unzip', ['-q', zip, '-d', out]);
    const [bag] = readdirSync(out);
    const bagDir = path.join(out, bag!);
    const check = execFileSync('sha256sum', ['-c', '--strict', 'manifest-sha256.txt'], { cwd: bagDir, encoding: 'utf8' });
    expect(check).toMatch(/data\/case\.json: OK/);
    expect(check).toMatch(/\.html: OK/);
    expect(check).not.toMatch(/FAILED/);
    const manifest = readFileSync(path.join(bagDir, 'manifest-sha256.txt'), 'utf8');
    expect(manifest).toContain(evidence!.files.find((f) => f.role === 'copy')!.sha256);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('in Firefox with the lock on: a page saved as proof is sealed with its checksums, and the export passes sha256sum and sha512sum', async () => {
  const { browser } = firefox;
  const probe = await openPanel(browser);
  const tabId = await tabIdOf(probe, XFINITY);
  await probe.close();
  const panel = await openPanel(browser, tabId);
  const pass = 'blue heron morning tide';
  await click(panel, 'button', 'Lock');
  await fill(panel, 'New passphrase', pass);
  await fill(panel, 'The same passphrase again', pass);
  await click(panel, 'checkbox', 'I understand that a forgotten passphrase cannot be recovered');
  await click(panel, 'button', 'Turn on the lock');
  await expect.poll(() => textOf(panel), { timeout: 60_000 }).toContain('Your records are locked with a passphrase');

  // Saved with the lock on (by Firefox's background page), then every stored file is sealed with its checksums.
  const here = await openPanel(browser, tabId);
  await click(here, 'button', 'Save this page as proof');
  // (The panel already says "Saved as proof" of the first test's capture: wait for the new files instead.)
  const forms = () =>
    here.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('estate');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('blobs').objectStore('blobs').getAll();
            all.onsuccess = () => {
              resolve(all.result.map((r) => `${r.fileKey instanceof Uint8Array} ${r.sums instanceof Uint8Array}`));
              open.result.close();
            };
          };
        }),
    );
  await expect.poll(async () => (await forms()).length).toBeGreaterThanOrEqual(4);
  expect((await forms()).filter((f) => f !== 'true true')).toEqual([]);

  // The export opens them: the bag passes both manifests' checks.
  for (const old of readdirSync(firefox.downloads)) rmSync(path.join(firefox.downloads, old));
  await click(here, 'button', 'Copies');
  await click(here, 'button', 'Save a copy anyone can check');
  const zip = await downloaded(firefox);
  const out = mkdtempSync(path.join(tmpdir(), 'estate-ff-sealed-bag-'));
  try {
    execFileSync('unzip', ['-q', zip, '-d', out]);
    const [bag] = readdirSync(out);
    const bagDir = path.join(out, bag!);
    for (const [tool, manifest] of [
      ['sha256sum', 'manifest-sha256.txt'],
      ['sha512sum', 'manifest-sha512.txt'],
    ]) {
      const check = execFileSync(tool!, ['-c', '--strict', manifest!], { cwd: bagDir, encoding: 'utf8' });
      expect(check).toMatch(/\.html: OK/);
      expect(check).not.toMatch(/FAILED/);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
