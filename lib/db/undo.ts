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

/** Rows rewritten along with the deletion (a link to a deleted record dropped), put back on undo. */
export interface Rewrite {
  table: Table<any, string>;
  rows: Array<{ id: string }>;
}

export interface Undo {
  /** Puts every removed row back, as it was. */
  restore: () => Promise<void>;
  /** How many rows were removed or rewritten. */
  count: number;
}

export async function deleteWithUndo(removals: Removal[], rewrites: Rewrite[] = []): Promise<Undo> {
  const d = db();
  const tables = [...new Set([...removals, ...rewrites].map((r) => r.table))];
  const saved: Array<{ table: Table<any, string>; rows: unknown[] }> = [];
  await d.transaction('rw', tables, async () => {
    for (const { table, ids } of removals) {
      const rows = (await table.bulkGet(ids)).filter((r) => r !== undefined);
      saved.push({ table, rows });
      await table.bulkDelete(ids);
    }
    for (const { table, rows } of rewrites) {
      const before = (await table.bulkGet(rows.map((r) => r.id))).filter((r) => r !== undefined);
      saved.push({ table, rows: before });
      await table.bulkPut(rows);
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
