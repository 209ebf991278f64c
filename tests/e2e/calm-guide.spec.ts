/**
 * Issue 14, the panel as a calm guide, as a new user meets it in a 360 x 640 panel:
 * the welcome and the start form before the provider's guidance, one main action,
 * the account before the guidance, a call with a promise logged and corrected, focus
 * where each action put something, plain words for proof, a report to read and
 * print, a copy re-zipped on a Mac imported, and axe (WCAG 2.2 AA, target-size on)
 * finding nothing serious or critical on any view.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { unzip, zipOf } from '../fixtures/bags';
import { expectAccessible } from './axe';
import { bundlePanel, exportFrom } from './bundle-helpers';
import { expect, launchWithExtension, openPanel, openProviderTab, test } from './fixtures';

const BEREAVEMENT = 'https://www.xfinity.com/support/articles/account-holder-passed-away';
/** The bereavement page as a new user meets it (as in recognition.spec.ts). */
const firstPage = `<!doctype html><html><head><title>Account holder passed away | Xfinity Support</title></head><body>
<h1>Account holder passed away</h1>
<p>We're sorry for your loss. Use this form to tell us about the death of an Xfinity account holder.</p>
<form><fieldset><legend>What would you like to do with the account?</legend>
<label><input type="radio" name="choice"> Close the account permanently</label>
<label><input type="radio" name="choice"> Transfer account ownership to me</label></fieldset>
<label>Upload a copy of the death certificate <input type="file"></label>
<label>Where should we send the final bill? <input type="text"></label>
<p>Questions? Call 1-800-934-6489.</p></form></body></html>`;
/** The same page once the request is made: a confirmation number on it. */
const bereavementHtml = `<!doctype html><html><head><title>Account holder passed away | Xfinity Support</title></head><body>
<h1>Account holder passed away</h1>
<p>We're sorry for your loss. Use this form to tell us about the death of an Xfinity account holder.</p>
<p>Your confirmation number is XF-2026-0042. A credit of $54.20 on your account will be refunded by cheque.</p>
<form><label>Upload a copy of the death certificate <input type="file"></label></form></body></html>`;

const work = mkdtempSync(path.join(tmpdir(), 'calm-e2e-'));
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/calm-${name}.png`, fullPage: true });

/** The words a person reads in the panel (folded details are not on screen, so not in its text). */
// biome-ignore lint/performance/useDomNodeTextContent: what is on screen is the point (textContent would include folded text)
const shownText = (page: Page) => page.locator('main').innerText();

test('a new user on Xfinity’s bereavement page, at 360 x 640: starts without scrolling, adds the account, logs and corrects a call with a promise', async ({
  ext,
}) => {
  const { context, worker, extensionId } = ext;
  const { tabId } = await openProviderTab(context, worker, BEREAVEMENT, firstPage);
  const panel = await openPanel(context, extensionId, tabId);
  await panel.setViewportSize({ width: 360, height: 640 });
  await expect(panel.getByText("You are on Xfinity's bereavement page.")).toBeVisible();

  // The welcome, and the start form before the provider's guidance, all in view.
  const form = panel.getByRole('form', { name: 'About the person who died' });
  await expect(form).toBeVisible();
  await shot(panel, '1-welcome');
  // What a 360 x 640 panel shows before any scrolling.
  await panel.screenshot({ path: 'test-results/screens/calm-1-welcome-viewport.png' });
  // What this does, that everything stays here, how long it takes: read before the form.
  const welcome = panel.locator('.welcome');
  await expect(welcome).toContainText('it all stays on this computer');
  await expect(welcome).toContainText('Starting takes a minute');
  await expect(welcome).toContainText('a few weeks');
  await expect(welcome).toBeInViewport({ ratio: 1 });
  const box = (await form.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(640);
  await expect(panel.getByRole('button', { name: 'Start' })).toBeInViewport({ ratio: 1 });
  const guidance = panel.getByRole('region', { name: 'On this page' });
  expect((await guidance.boundingBox())!.y).toBeGreaterThan(box.y + box.height);
  // Each source says what it is.
  const sources = await guidance.locator('a.source').allInnerTexts();
  expect(sources.length).toBeGreaterThan(1);
  for (const name of sources) expect(name).toMatch(/^Source: \S/);
  await expectAccessible(panel, 'welcome');

  await panel.getByLabel('Their full name').fill('Robert Miller');
  await panel.getByLabel('Date of death').fill('2026-03-02');
  await panel.getByRole('button', { name: 'Start' }).click();
  // Focus on what Start made: the estate.
  await expect(panel.getByRole('heading', { name: 'Estate of Robert Miller' })).toBeFocused();
  // One main action: adding the account (saving the page as proof is there, not competing).
  await expect(panel.locator('button.primary:visible')).toHaveText(['Add Xfinity to this estate']);
  await expect(panel.getByRole('button', { name: 'Save this page as proof' })).toBeVisible();
  await expect(panel.getByRole('button', { name: /New case/ })).toHaveCount(0);
  await shot(panel, '2-started');

  await panel.getByRole('button', { name: 'Add Xfinity to this estate' }).click();
  const account = panel.getByRole('article', { name: 'Xfinity account' });
  await expect(account).toBeVisible();
  // The person's own account first; the provider's guidance after it, folded.
  expect((await account.boundingBox())!.y).toBeLessThan((await guidance.boundingBox())!.y);
  await expect(guidance.getByRole('list', { name: 'What to do here' })).toBeHidden();
  await expect(account.locator('.next-step')).toContainText('Next step:');
  // The three choices are large targets.
  for (const choice of await account.locator('.intent .choice').all())
    expect((await choice.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await shot(panel, '3-account');
  await expectAccessible(panel, 'account');

  // Log a call: how, when, who, what was said, the outcome; choosing the promise opens its row.
  await account.getByRole('button', { name: 'Log a call or message' }).click();
  const log = account.getByRole('form', { name: 'Log a call or message' });
  await expect(log.getByLabel('Department')).toBeHidden(); // the rest is folded
  await log.getByLabel('Who you spoke with (name or ID)').fill('Dana');
  await log.getByLabel('What was said').fill('Confirmed the death is noted on the account.');
  await log.getByLabel('Outcome').selectOption('promise');
  const promise = log.getByLabel('Promise 1');
  await expect(promise).toBeFocused();
  await promise.fill('Credit of $54.20 on the final bill');
  await log.getByLabel('By').fill('2026-12-20');
  // Readable at 360 px: the promise box spans the form.
  expect((await promise.boundingBox())!.width).toBeGreaterThan(250);
  await shot(panel, '4-call-form');
  await log.getByRole('button', { name: 'Save to the log' }).click();
  const entry = account.getByTestId('contact');
  await expect(entry).toHaveCount(1);
  await expect(entry).toBeFocused();
  await expect(entry.getByTestId('promise')).toContainText('Credit of $54.20 on the final bill');
  const followUp = account.getByRole('checkbox', { name: 'Check: Credit of $54.20 on the final bill (promised by Dana)' });
  await expect(followUp).toBeVisible();

  // Correct it: the promise and its follow-up stay.
  await entry.getByRole('button', { name: 'Change this entry' }).click();
  const change = account.getByRole('form', { name: /^Change the .+ of / });
  await expect(change.getByLabel('What was said')).toHaveValue('Confirmed the death is noted on the account.');
  await expect(change.getByText('The promise already logged stays as it is.')).toBeVisible();
  await change.getByLabel('Who you spoke with (name or ID)').fill('Dana R.');
  await change.getByLabel('What was said').fill('Confirmed the death is noted; the credit goes on the final bill.');
  await shot(panel, '5-call-change');
  await change.getByRole('button', { name: 'Save changes' }).click();
  await expect(change).toHaveCount(0);
  await expect(entry).toContainText('the credit goes on the final bill');
  await expect(entry).toBeFocused();
  await expect(entry.getByTestId('promise')).toHaveCount(1);
  await expect(entry.getByTestId('promise')).toContainText('Credit of $54.20 on the final bill');
  await expect(account.getByRole('checkbox', { name: 'Check: Credit of $54.20 on the final bill (promised by Dana R.)' })).toBeVisible();
  await panel.reload();
  await expect(panel.getByRole('article', { name: 'Xfinity account' }).getByTestId('contact')).toContainText('Dana R.');
  await expect(panel.getByRole('article', { name: 'Xfinity account' }).getByTestId('promise')).toHaveCount(1);
  await shot(panel, '6-call-changed');

  // Ticking a step: the focus goes to the step now in its place.
  const boxes = panel.getByRole('list', { name: 'Checklist', exact: true }).getByRole('checkbox');
  const titleOf = (box: typeof boxes) => box.evaluate((el) => el.closest('label')?.textContent ?? '');
  const first = await titleOf(boxes.first());
  await boxes.first().click();
  await expect.poll(() => titleOf(boxes.first())).not.toBe(first);
  await expect(boxes.first()).toBeFocused();
  // It went to the folded "Done or skipped" list, ticked (its steps are drawn once it is opened).
  await panel.locator('details.closed-steps > summary').click();
  await expect(panel.getByRole('list', { name: 'Done or skipped steps' }).getByRole('checkbox', { name: first })).toBeChecked();
  await panel.locator('details.closed-steps > summary').click();
  await shot(panel, '7-ticked');

  // Confirming a delete: the focus goes to its Undo.
  const entryNow = panel.getByRole('article', { name: 'Xfinity account' }).getByTestId('contact');
  await entryNow.getByRole('button', { name: 'Delete this entry' }).click();
  await panel.getByRole('button', { name: 'Yes, delete' }).click();
  const undo = panel.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(panel.getByRole('article', { name: 'Xfinity account' }).getByTestId('promise')).toHaveCount(1);

  // The dashboard (every account of the estate).
  await panel.getByRole('button', { name: 'See all accounts' }).click();
  await expect(panel.getByRole('heading', { name: 'All accounts' })).toBeVisible();
  await shot(panel, '8-dashboard');
  await expectAccessible(panel, 'dashboard');
});

test('proof in plain words, the shortcut named; the report opens to read and print; every view passes axe', async ({ ext }) => {
  const { context, worker, extensionId } = ext;
  const { page: provider, tabId } = await openProviderTab(context, worker, BEREAVEMENT, bereavementHtml);
  const panel = await openPanel(context, extensionId, tabId);
  await panel.setViewportSize({ width: 360, height: 640 });
  await panel.getByLabel('Their full name').fill('Robert Miller');
  await panel.getByLabel('Date of death').fill('2026-03-02');
  await panel.getByRole('button', { name: 'Start' }).click();
  await panel.getByRole('button', { name: 'Add Xfinity to this estate' }).click();
  // The provider's page is the one shown in its window (as beside a real side panel).
  await provider.bringToFront();
  await panel.getByRole('button', { name: 'Save this page as proof' }).click();
  const status = panel.getByRole('region', { name: 'Proof of this page' }).getByRole('status');
  await expect(status).toContainText('Saved as proof');
  await panel.bringToFront();
  // Saved from the panel, so without a picture: the way to get one names the shortcut.
  await expect(status).toContainText('press Alt+Shift+S on the page');
  // The number is offered once, by the page's guidance.
  await expect(panel.getByRole('list', { name: 'Reference numbers found on the page' })).toHaveCount(0);
  // Its quote is of whole words (a cut side marked "…").
  // biome-ignore lint/performance/useDomNodeTextContent: the quote as shown
  const quote = (await panel.locator('.ref-context').innerText()).replace(/^“|”$/g, '').replace(/^…|…$/g, '');
  const pageWords = new Set(
    "We're sorry for your loss. Use this form to tell us about the death of an Xfinity account holder. Your confirmation number is XF-2026-0042. A credit of $54.20 on your account will be refunded by cheque. Upload a copy of the death certificate".split(
      ' ',
    ),
  );
  for (const word of quote.split(' ')) expect(pageWords.has(word), word).toBe(true);
  await shot(panel, '8-saved-page');

  await panel.getByRole('button', { name: 'Proof', exact: true }).click();
  const card = panel.getByRole('article', { name: /Account holder passed away/ });
  await card.getByRole('button', { name: 'Preview and open' }).click();
  await expect(card.getByRole('link', { name: 'Open saved copy of the page' })).toBeVisible();
  expect(await shownText(panel)).not.toMatch(/MHTML|SHA-256|checksum|integrity/i);
  await expect(panel.getByText('If this computer ever runs very short of space', { exact: false })).toBeVisible();
  await card.getByText('Technical details').click();
  await expect(card.getByRole('list', { name: 'Technical details of the files' })).toContainText('MHTML web archive');
  await expect(card.getByRole('list', { name: 'Technical details of the files' })).toContainText('SHA-256');
  await panel.getByRole('button', { name: 'Check that nothing has changed' }).click();
  await expect(panel.getByText('All 3 files are exactly as they were saved.')).toBeVisible();
  await shot(panel, '9-proof');
  await expectAccessible(panel, 'proof');

  await panel.getByRole('button', { name: 'Reminders' }).click();
  await expect(panel.getByRole('heading', { name: 'Reminder settings' })).toBeVisible();
  await shot(panel, '10-reminders');
  await expectAccessible(panel, 'reminders');

  await panel.getByRole('button', { name: 'Copies' }).click();
  await expect(panel.getByRole('heading', { name: 'Print or keep a copy' })).toBeVisible();
  const words = await shownText(panel);
  expect(words).not.toMatch(/\bZIP\b/);
  expect(words.toLowerCase()).not.toMatch(/bundle|checksum/);
  // Import is its own section, apart from the export's buttons.
  const exportBox = (await panel.getByRole('button', { name: 'Save a copy anyone can check' }).boundingBox())!;
  const importBox = (await panel.getByRole('heading', { name: 'Import a copy' }).boundingBox())!;
  expect(importBox.y).toBeGreaterThan(exportBox.y + exportBox.height + 20);
  await shot(panel, '11-export');
  await expectAccessible(panel, 'export and import');

  const [report] = await Promise.all([
    context.waitForEvent('page'),
    panel.getByRole('button', { name: 'Open the report to read or print' }).click(),
  ]);
  await expect(report.getByRole('heading', { name: 'Accounts of Robert Miller', level: 1 })).toBeVisible();
  await expect(report.getByRole('button', { name: 'Print the report' })).toBeFocused();
  await expect(report.locator('#report')).toContainText('Xfinity');
  // File names are shown as text: no link to a copy that is not beside this page.
  await expect(report.locator('#report')).toContainText('capture-account-holder-passed-away');
  expect(
    await report
      .locator('#report a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')).filter((h) => !/^https?:/.test(h ?? ''))),
  ).toEqual([]);
  // The report's own style applies (as a style sheet; the extension's policy forbids inline styles).
  expect(
    await report
      .locator('#report table')
      .first()
      .evaluate((t) => getComputedStyle(t).borderCollapse),
  ).toBe('collapse');
  await report.setViewportSize({ width: 360, height: 640 });
  await report.screenshot({ path: 'test-results/screens/calm-12-report.png', fullPage: true });
  await expectAccessible(report, 'report');
  await report.close();

  await panel.getByRole('button', { name: 'Lock' }).click();
  await expect(panel.getByRole('heading', { name: 'Lock your records with a passphrase' })).toBeVisible();
  await shot(panel, '13-lock');
  await expectAccessible(panel, 'lock');
});

test('a copy unzipped and zipped again on a Mac (__MACOSX/, .DS_Store) imports', async () => {
  const a = await launchWithExtension(mkdtempSync(path.join(work, 'profile-a-')));
  const panelA = await bundlePanel(a.context, a.extensionId);
  const original = path.join(work, 'original.zip');
  await exportFrom(panelA, original);
  await a.context.close();

  // What Finder's "Compress" makes of the unzipped folder.
  const files = unzip(readFileSync(original));
  const entries: Array<[string, Uint8Array | string]> = [];
  for (const [name, bytes] of Object.entries(files)) {
    entries.push([name, bytes]);
    const slash = name.lastIndexOf('/');
    entries.push([`__MACOSX/${name.slice(0, slash + 1)}._${name.slice(slash + 1)}`, 'Mac OS X resource fork']);
  }
  const root = Object.keys(files)[0]!.split('/')[0]!;
  entries.push([`${root}/.DS_Store`, 'Bud1'], [`${root}/data/.DS_Store`, 'Bud1']);
  const mac = path.join(work, 'Robert Miller copy.zip');
  writeFileSync(mac, await zipOf(entries));

  const b = await launchWithExtension(mkdtempSync(path.join(work, 'profile-b-')));
  const panel = await bundlePanel(b.context, b.extensionId, false);
  await panel.setViewportSize({ width: 360, height: 640 });
  await panel.getByLabel('The copy to import (.zip file)').setInputFiles(mac);
  const preview = panel.getByRole('region', { name: 'What the copy holds' });
  await expect(preview).toContainText('2 accounts: AT&T (555-123-4567), Xfinity (8499 1234 5678 9012)');
  await expect(preview).toContainText('Every file is exactly as it was when the copy was made.');
  await shot(panel, '14-import-mac-copy');
  await expectAccessible(panel, 'import preview');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(panel.getByRole('region', { name: 'Import a copy' }).getByRole('status')).toContainText('Imported:');
  await b.context.close();
});
