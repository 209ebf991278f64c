/** Seeding and reading the extension's IndexedDB from the side panel page (plain IndexedDB, no product hooks). */
import type { Page } from '@playwright/test';
import { recordKinds } from '../../lib/model/records';
import { type Seed, seedCase } from '../fixtures/bundle-seed';
import { expect, openPanel, rebuildAttention } from './fixtures';

/** The stores of every kind of record (lib/model/records), in its order; steps are in `checklists`. */
export const recordStores: readonly string[] = recordKinds.map((kind) => kind.table);

/** Writes the seed into the panel's database (after the panel has opened it) and makes its case active. */
export async function seedPanel(panel: Page, seed: Seed): Promise<void> {
  await panel.evaluate(
    async ({ seed, stores }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('estate');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const tx = db.transaction([...stores, 'blobs', 'settings'], 'readwrite');
      for (const s of stores) for (const row of (seed as any)[s] ?? []) tx.objectStore(s).put(row);
      // An account's steps are stored together, as its checklist.
      for (const [id, steps] of Map.groupBy(seed.tasks, (t) => t.accountId))
        tx.objectStore('checklists').put({ id, caseId: steps[0]!.caseId, steps });
      for (const b of seed.blobs) tx.objectStore('blobs').put({ id: b.id, data: new Blob([b.text]) });
      tx.objectStore('settings').put({ key: 'activeCaseId', value: seed.cases[0]!.id });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { seed, stores: [...recordStores] },
  );
  await rebuildAttention(panel);
}

/** Every record and blob (as its SHA-256) in the panel's database, in key order. */
export async function dumpPanel(panel: Page): Promise<Record<string, unknown[]>> {
  return panel.evaluate(
    async (stores) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('estate');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const all = (s: string) =>
        new Promise<any[]>((resolve, reject) => {
          const r = db.transaction(s).objectStore(s).getAll();
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const out: Record<string, unknown[]> = {};
      for (const s of stores) out[s] = await all(s);
      // Steps compared in id order: the order they were stored in does not matter.
      for (const c of out.checklists as { steps: { id: string }[] }[]) c.steps.sort((a, b) => a.id.localeCompare(b.id));
      const hex = (b: ArrayBuffer) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
      out.blobs = await Promise.all(
        (await all('blobs')).map(async (b) => ({
          id: b.id,
          size: b.data.size,
          sha256: hex(await crypto.subtle.digest('SHA-256', await b.data.arrayBuffer())),
        })),
      );
      db.close();
      return out;
    },
    [...recordStores] as string[],
  );
}

/** The panel on its "Copies" view, with the seed case in it (unless told not to). */
export async function bundlePanel(context: Parameters<typeof openPanel>[0], extensionId: string, seed = true): Promise<Page> {
  const panel = await openPanel(context, extensionId);
  await expect(panel.getByRole('heading', { name: "Let's start with the person who died" })).toBeVisible(); // the database exists now
  if (seed) {
    await seedPanel(panel, seedCase());
    await panel.reload();
  }
  await panel.getByRole('button', { name: 'Copies' }).click();
  return panel;
}

/** Exports the active case from the view; with `full`, sensitive documents and whole account numbers too. */
export async function exportFrom(panel: Page, file: string, full = true): Promise<string> {
  if (full) {
    await panel.getByLabel('Include documents marked sensitive').check();
    await panel.getByLabel('Show account numbers in full').check();
  }
  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: 'Save a copy anyone can check' }).click(),
  ]);
  await download.saveAs(file);
  await expect(panel.getByRole('form', { name: 'Print or keep a copy' }).getByRole('status')).toContainText('Saved as');
  return download.suggestedFilename();
}
