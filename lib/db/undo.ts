/**
 * Delete with a short undo: the rows are removed in one transaction and kept in
 * memory, so the user can put them back for a while ("Undo" on the toast).
 */
import type { Table } from 'dexie';
import { db } from './database';

// biome-ignore lint/suspicious/noExplicitAny: rows of any table, each put back into the table it came from
type AnyRow = any;

export interface Removal {
  table: Table<AnyRow, string>;
  ids: string[];
  /**
   * Of `ids`, those still in use when their turn comes (asked inside the transaction,
   * after the removals listed before this one; it may read only their tables): those
   * stay. Undo then puts back only the rows missing by then. For files that more than
   * one piece of evidence lists.
   */
  inUse?: (ids: readonly string[]) => Promise<Set<string>>;
}

/** Rows rewritten along with the deletion (a link to a deleted record dropped), put back on undo. */
export interface Rewrite<T extends { id: string } = AnyRow> {
  table: Table<AnyRow, string>;
  rows: T[];
  /** What undo puts back, from the row as it was and as it is by then; by default the row as it was. */
  putBack?: (before: T, now: T | undefined) => T;
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
  // Snapshot first, outside the transaction: in Chromium a Blob read from IndexedDB can no
  // longer be read once its row is deleted, so file bytes are copied into memory; and
  // awaiting that copy inside a Dexie transaction would commit it early.
  const saved: Array<{ table: Table<AnyRow, string>; rows: AnyRow[]; putBack?: Rewrite['putBack']; onlyMissing?: boolean }> = [];
  for (const { table, ids, inUse } of removals)
    saved.push({
      table,
      rows: await Promise.all((await table.bulkGet(ids)).filter((r) => r !== undefined).map(detachBlobs)),
      onlyMissing: !!inUse,
    });
  for (const { table, rows, putBack } of rewrites)
    saved.push({ table, rows: (await table.bulkGet(rows.map((r) => r.id))).filter((r) => r !== undefined), putBack });
  await d.transaction('rw', tables, async () => {
    for (const { table, ids, inUse } of removals) {
      const used = inUse ? await inUse(ids) : new Set<string>();
      await table.bulkDelete(ids.filter((id) => !used.has(id)));
    }
    for (const { table, rows } of rewrites) await table.bulkPut(rows);
  });
  return {
    count: saved.reduce((n, s) => n + s.rows.length, 0),
    restore: async () => {
      await d.transaction('rw', tables, async () => {
        for (const { table, rows, putBack, onlyMissing } of saved) {
          if (onlyMissing) {
            const present = new Set(
              await table
                .where(':id')
                .anyOf(rows.map((r) => r.id))
                .primaryKeys(),
            );
            await table.bulkAdd(rows.filter((r) => !present.has(r.id)));
            continue;
          }
          const now = putBack ? await table.bulkGet(rows.map((r) => r.id)) : [];
          await table.bulkPut(putBack ? rows.map((row, i) => putBack(row, now[i])) : rows);
        }
      });
    },
  };
}

/** A copy of a row whose Blob fields hold their bytes in memory. */
async function detachBlobs<T>(row: T): Promise<T> {
  if (!row || typeof row !== 'object') return row;
  const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const [key, value] of Object.entries(copy)) {
    if (value instanceof Blob) copy[key] = new Blob([await value.arrayBuffer()], { type: value.type });
  }
  return copy as T;
}
