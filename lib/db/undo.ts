/**
 * Delete with a short undo: the rows are removed in one transaction and kept in
 * memory, so the user can put them back for a while ("Undo" on the toast).
 */
import type { Table } from 'dexie';
import { db } from './index';

export interface Removal {
  table: Table<any, string>;
  ids: string[];
}

export interface Undo {
  /** Puts every removed row back, as it was. */
  restore: () => Promise<void>;
  /** How many rows were removed. */
  count: number;
}

export async function deleteWithUndo(removals: Removal[]): Promise<Undo> {
  const d = db();
  const tables = removals.map((r) => r.table);
  const saved: Array<{ table: Table<any, string>; rows: unknown[] }> = [];
  await d.transaction('rw', tables, async () => {
    for (const { table, ids } of removals) {
      const rows = (await table.bulkGet(ids)).filter((r) => r !== undefined);
      saved.push({ table, rows });
      await table.bulkDelete(ids);
    }
  });
  return {
    count: saved.reduce((n, s) => n + s.rows.length, 0),
    restore: async () => {
      await d.transaction('rw', tables, async () => {
        for (const { table, rows } of saved) await table.bulkPut(rows);
      });
    },
  };
}
