/**
 * The benches write their cases straight into IndexedDB, past the Dexie middleware that
 * keeps the attention rows (lib/db/attention.ts) up to date on every write of the app.
 * This builds those rows from what was written, as the app's writes would have (the same
 * function as the migration's build), so the badge and Reminders see the case.
 */
import type { Page } from '@playwright/test';
import { attentionRows, keptTables } from '../../lib/db/attention';

export async function writeAttentionRows(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (f) => f');
  const tables = (await page.evaluate(async (names: readonly string[]) => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const open = indexedDB.open('estate');
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const tx = db.transaction(names as string[]);
    const lists = await Promise.all(
      names.map(
        (name) =>
          new Promise<unknown[]>((res, rej) => {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => res(all.result);
            all.onerror = () => rej(all.error);
          }),
      ),
    );
    db.close();
    return Object.fromEntries(names.map((name, i) => [name, lists[i]]));
  }, keptTables)) as Record<string, Record<string, unknown>[]>;
  const rows = attentionRows(tables);
  await page.evaluate(async (rows) => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const open = indexedDB.open('estate');
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const tx = db.transaction('attention', 'readwrite');
    for (const row of rows) tx.objectStore('attention').put(row);
    await new Promise((res, rej) => {
      tx.oncomplete = res;
      tx.onerror = () => rej(tx.error);
    });
    db.close();
  }, rows);
}
