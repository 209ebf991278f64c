import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { editJson, rebag, rootOf, unzip, zipFiles, zipOf } from '../fixtures/bags';
import { bundlePanel, dumpPanel, exportFrom } from './bundle-helpers';
import { damageStoredFile, expect, fileRowForms, launchWithExtension, test, turnOnLockIn } from './fixtures';

const work = mkdtempSync(path.join(tmpdir(), 'bundle-e2e-'));
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

const sh = (cmd: string, args: string[], cwd?: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8' });

test('round trip: export, check with unzip and sha256sum/sha512sum, import into a fresh profile, export again: same manifests, same data', async () => {
  const a = await launchWithExtension(mkdtempSync(path.join(work, 'profile-a-')));
  const panelA = await bundlePanel(a.context, a.extensionId);
  const first = path.join(work, 'first.zip');
  const name = await exportFrom(panelA, first);
  expect(name).toMatch(/^estate-record-robert-bob-miller-b-\d{4}-\d{2}-\d{2}\.zip$/);
  await panelA.screenshot({ path: 'test-results/screens/bundle-export.png', fullPage: true });
  const dataA = await dumpPanel(panelA);
  await a.context.close();

  // Independent checks by tools this project did not write.
  expect(sh('unzip', ['-t', first])).toMatch(/No errors detected/);
  const out = path.join(work, 'unzipped');
  sh('unzip', ['-q', first, '-d', out]);
  const bagDir = path.join(out, name.replace(/\.zip$/, ''));
  expect(sh('sha256sum', ['-c', '--strict', 'manifest-sha256.txt'], bagDir)).toMatch(/data\/case\.json: OK/);
  // 3 evidence files, case.json, report.html and the account's 3 complaint packets (data/complaints/).
  expect(sh('sha512sum', ['-c', '--strict', 'manifest-sha512.txt'], bagDir).match(/: OK/g)).toHaveLength(8);
  expect(sh('sha256sum', ['-c', '--strict', 'tagmanifest-sha256.txt'], bagDir).match(/: OK/g)).toHaveLength(4);
  const report = readFileSync(path.join(bagDir, 'data/report.html'), 'utf8');
  expect(report).not.toMatch(/<script/);

  // A fresh profile imports it as a new case.
  const b = await launchWithExtension(mkdtempSync(path.join(work, 'profile-b-')));
  const viewer = await b.context.newPage();
  await viewer.goto(`file://${path.join(bagDir, 'data/report.html')}`);
  await expect(viewer.getByRole('heading', { name: 'Accounts of Robert "Bob" Miller <b>', level: 1 })).toBeVisible();
  await expect(viewer.locator('tr.alert')).toHaveCount(2); // the unreturned modem and the call with a broken promise
  await viewer.setViewportSize({ width: 900, height: 900 });
  await viewer.screenshot({ path: 'test-results/screens/bundle-report.png', fullPage: true });
  await viewer.close();
  const panelB = await bundlePanel(b.context, b.extensionId, false);
  await panelB.getByLabel('The copy to import (.zip file)').setInputFiles(first);
  const preview = panelB.getByRole('region', { name: 'What the copy holds' });
  await expect(preview).toContainText('Accounts of Robert "Bob" Miller <b>');
  await expect(preview).toContainText('2 accounts: AT&T (555-123-4567), Xfinity (8499 1234 5678 9012)');
  await expect(preview).toContainText('3 pieces of evidence in 3 files');
  await expect(panelB.getByLabel('Import as')).toHaveValue('');
  await panelB.screenshot({ path: 'test-results/screens/bundle-import-preview.png', fullPage: true });
  await preview.getByRole('button', { name: 'Import' }).click();
  const importing = panelB.getByRole('region', { name: 'Import a copy' });
  await expect(importing.getByRole('status')).toContainText('Imported:');
  expect(await dumpPanel(panelB)).toEqual(dataA);

  const second = path.join(work, 'second.zip');
  await exportFrom(panelB, second);
  const [x, y] = [unzip(readFileSync(first)), unzip(readFileSync(second))];
  for (const m of ['manifest-sha256.txt', 'manifest-sha512.txt'])
    expect(Buffer.from(y[rootOf(y) + m]!).toString()).toBe(Buffer.from(x[rootOf(x) + m]!).toString());

  // Importing the same bundle again changes nothing.
  await panelB.getByLabel('The copy to import (.zip file)').setInputFiles(second);
  await expect(preview).toContainText('already on this computer');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(importing.getByRole('status')).toContainText('nothing changed');
  expect(await dumpPanel(panelB)).toEqual(dataA);
  await b.context.close();
});

test('malicious and broken bundles are refused on the import screen, with the reason, and the database is unchanged', async ({ ext }) => {
  const panel = await bundlePanel(ext.context, ext.extensionId);
  const goodPath = path.join(work, 'good.zip');
  await exportFrom(panel, goodPath, false);
  const good = unzip(readFileSync(goodPath));
  const root = rootOf(good);
  const cj = `${root}data/case.json`;
  const report = `${root}data/report.html`;
  const { [report]: _gone, ...withoutReport } = good;
  const zip = await zipFiles(good);
  const corrupt = zip.slice();
  corrupt.fill(0x41, 200, 260);

  const cases: Array<[string, Uint8Array, RegExp]> = [
    ['escape', await zipOf([...Object.entries(good), ['../evil.txt', 'x']]), /"\.\.\/evil\.txt" climbs out of the bundle/],
    ['absolute', await zipOf([...Object.entries(good), ['/etc/evil', 'x']]), /is an absolute path/],
    ['backslash', await zipOf([...Object.entries(good), [`${root}data\\evil.txt`, 'x']]), /uses a backslash/],
    ['drive', await zipOf([...Object.entries(good), ['C:/evil.txt', 'x']]), /names a drive/],
    ['duplicate', await zipOf([...Object.entries(good), [cj, '{}']]), /appears twice/],
    [
      'wrong-checksum',
      await zipFiles({ ...good, [report]: new TextEncoder().encode('<p>changed</p>') }),
      /could not be checked: the file "data\/report\.html" has changed since it was made \(its SHA-256 fingerprint/,
    ],
    [
      'unlisted',
      await zipFiles({ ...good, [`${root}data/extra.txt`]: new Uint8Array([1]) }),
      /"data\/extra\.txt" is in the bag but not listed/,
    ],
    ['absent', await zipFiles(withoutReport), /lists "data\/report\.html", but the bag does not hold it/],
    ['truncated', zip.slice(0, zip.length - 100), /cut short/],
    ['corrupt', corrupt, /damaged|has changed since it was made/],
    ['bomb', zipSync({ ...good, [`${root}data/zeros.bin`]: new Uint8Array(50 * 1024 * 1024) }, { level: 9 }), /refused as a ZIP bomb/],
    ['version', await zipFiles(rebag(editJson(good, cj, (j) => (j.formatVersion = 2)))), /newer version of the extension \(format 2\)/],
    [
      'schema',
      await zipFiles(rebag(editJson(good, cj, (j) => (j.contacts[0].holdMinutes = -5)))),
      /contacts\.0\.holdMinutes: Time on hold cannot be negative/,
    ],
  ];
  const before = await dumpPanel(panel);
  const input = panel.getByLabel('The copy to import (.zip file)');
  for (const [label, bytes, reason] of cases) {
    const file = path.join(work, `${label}.zip`);
    writeFileSync(file, bytes);
    await input.setInputFiles(file);
    await expect(panel.getByRole('alert'), label).toContainText(reason);
    await expect(panel.getByRole('alert')).toContainText('Nothing on this computer was changed.');
    await expect(panel.getByRole('region', { name: 'What the copy holds' })).toHaveCount(0);
    if (label === 'escape') await panel.screenshot({ path: 'test-results/screens/bundle-import-refused.png', fullPage: true });
    expect(await dumpPanel(panel), label).toEqual(before);
  }

  // Too little free storage (the browser's estimate, made small for this page).
  await panel.addInitScript(() => {
    navigator.storage.estimate = async () => ({ quota: 2000, usage: 1000 });
  });
  await panel.reload();
  await panel.getByRole('button', { name: 'Copies' }).click();
  await panel.getByLabel('The copy to import (.zip file)').setInputFiles(goodPath);
  await expect(panel.getByRole('alert')).toContainText(/larger than the free storage on this computer/);
  expect(await dumpPanel(panel)).toEqual(before);
});

test('export can be cancelled, and one account can be exported alone', async ({ ext }) => {
  const panel = await bundlePanel(ext.context, ext.extensionId);
  // Big files, so there is time to press Cancel.
  await panel.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open('estate');
      r.onsuccess = () => resolve(r.result);
    });
    const tx = db.transaction('blobs', 'readwrite');
    for (const id of ['blob-bill', 'blob-capture'])
      tx.objectStore('blobs').put({ id, data: new Blob([new Uint8Array(120 * 1024 * 1024).fill(7)]) });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  let downloads = 0;
  panel.on('download', () => downloads++);
  await panel.getByRole('button', { name: 'Save a copy anyone can check' }).click();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  const form = panel.getByRole('form', { name: 'Print or keep a copy' });
  await expect(form.getByRole('status')).toHaveText('Cancelled. Nothing was saved.');
  expect(downloads).toBe(0);

  // From the account itself: "Export this account" opens the bundle view on it.
  await panel.getByRole('button', { name: 'Checklist' }).click();
  await panel.getByRole('button', { name: /AT&T/ }).first().click();
  await panel.getByRole('button', { name: 'Print or keep a copy of this account' }).click();
  await expect(panel.getByLabel('What to include')).toHaveValue('acct-att');
  await expect(panel.getByLabel('What to include').locator('option:checked')).toHaveText('Only AT&T (…4567)');
  const file = path.join(work, 'one-account.zip');
  await exportFrom(panel, file, false);
  const files = unzip(readFileSync(file));
  const bundle = JSON.parse(Buffer.from(files[`${rootOf(files)}data/case.json`]!).toString());
  expect(bundle.scope).toEqual({ kind: 'account', accountId: 'acct-att' });
  expect(bundle.accounts.map((x: { accountNumber: string }) => x.accountNumber)).toEqual(['•••• 4567']);
  expect(bundle.evidence).toEqual([]); // its only document is sensitive
});

test("with the lock on, the export gives the same bag (each file's checksums recorded when it was sealed, checked by unzip and sha256sum/sha512sum); changed ones are refused as damage", async () => {
  test.setTimeout(180_000);
  const passphrase = 'blue heron morning tide';
  const a = await launchWithExtension(mkdtempSync(path.join(work, 'profile-lock-')));
  const panel = await bundlePanel(a.context, a.extensionId);
  const plain = path.join(work, 'plain.zip');
  await exportFrom(panel, plain);

  await turnOnLockIn(panel, passphrase);
  // Every stored file is sealed, with its checksums beside it, sealed too.
  expect((await fileRowForms(panel)).map(({ sealed, sums }) => [sealed, sums])).toEqual([
    [true, true],
    [true, true],
    [true, true],
  ]);

  await panel.getByRole('button', { name: 'Copies' }).click();
  const sealed = path.join(work, 'sealed.zip');
  const name = await exportFrom(panel, sealed);
  expect(sh('unzip', ['-t', sealed])).toMatch(/No errors detected/);
  const out = path.join(work, 'sealed-unzipped');
  sh('unzip', ['-q', sealed, '-d', out]);
  const bagDir = path.join(out, name.replace(/\.zip$/, ''));
  expect(sh('sha256sum', ['-c', '--strict', 'manifest-sha256.txt'], bagDir).match(/: OK/g)).toHaveLength(8);
  expect(sh('sha512sum', ['-c', '--strict', 'manifest-sha512.txt'], bagDir).match(/: OK/g)).toHaveLength(8);
  const [x, y] = [unzip(readFileSync(plain)), unzip(readFileSync(sealed))];
  for (const m of ['manifest-sha256.txt', 'manifest-sha512.txt'])
    expect(Buffer.from(y[rootOf(y) + m]!).toString()).toBe(Buffer.from(x[rootOf(x) + m]!).toString());

  // A byte of one file's sealed checksums changed on disk: that file does not open, and no copy is made.
  await damageStoredFile(panel, { field: 'sums', at: 20, id: 'blob-certificate' });
  let downloads = 0;
  panel.on('download', () => downloads++);
  await panel.getByRole('button', { name: 'Save a copy anyone can check' }).click();
  await expect(panel.getByRole('alert')).toHaveText(
    'The copy could not be made: The file of "Death certificate" could not be opened: it was changed or damaged on this computer after it was saved. Nothing else was changed.',
  );
  await panel.setViewportSize({ width: 360, height: 640 });
  await panel.getByRole('alert').scrollIntoViewIfNeeded();
  await panel.screenshot({ path: 'test-results/screens/bundle-lock-damaged.png' });
  expect(downloads).toBe(0);
  await a.context.close();
});
