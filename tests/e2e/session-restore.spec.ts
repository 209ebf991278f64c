/**
 * Nothing typed in the panel is kept by Chromium's session restore: text in a form not yet
 * saved, and a passphrase shown as text, are not in the profile's files (its `Sessions`
 * folder) after the browser closes, nor after it starts again (noFormState.ts).
 */
import { expect, filesContaining, launchWithExtension, openPanel, test, xfinityAccount } from './fixtures';

const TYPED = 'MARKER-7731';
const PASSPHRASE = 'MARKER-6620 heron tide';

test('text typed but not saved, and a passphrase shown as text, never reach the profile through session restore', async ({ profile }) => {
  let ext = await launchWithExtension(profile);
  const { panel } = await xfinityAccount(ext);
  await panel.getByRole('group', { name: 'Quick actions' }).getByRole('button', { name: 'Log a call' }).click();
  const form = panel.getByRole('form', { name: 'Log a call or message' });
  await form.getByLabel('What was said').fill(`${TYPED} typed, not saved`);

  // The lock's passphrase, shown as text while typed, in a second window of the panel.
  const lock = await openPanel(ext.context, ext.extensionId);
  await lock.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Lock', exact: true }).click();
  await lock.getByRole('checkbox', { name: 'Show what I type' }).check();
  await lock.getByLabel('New passphrase').fill(PASSPHRASE);
  await expect(lock.getByLabel('New passphrase')).toHaveAttribute('type', 'text');
  // The browser hears of the pages' state a moment after typing; it is given that moment.
  await panel.waitForTimeout(2_000);
  await ext.context.close();
  expect(filesContaining(profile, TYPED)).toEqual([]);
  expect(filesContaining(profile, 'MARKER-6620')).toEqual([]);

  // Restored tabs write their state again when the browser starts.
  ext = await launchWithExtension(profile);
  await ext.context.close();
  expect(filesContaining(profile, TYPED)).toEqual([]);
  expect(filesContaining(profile, 'MARKER-6620')).toEqual([]);
});
