/**
 * A large estate's long lists are shown a part at a time (components/ShowMore.tsx):
 * an account's latest calls with "Show earlier calls" (read from the database a page at
 * a time, escalations among them in date order, nothing lost or repeated), its first open
 * steps with "Show more steps", its devices and documents sent 25 at a time, the first
 * reasons to escalate, the newest proof with "Show more proof"; each click moves the
 * focus to the first item it added, and a reminder about an old call still opens that call.
 */
import type { Page } from '@playwright/test';
import { expect, openPanel, openProviderTab, providerHtml, putRows, putSteps, readRows, startCase, test } from './fixtures';

const XFINITY = 'https://customer.xfinity.com/#/billing';
const stamp = '2026-03-10T12:00:00.000Z';
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/long-lists-${name}.png` });

test('long lists: the latest calls, "Show earlier calls", more steps and more proof, and a reminder opens an old call', async ({ ext }) => {
  const { tabId } = await openProviderTab(
    ext.context,
    ext.worker,
    XFINITY,
    providerHtml('My Account - Xfinity'),
    'https://customer.xfinity.com/**',
  );
  const panel = await openPanel(ext.context, ext.extensionId, tabId);
  await panel.setViewportSize({ width: 360, height: 640 });
  await startCase(panel);
  await panel.getByRole('button', { name: 'Add Xfinity to this estate' }).click();
  await expect(panel.getByRole('article', { name: 'Xfinity account' })).toBeVisible();
  const [account] = await readRows<{ id: string; caseId: string }>(panel, 'accounts');
  const { id: accountId, caseId } = account!;

  // 45 calls, one a minute, con-0 the newest; the 41st (con-40) holds a promise that was broken.
  await putRows(
    panel,
    'contacts',
    Array.from({ length: 45 }, (_, i) => ({
      id: `con-${i}`,
      caseId,
      accountId,
      at: new Date(Date.parse(stamp) - i * 60_000).toISOString(),
      channel: 'call',
      representative: `Agent ${i}`,
      summary: `Call number ${45 - i} about the final bill.`,
      createdAt: stamp,
      updatedAt: stamp,
    })),
  );
  await putRows(panel, 'promises', [
    {
      id: 'pro-old',
      caseId,
      accountId,
      contactId: 'con-40',
      what: 'Refund of the deposit',
      dueDate: '2026-03-05',
      createdAt: stamp,
      updatedAt: stamp,
    },
  ]);
  // Two escalations: one the day of the newest calls (it comes first in the log), one the day before them all (last).
  const escalation = (id: string, on: string, to: string) => ({
    id,
    caseId,
    accountId,
    level: 'supervisor',
    rung: 'supervisor',
    to,
    on,
    createdAt: stamp,
    updatedAt: stamp,
  });
  await putRows(panel, 'escalations', [
    escalation('esc-new', '2026-03-10', 'a supervisor at Xfinity'),
    escalation('esc-old', '2026-03-09', 'the retention team'),
  ]);
  // 30 devices (listed one a minute) and 30 documents sent, none acknowledged.
  await putRows(
    panel,
    'devices',
    Array.from({ length: 30 }, (_, i) => ({
      id: `dev-${i}`,
      caseId,
      accountId,
      kind: 'tv_box',
      label: `TV box ${i + 1}`,
      state: 'pending',
      createdAt: new Date(Date.parse(stamp) + i * 60_000).toISOString(),
      updatedAt: stamp,
    })),
  );
  await putRows(
    panel,
    'documentsSent',
    Array.from({ length: 30 }, (_, i) => ({
      id: `doc-${i}`,
      caseId,
      accountId,
      document: 'death_certificate',
      recipient: `Office ${i + 1}`,
      channel: 'mail',
      sentOn: `2026-02-${String(28 - (i % 28)).padStart(2, '0')}`,
      createdAt: stamp,
      updatedAt: stamp,
    })),
  );
  // 30 steps of the user's own, beside the playbook's.
  await putSteps(
    panel,
    Array.from({ length: 30 }, (_, i) => ({
      id: `own-${i}`,
      caseId,
      accountId,
      title: `My own step ${i + 1}`,
      state: 'todo',
      order: 1000 + i,
      links: { contactIds: [], documentSentIds: [], evidenceIds: [] },
      createdAt: stamp,
      updatedAt: stamp,
    })),
  );
  // 35 pieces of proof.
  await putRows(
    panel,
    'evidence',
    Array.from({ length: 35 }, (_, i) => ({
      id: `ev-${i}`,
      caseId,
      accountId,
      kind: 'document',
      title: `Letter ${35 - i}`,
      capturedAt: new Date(Date.parse(stamp) - i * 60_000).toISOString(),
      referenceNumbers: [],
      sensitive: false,
      files: [],
      createdAt: stamp,
      updatedAt: stamp,
    })),
  );
  await panel.reload();

  const xfinity = panel.getByRole('article', { name: 'Xfinity account' });
  const log = xfinity.getByRole('region', { name: 'Contact log' });
  const calls = log.getByTestId('contact');
  const entries = log.locator('ol.records > li');
  // The newest 20 calls, and the escalation of their day above them; the one older than them all waits.
  await expect(calls).toHaveCount(20);
  await expect(calls.first()).toContainText('Call number 45 about the final bill.');
  await expect(entries.first()).toHaveAttribute('data-id', 'esc-new');
  await expect(log.getByText('The latest 21 of 47 calls and messages are shown.')).toBeVisible();

  await log.getByRole('button', { name: 'Show earlier calls' }).click();
  await expect(calls).toHaveCount(40);
  // The focus goes to the first call just shown: the 21st newest.
  await expect(calls.nth(20)).toBeFocused();
  await expect(calls.nth(20)).toContainText('Call number 25 about the final bill.');
  await expect(log.getByText('The latest 41 of 47 calls and messages are shown.')).toBeVisible();
  await log.getByRole('button', { name: 'Show earlier calls' }).scrollIntoViewIfNeeded();
  await shot(panel, '1-earlier-calls');
  await log.getByRole('button', { name: 'Show earlier calls' }).click();
  await expect(calls).toHaveCount(45);
  await expect(log.getByRole('button', { name: 'Show earlier calls' })).toHaveCount(0);
  // Every entry once, in date order: nothing lost or repeated between the pages.
  expect(await entries.evaluateAll((items) => items.map((li) => li.getAttribute('data-id')))).toEqual([
    'esc-new',
    ...Array.from({ length: 45 }, (_, i) => `con-${i}`),
    'esc-old',
  ]);

  // Devices and documents sent: the first 25 each, then the rest.
  const equipment = xfinity.getByRole('region', { name: 'Equipment' });
  const devices = equipment.getByTestId('device');
  await expect(devices).toHaveCount(25);
  await expect(devices.first()).toHaveAccessibleName('TV box 1');
  await expect(equipment.getByText('25 of 30 devices are shown.')).toBeVisible();
  await equipment.getByRole('button', { name: 'Show more devices' }).scrollIntoViewIfNeeded();
  await shot(panel, '2-more-devices');
  await equipment.getByRole('button', { name: 'Show more devices' }).click();
  await expect(devices).toHaveCount(30);
  await expect(devices.nth(25)).toBeFocused();
  await expect(devices.nth(25)).toHaveAccessibleName('TV box 26');
  await expect(equipment.getByRole('button', { name: 'Show more devices' })).toHaveCount(0);
  const documents = xfinity.getByRole('region', { name: 'Documents sent' });
  await expect(documents.locator('ul.records > li')).toHaveCount(25);
  await expect(documents.getByText('The newest 25 of 30 documents sent are shown.')).toBeVisible();
  await documents.getByRole('button', { name: 'Show more documents' }).click();
  await expect(documents.locator('ul.records > li')).toHaveCount(30);
  await expect(documents.getByRole('button', { name: 'Show more documents' })).toHaveCount(0);

  // The reasons to escalate (the broken promise, each document never acknowledged): the first 3, then all.
  const escalationSection = xfinity.getByRole('region', { name: 'What usually works next' });
  const reasons = escalationSection.locator('.escalation-why > p:not(.show-more)');
  await expect(escalationSection.getByText(/^3 of \d+ reasons are shown\.$/)).toBeVisible();
  const reasonCount = Number(
    /of (\d+)/.exec((await escalationSection.getByText(/^3 of \d+ reasons are shown\.$/).textContent()) ?? '')?.[1],
  );
  expect(reasonCount).toBeGreaterThanOrEqual(31);
  await expect(reasons).toHaveCount(4); // and "One step at a time"
  await escalationSection.getByRole('button', { name: 'Show every reason' }).scrollIntoViewIfNeeded();
  await shot(panel, '2-first-reasons');
  await escalationSection.getByRole('button', { name: 'Show every reason' }).click();
  await expect(reasons).toHaveCount(reasonCount + 1);
  await expect(reasons.nth(3)).toBeFocused();

  // The checklist: the first 25 open steps, then "Show more steps".
  const steps = xfinity.getByRole('list', { name: 'Checklist', exact: true }).getByTestId('task');
  await expect(steps).toHaveCount(25);
  const open = await xfinity.getByText(/^25 of \d+ open steps are shown\.$/).textContent();
  const total = Number(/of (\d+)/.exec(open ?? '')?.[1]);
  expect(total).toBeGreaterThan(30);
  await xfinity.getByRole('button', { name: 'Show more steps' }).click();
  await expect(steps).toHaveCount(Math.min(total, 50));
  await expect(steps.nth(25)).toBeFocused();

  // Proof: the newest 30, then the rest.
  await panel.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Proof' }).click();
  const items = panel.locator('.evidence-list > article');
  await expect(items).toHaveCount(30);
  await expect(items.first()).toHaveAccessibleName('Letter 35');
  await expect(panel.getByText('The newest 30 of 35 are shown.')).toBeVisible();
  await panel.getByRole('button', { name: 'Show more proof' }).scrollIntoViewIfNeeded();
  await shot(panel, '3-more-proof');
  await panel.getByRole('button', { name: 'Show more proof' }).click();
  await expect(items).toHaveCount(35);
  await expect(items.nth(30).getByRole('button').first()).toBeFocused();
  await expect(panel.getByRole('button', { name: 'Show more proof' })).toHaveCount(0);

  // The broken promise of an old call: its reminder opens the account with that call shown and the promise in focus.
  await panel.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Reminders' }).click();
  await panel.getByRole('list', { name: 'Needs attention' }).getByRole('button').filter({ hasText: 'Refund of the deposit' }).click();
  const promise = panel.getByTestId('promise').filter({ hasText: 'Refund of the deposit' });
  await expect(promise).toBeFocused();
  await expect(promise).toBeInViewport();
  await expect(panel.getByTestId('contact')).toHaveCount(41);
  await shot(panel, '4-old-call-opened');
});
