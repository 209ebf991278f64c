/**
 * Issue 13, problem 4: a bundle larger than any estate is refused on the import screen
 * before anything is written, and importing a new case (which becomes the active one)
 * never locks the user out of the case they had: the case switcher brings it back.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { type Files, unzip, zipFiles } from '../fixtures/bags';
import { edited, sharesStoredFile } from '../fixtures/hostile-bundles';
import { bundlePanel, dumpPanel, exportFrom } from './bundle-helpers';
import { expect, readRows, test } from './fixtures';

const work = mkdtempSync(path.join(tmpdir(), 'limits-e2e-'));
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

async function choose(panel: Page, label: string, files: Files): Promise<void> {
  const file = path.join(work, `${label}.zip`);
  writeFileSync(file, await zipFiles(files));
  await panel.getByLabel('The copy to import (.zip file)').setInputFiles(file);
}

const activeCaseOf = async (panel: Page) =>
  (await readRows<{ key: string; value: unknown }>(panel, 'settings')).find((s) => s.key === 'activeCaseId')?.value;

test('a bundle of 10,000 accounts is refused before anything is written; a new case imported leaves the other one a switch away', async ({
  ext,
}) => {
  const panel = await bundlePanel(ext.context, ext.extensionId);
  const goodPath = path.join(work, 'good.zip');
  await exportFrom(panel, goodPath);
  const good = unzip(readFileSync(goodPath));
  const before = await dumpPanel(panel);
  expect(await activeCaseOf(panel)).toBe('case-miller');

  // Valid in every other way (every checksum right), with 10,000 accounts.
  const huge = edited(good, (json) => {
    const template = json.accounts[0];
    for (let i = json.accounts.length; i < 10_000; i += 1) json.accounts.push({ ...template, id: `acct-${i}` });
  });
  await choose(panel, 'huge', huge);
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('This copy holds 10,000 accounts; one estate can hold at most 200.');
  await expect(alert).toContainText('Nothing was imported.');
  await expect(panel.getByRole('region', { name: 'What the copy holds' })).toHaveCount(0);
  await panel.screenshot({ path: 'test-results/screens/bundle-too-large.png', fullPage: true });
  expect(await dumpPanel(panel)).toEqual(before);
  expect(await activeCaseOf(panel)).toBe('case-miller');

  // Another estate's bundle, imported as a new case: it becomes the active one...
  await choose(panel, 'another-case', sharesStoredFile(good));
  const preview = panel.getByRole('region', { name: 'What the copy holds' });
  await expect(preview).toContainText('Accounts of Someone else');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(panel.getByRole('region', { name: 'Import a copy' }).getByRole('status')).toContainText('Imported:');
  expect(await activeCaseOf(panel)).toBe('x-case-miller');
  await panel.getByRole('button', { name: 'Checklist' }).click();
  const estate = panel.getByRole('region', { name: 'The estate' });
  await expect(estate).toContainText('Estate of Someone else');

  // ...and the case the user had is one switch away, with its accounts.
  await estate.getByLabel('Working on').selectOption({ label: 'Robert "Bob" Miller <b>' });
  await expect(estate).toContainText('Estate of Robert "Bob" Miller <b>');
  await expect(panel.getByRole('list', { name: 'Accounts' }).getByRole('listitem')).toHaveCount(2);
  expect(await activeCaseOf(panel)).toBe('case-miller');
  await estate.getByLabel('Working on').selectOption({ label: 'Someone else' });
  await expect(estate).toContainText('Estate of Someone else');
});
