/**
 * Someone who used the previous version updates the extension: their database, as
 * that version left it (Dexie's version 2: one record per checklist step), is
 * upgraded when the panel opens, and everything they did is still there.
 */
import { expect, openPanel, openProviderTab, providerHtml, readRows, test } from './fixtures';

const stamp = '2026-03-10T12:00:00.000Z';
const links = { contactIds: [], documentSentIds: [], evidenceIds: [] };
const previousVersion = {
  cases: [
    { id: 'case-1', deceasedName: 'Robert Miller', dateOfDeath: '2026-03-02', userRole: 'child', createdAt: stamp, updatedAt: stamp },
  ],
  settings: [{ key: 'activeCaseId', value: 'case-1' }],
  accounts: [{ id: 'acct-1', caseId: 'case-1', providerId: 'xfinity', intent: 'close', createdAt: stamp, updatedAt: stamp }],
  tasks: [
    {
      id: 'step-1',
      caseId: 'case-1',
      accountId: 'acct-1',
      stepKey: 'notify',
      title: 'Tell Xfinity about the death',
      state: 'done',
      note: 'Called on the 4th',
      order: 0,
      links,
      createdAt: stamp,
      updatedAt: stamp,
    },
    {
      id: 'own-1',
      caseId: 'case-1',
      accountId: 'acct-1',
      title: 'Ask Aunt May where the modem is',
      state: 'todo',
      order: 2000,
      links,
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
};

test("an update keeps the previous version's checklist: ticks, notes and the user's own steps", async ({ ext }) => {
  const { tabId } = await openProviderTab(
    ext.context,
    ext.worker,
    'https://customer.xfinity.com/#/billing',
    providerHtml('My Account - Xfinity'),
    'https://customer.xfinity.com/**',
  );
  let panel = await openPanel(ext.context, ext.extensionId, tabId);
  await expect(panel.getByText("Let's start with the person who died")).toBeVisible();

  // Replace the database with the one the previous version left. Dexie closes this page's and
  // the worker's connections when asked to; the old database is written in its own upgrade
  // transaction, before any connection of the new version can open it.
  // It is done from a page of the extension that runs none of its code (its manifest), with the
  // panel closed: an open panel opens the current version again at once after a delete.
  const quiet = await ext.context.newPage();
  await quiet.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
  await panel.close();
  await quiet.evaluate(async (rows) => {
    const stores: Record<string, [string, string[]]> = {
      cases: ['id', []],
      accounts: ['id', ['caseId', 'providerId']],
      tasks: ['id', ['caseId', 'accountId', 'state', 'dueDate']],
      settings: ['key', []],
      devices: ['id', ['caseId', 'accountId']],
      documentsSent: ['id', ['caseId', 'accountId']],
      contacts: ['id', ['caseId', 'accountId', 'at']],
      promises: ['id', ['caseId', 'accountId', 'contactId', 'dueDate']],
      evidence: ['id', ['caseId', 'accountId', 'capturedAt']],
      blobs: ['id', []],
      userProviders: ['id', ['domain']],
    };
    const replace = async () => {
      await new Promise((resolve, reject) => {
        const del = indexedDB.deleteDatabase('estate');
        del.onsuccess = resolve;
        del.onerror = () => reject(del.error);
      });
      return new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('estate', 20); // Dexie stores version n as n × 10
        open.onupgradeneeded = () => {
          for (const [name, [keyPath, indexes]] of Object.entries(stores)) {
            const store = open.result.createObjectStore(name, { keyPath });
            for (const index of indexes) store.createIndex(index, index);
            for (const row of (rows as Record<string, object[]>)[name] ?? []) store.put(row);
          }
        };
        open.onsuccess = () => {
          open.result.close();
          resolve(true);
        };
        // The worker may open the current version between the delete and this open
        // (Dexie reopens on its next read): then delete again.
        open.onerror = () => (open.error?.name === 'VersionError' ? resolve(false) : reject(open.error));
      });
    };
    for (let attempt = 0; attempt < 20; attempt++) if (await replace()) return;
    throw new Error('the old database could not be put in place');
  }, previousVersion);
  await quiet.close();

  panel = await openPanel(ext.context, ext.extensionId, tabId);
  const account = panel.getByRole('article').filter({ hasText: 'Xfinity' }).first();
  await expect(panel.getByRole('checkbox', { name: 'Ask Aunt May where the modem is' })).toBeVisible();
  await panel.getByText(/Done or skipped \(\d+\)/).click();
  await expect(panel.getByRole('checkbox', { name: 'Tell Xfinity about the death' })).toBeChecked();
  await expect(account.getByText('Called on the 4th')).toBeVisible();
  await panel.screenshot({ path: 'test-results/screens/upgrade-from-v2.png', fullPage: true });

  // Stored the new way: the account's steps in one record, the old table gone.
  const [checklist, ...others] = await readRows<{ id: string; caseId: string; steps: { id: string; state: string }[] }>(
    panel,
    'checklists',
  );
  expect(others).toEqual([]);
  expect(checklist).toMatchObject({ id: 'acct-1', caseId: 'case-1' });
  expect(checklist!.steps.find((s) => s.id === 'step-1')?.state).toBe('done');
  expect(checklist!.steps.find((s) => s.id === 'own-1')?.state).toBe('todo');
  expect(
    await panel.evaluate(
      () =>
        new Promise(
          (resolve) => (indexedDB.open('estate').onsuccess = (e) => resolve([...(e.target as IDBOpenDBRequest).result.objectStoreNames])),
        ),
    ),
  ).not.toContain('tasks');
});
