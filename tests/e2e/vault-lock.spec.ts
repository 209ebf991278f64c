/**
 * The vault lock, as a person uses it, across browser restarts on one profile folder:
 * the lock turned on, the browser closed and started again, the panel asks for the
 * passphrase and shows nothing personal, the badge still counts, a wrong passphrase
 * gets a calm answer, the right one opens everything. And on disk: the text of an
 * uploaded certificate is found in the profile's files before the lock, and nowhere
 * after it; text typed with the lock on is never found. (Text typed BEFORE the lock,
 * like the first call's summary, can stay in Chromium's LevelDB files until the
 * browser compacts them: the README says so.)
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  badgeOf,
  damageStoredFile,
  expect,
  fileRowForms,
  filesContaining,
  launchWithExtension,
  logCallWithPromise,
  openPanel,
  openProviderTab,
  providerHtml,
  startCase,
  test,
  turnOnLockIn,
  xfinityAccount,
} from './fixtures';

const PASS = 'blue heron morning tide';
const CERTIFICATE_MARKER = 'MARKER-7731';
const CALL_MARKER = 'MARKER-5512';
const LATER_MARKER = 'MARKER-9904';

/** The fixture certificate, its text replaced by the marker (same length, so the PDF stays valid). */
function certificateWithMarker(): Buffer {
  const pdf = readFileSync('tests/fixtures/death-certificate.pdf', 'latin1');
  return Buffer.from(pdf.replace('Certificate of Death', `${CERTIFICATE_MARKER} of Death`), 'latin1');
}

/** Keeps the fixture certificate (with its marker) from the Proof tab. */
async function keepCertificate(panel: Page) {
  await panel.getByRole('button', { name: 'Proof', exact: true }).click();
  await panel
    .getByLabel('Files to keep')
    .setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: certificateWithMarker() });
  await expect(panel.getByRole('list', { name: 'What happened to your files' })).toContainText('Kept “certificate.pdf”.');
}

async function logCall(panel: Page, summary: string, promise?: { what: string; by: string }) {
  await panel.getByRole('group', { name: 'Quick actions' }).getByRole('button', { name: 'Log a call' }).click();
  const form = panel.getByRole('form', { name: 'Log a call or message' });
  await form.getByText('More details').click();
  await form.getByLabel('Department').fill('Billing');
  await form.getByLabel('Who you spoke with (name or ID)').fill('Dana');
  await form.getByLabel('What was said').fill(summary);
  if (promise) {
    await form.getByLabel('Outcome').selectOption('promise');
    // Choosing "They promised something" opens the promise row, ready to type in.
    await expect(form.getByLabel('Promise 1')).toBeFocused();
    await form.getByLabel('Promise 1').fill(promise.what);
    await form.getByLabel('By').fill(promise.by);
  }
  await form.getByRole('button', { name: 'Save to the log' }).click();
  await expect(form).toHaveCount(0);
  // The form closes at once and the write follows: wait until the log shows it (read back from
  // the database) before anyone closes the browser, or the write can be cut off.
  await expect(panel.getByRole('region', { name: 'Contact log' }).getByText(summary)).toBeVisible();
}

const xfinity = 'https://customer.xfinity.com/#/billing';

test('lock on, browser restarted: the panel asks, a wrong passphrase is refused calmly, the right one opens everything; the certificate text is gone from disk', async ({
  profile,
}) => {
  test.setTimeout(240_000);
  // 1. A case with a call and an uploaded certificate.
  let ext = await launchWithExtension(profile);
  let { tabId } = await openProviderTab(
    ext.context,
    ext.worker,
    xfinity,
    providerHtml('My Account - Xfinity'),
    'https://customer.xfinity.com/**',
  );
  let panel = await openPanel(ext.context, ext.extensionId, tabId);
  await startCase(panel);
  await panel.getByRole('button', { name: 'Add Xfinity to this estate' }).click();
  await logCall(panel, `${CALL_MARKER} the refund is on its way`, { what: 'Refund the deposit', by: '2026-03-05' });
  await keepCertificate(panel);
  await expect.poll(async () => (await badgeOf(ext.worker)).text).not.toBe('');
  const badge = (await badgeOf(ext.worker)).text;
  await ext.context.close();

  // The check can fail: before the lock, the profile's files hold both texts.
  expect(filesContaining(profile, CERTIFICATE_MARKER)).not.toEqual([]);
  expect(filesContaining(profile, CALL_MARKER)).not.toEqual([]);

  // 2. The lock turned on, from the panel.
  ext = await launchWithExtension(profile);
  panel = await openPanel(ext.context, ext.extensionId);
  await panel.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(panel.getByText('nobody can open your records again')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Save a copy first' })).toBeVisible();
  await panel.getByLabel('New passphrase').fill('short');
  await expect(panel.getByText('Too short: use at least 10 characters')).toBeVisible();
  await panel.getByLabel('New passphrase').fill(PASS);
  await expect(panel.getByText(/^Strong\./)).toBeVisible();
  await panel.getByLabel('The same passphrase again').fill(PASS);
  // Typing a long passphrase blind is hard: it can be shown, and hidden again.
  await panel.getByRole('checkbox', { name: 'Show what I type' }).check();
  await expect(panel.getByLabel('New passphrase')).toHaveAttribute('type', 'text');
  await expect(panel.getByLabel('The same passphrase again')).toHaveValue(PASS);
  await panel.getByRole('checkbox', { name: 'Show what I type' }).uncheck();
  await expect(panel.getByLabel('New passphrase')).toHaveAttribute('type', 'password');
  await panel.getByRole('checkbox', { name: 'I understand that a forgotten passphrase cannot be recovered' }).check();
  await panel.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(panel.getByRole('heading', { name: 'Your records are locked with a passphrase' })).toBeVisible({ timeout: 60_000 });
  await panel.screenshot({ path: 'test-results/screens/vault-lock-on.png', fullPage: true });

  // A call logged with the lock on is never written in the clear.
  ({ tabId } = await openProviderTab(
    ext.context,
    ext.worker,
    xfinity,
    providerHtml('My Account - Xfinity'),
    'https://customer.xfinity.com/**',
  ));
  const here = await openPanel(ext.context, ext.extensionId, tabId);
  await logCall(here, `${LATER_MARKER} asked for the final bill`);
  await ext.context.close();

  // Text typed with the lock on never reaches the disk in the clear.
  expect(filesContaining(profile, LATER_MARKER)).toEqual([]);

  // 3. The browser started again: the panel asks, and shows nothing personal; the badge still counts.
  ext = await launchWithExtension(profile);
  ({ tabId } = await openProviderTab(
    ext.context,
    ext.worker,
    xfinity,
    providerHtml('My Account - Xfinity'),
    'https://customer.xfinity.com/**',
  ));
  panel = await openPanel(ext.context, ext.extensionId, tabId);
  await expect(panel.getByRole('heading', { name: 'Your records are locked' })).toBeVisible();
  // The certificate's plain file is gone. (Chromium deletes a replaced file once no page holds it any
  // more; the page that sealed it still did when the browser closed, so it goes when the browser starts.)
  await expect.poll(() => filesContaining(profile, CERTIFICATE_MARKER)).toEqual([]);
  await panel.screenshot({ path: 'test-results/screens/vault-lock-asks.png', fullPage: true });
  const shown = (await panel.locator('body').textContent()) ?? '';
  for (const personal of ['Robert Miller', CALL_MARKER, 'certificate.pdf', 'Refund the deposit']) expect(shown).not.toContain(personal);
  await expect(panel.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
  await expect.poll(async () => (await badgeOf(ext.worker)).text).toBe(badge);

  await panel.getByLabel('Passphrase').fill('blue heron evening tide');
  await panel.getByRole('button', { name: 'Unlock' }).click();
  await expect(panel.getByRole('alert')).toHaveText(
    'That passphrase does not open your records. Check that Caps Lock is off, and try again.',
  );

  await panel.getByLabel('Passphrase').fill(PASS);
  await panel.getByRole('button', { name: 'Unlock' }).click();
  await expect(panel.getByText('Robert Miller')).toBeVisible({ timeout: 30_000 });
  const contacts = panel.getByRole('region', { name: 'Contact log' });
  await expect(contacts.getByText(`${CALL_MARKER} the refund is on its way`)).toBeVisible();
  await expect(contacts.getByText(`${LATER_MARKER} asked for the final bill`)).toBeVisible();
  await panel.getByRole('button', { name: 'Proof', exact: true }).click();
  await expect(panel.getByRole('article', { name: 'certificate.pdf' })).toBeVisible();
  await panel.getByRole('button', { name: 'Check that nothing has changed' }).click();
  await expect(panel.getByText(/exactly as (?:they were|it was) saved/)).toBeVisible();

  // 4. Within this browser session nothing asks again: not another page, not a stopped worker.
  const cdp = await ext.context.newCDPSession(panel);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const again = await openPanel(ext.context, ext.extensionId);
  await expect(again.getByText('Robert Miller')).toBeVisible();

  // 5. Lock now: every open panel closes.
  await again.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Lock', exact: true }).click();
  await again.getByRole('button', { name: 'Lock now' }).click();
  await expect(again.getByRole('heading', { name: 'Your records are locked' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Your records are locked' })).toBeVisible();
  await expect(panel.getByText('Robert Miller')).toHaveCount(0);
  await ext.context.close();
  expect(filesContaining(profile, CERTIFICATE_MARKER)).toEqual([]);
  expect(filesContaining(profile, LATER_MARKER)).toEqual([]);
});

test('the passphrase changed, then the lock turned off, from the panel: each wrong passphrase refused calmly, the records open, and stored plainly again', async ({
  ext,
}) => {
  test.setTimeout(120_000);
  const NEW = 'quiet harbor lantern autumn';
  const wrong = 'That passphrase does not open your records. Check that Caps Lock is off, and try again.';
  const { panel } = await xfinityAccount(ext, { now: '2026-11-20T10:00:00' });
  await logCallWithPromise(panel, { at: '2026-11-20T09:30', what: 'Refund the deposit', by: '2026-12-05' });
  await keepCertificate(panel);
  await turnOnLockIn(panel, PASS);
  expect((await fileRowForms(panel)).map((row) => row.sealed)).toEqual([true]);
  await panel.screenshot({ path: 'test-results/screens/vault-lock-settings.png', fullPage: true });

  // Changing it asks for the passphrase now in use.
  const change = panel.getByRole('form', { name: 'Change the passphrase' });
  await change.getByLabel('Current passphrase').fill('blue heron evening tide');
  await change.getByLabel('New passphrase', { exact: true }).fill(NEW);
  await change.getByLabel('The new passphrase again').fill(NEW);
  await change.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(change.getByRole('alert')).toHaveText(wrong);
  await change.getByLabel('Current passphrase').fill(PASS);
  await change.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(change.getByRole('status')).toHaveText('The passphrase is changed. Use the new one from now on.');
  await expect(change.getByLabel('Current passphrase')).toHaveValue('');

  // Locked again, the old passphrase no longer opens the records; the new one does.
  await panel.getByRole('button', { name: 'Lock now' }).click();
  await expect(panel.getByRole('heading', { name: 'Your records are locked' })).toBeVisible();
  await panel.getByLabel('Passphrase').fill(PASS);
  await panel.getByRole('button', { name: 'Unlock' }).click();
  await expect(panel.getByRole('alert')).toHaveText(wrong);
  await panel.getByLabel('Passphrase').fill(NEW);
  await panel.getByRole('button', { name: 'Unlock' }).click();
  await expect(panel.getByText('Robert Miller')).toBeVisible({ timeout: 30_000 });

  // Turning it off asks for the passphrase too, and leaves every record and file readable without one.
  await panel.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Lock', exact: true }).click();
  const off = panel.getByRole('form', { name: 'Turn off the lock' });
  await expect(off).toContainText('Anyone using this computer could read them.');
  await off.getByLabel('Passphrase, to confirm').fill(PASS);
  await off.getByRole('button', { name: 'Turn off the lock' }).click();
  await expect(off.getByRole('alert')).toHaveText(wrong);
  await off.getByLabel('Passphrase, to confirm').fill(NEW);
  await off.getByRole('button', { name: 'Turn off the lock' }).click();
  await expect(panel.getByRole('heading', { name: 'Lock your records with a passphrase' })).toBeVisible({ timeout: 60_000 });
  await expect(panel.getByRole('button', { name: 'Lock now' })).toHaveCount(0);
  expect((await fileRowForms(panel)).map((row) => row.sealed)).toEqual([false]);
  await panel.getByRole('button', { name: 'Proof', exact: true }).click();
  await expect(panel.getByRole('article', { name: 'certificate.pdf' })).toBeVisible();
  await panel.getByRole('button', { name: 'Check that nothing has changed' }).click();
  await expect(panel.getByText(/exactly as (?:they were|it was) saved/)).toBeVisible();
  await panel.getByRole('button', { name: 'Checklist', exact: true }).click();
  // Xfinity's page: its account is the checklist.
  await expect(panel.getByRole('region', { name: 'Contact log' })).toContainText('Refund the deposit');
});

test('with the lock on, a file damaged on this computer is named by the check, and opening it says why in plain words', async ({ ext }) => {
  test.setTimeout(120_000);
  const { panel } = await xfinityAccount(ext);
  await keepCertificate(panel);
  await turnOnLockIn(panel, PASS);
  // One byte of the sealed file changed on disk.
  await damageStoredFile(panel, { field: 'data', at: 40 });
  await panel.getByRole('button', { name: 'Proof', exact: true }).click();
  await panel.getByRole('button', { name: 'Check that nothing has changed' }).click();
  await expect(panel.getByRole('list', { name: 'Files that changed' })).toHaveText(
    '“certificate.pdf”, certificate.pdf: it was changed or damaged on this computer after it was saved, so it cannot be opened',
  );
  const card = panel.getByRole('article', { name: 'certificate.pdf' });
  await card.getByRole('button', { name: 'Preview and open' }).click();
  await expect(panel.getByRole('alert')).toContainText(
    'This was changed or damaged on this computer after it was saved, so it cannot be opened. Nothing else was changed.',
  );
  await panel.screenshot({ path: 'test-results/screens/vault-lock-damaged.png', fullPage: true });
});
