/**
 * A protected bundle (for family), end to end: exported with a passphrase from the
 * panel, opened by 7-Zip (`7z x -p…`, Debian's p7zip-full) and checked with
 * sha256sum, then imported into a fresh profile after the panel asks for the
 * passphrase.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { seedCase } from '../fixtures/bundle-seed';
import { dumpPanel, seedPanel } from './bundle-helpers';
import { expect, launchWithExtension, openPanel, test } from './fixtures';

const work = mkdtempSync(path.join(tmpdir(), 'protected-e2e-'));
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

const passphrase = 'maple river tuesday lantern';
const sh = (cmd: string, args: string[], cwd?: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8' });

/** 7-Zip, which this test needs: missing, it fails and says how to install it. */
function sevenZip(args: string[]): string {
  try {
    execFileSync('7z', ['i'], { stdio: 'ignore' });
  } catch {
    throw new Error('7z is missing: install p7zip-full (apt-get install -y p7zip-full), as .ci/run does.');
  }
  return execFileSync('7z', args, { encoding: 'utf8', stdio: 'pipe' });
}

async function bundlePanel(context: Parameters<typeof openPanel>[0], extensionId: string, seed: boolean): Promise<Page> {
  const panel = await openPanel(context, extensionId);
  await expect(panel.getByRole('heading', { name: "Let's start with the person who died" })).toBeVisible(); // the database exists now
  if (seed) {
    await seedPanel(panel, seedCase());
    await panel.reload();
  }
  await panel.getByRole('button', { name: 'Copies' }).click();
  return panel;
}

test('a bundle protected with a passphrase opens with 7z x and passes sha256sum -c; importing it asks for the passphrase', async () => {
  const a = await launchWithExtension(mkdtempSync(path.join(work, 'profile-a-')));
  const panelA = await bundlePanel(a.context, a.extensionId, true);
  const form = panelA.getByRole('form', { name: 'Print or keep a copy' });
  let downloads = 0;
  panelA.on('download', () => downloads++);

  // Plain stays the default; protecting asks for the passphrase twice.
  const protect = form.getByLabel('Protect with a passphrase (for family)');
  await expect(protect).not.toBeChecked();
  await form.getByLabel('Include documents marked sensitive').check();
  await form.getByLabel('Show account numbers in full').check();
  await protect.check();
  await expect(form).toContainText('7-Zip on Windows, Keka or The Unarchiver on a Mac, or 7z x on Linux');
  await expect(form).toContainText('never in the same email or message as the file');
  const first = form.getByLabel('Passphrase', { exact: true });
  const again = form.getByLabel('Type the passphrase again');
  await expect(first).toHaveAttribute('type', 'password');
  await first.fill('grandpa');
  await form.getByRole('button', { name: 'Save a copy anyone can check' }).click();
  await expect(form.getByRole('alert')).toHaveText(/^Too short: use at least 10 characters/);
  await first.fill('password123');
  await expect(form).toContainText('Weak: a computer would guess it quickly.');
  await first.fill(passphrase);
  await expect(form).toContainText('Strong.');
  await again.fill(`${passphrase} `);
  await form.getByRole('button', { name: 'Save a copy anyone can check' }).click();
  await expect(form.getByRole('alert')).toHaveText('The two passphrases are not the same.');
  expect(downloads).toBe(0);
  await form.getByLabel('Show what I type').check();
  await expect(first).toHaveAttribute('type', 'text');
  await again.fill(passphrase);
  await panelA.screenshot({ path: 'test-results/screens/bundle-export-protected.png', fullPage: true });

  const [download] = await Promise.all([
    panelA.waitForEvent('download'),
    form.getByRole('button', { name: 'Save a copy anyone can check' }).click(),
  ]);
  const file = path.join(work, download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^estate-record-robert-bob-miller-b-\d{4}-\d{2}-\d{2}-protected\.zip$/);
  await expect(form.getByRole('status')).toContainText('protected with your passphrase');
  await expect(first).toHaveValue(''); // forgotten once saved
  const dataA = await dumpPanel(panelA);
  await a.context.close();

  // 7-Zip: every file is AES-256; the wrong passphrase opens nothing; the right one gives the bag, which sha256sum checks.
  const listing = sevenZip(['l', '-slt', file]);
  expect(listing.match(/^Method = AES-256 Store$/gm)).toHaveLength(13); // 3 evidence files, case.json, report.html, 3 complaint packets, 5 tag files
  expect(listing).not.toMatch(/^Method = (?!AES-256)/m);
  expect(() => sevenZip(['t', '-pnot it', file])).toThrow(/Wrong password/);
  const out = path.join(work, 'opened');
  expect(sevenZip(['x', `-p${passphrase}`, `-o${out}`, file])).toMatch(/Everything is Ok/);
  const bagDir = path.join(out, download.suggestedFilename().replace(/-protected\.zip$/, ''));
  expect(sh('sha256sum', ['-c', '--strict', 'manifest-sha256.txt'], bagDir).match(/: OK/g)).toHaveLength(8);
  expect(sh('sha256sum', ['-c', '--strict', 'tagmanifest-sha256.txt'], bagDir).match(/: OK/g)).toHaveLength(4);

  // A fresh profile: choosing the file asks for the passphrase; a wrong one gets a calm word and changes nothing.
  const b = await launchWithExtension(mkdtempSync(path.join(work, 'profile-b-')));
  const panelB = await bundlePanel(b.context, b.extensionId, false);
  const before = await dumpPanel(panelB);
  await panelB.getByLabel('The copy to import (.zip file)').setInputFiles(file);
  const ask = panelB.getByRole('form', { name: 'Passphrase of the copy' });
  await expect(ask).toContainText(`${download.suggestedFilename()} is protected with a passphrase.`);
  await ask.getByLabel('Passphrase', { exact: true }).fill('Maple river tuesday lantern');
  await ask.getByRole('button', { name: 'Open the copy' }).click();
  await expect(ask.getByRole('alert')).toHaveText(
    'That passphrase does not open this bundle. Check it with the person who gave it to you (capital letters and spaces count), and try again.',
  );
  await panelB.screenshot({ path: 'test-results/screens/bundle-import-passphrase.png', fullPage: true });
  expect(await dumpPanel(panelB)).toEqual(before);
  await ask.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await ask.getByRole('button', { name: 'Open the copy' }).click();
  const preview = panelB.getByRole('region', { name: 'What the copy holds' });
  await expect(preview).toContainText('Accounts of Robert "Bob" Miller <b>');
  await expect(preview).toContainText('3 pieces of evidence in 3 files');
  await expect(preview).toContainText('Every file is exactly as it was when the copy was made.');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(panelB.getByRole('region', { name: 'Import a copy' }).getByRole('status')).toContainText('Imported:');
  expect(await dumpPanel(panelB)).toEqual(dataA);
  await b.context.close();
});
