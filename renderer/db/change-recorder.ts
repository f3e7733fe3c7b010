// Records what a database operation changed, row by row, so it can be undone and redone: `recordChanges` runs the
// operation in one read-write transaction over every data table, listens (Dexie's creating/updating/deleting hooks,
// only for that transaction) for the first value each touched row had, and reads each row's final value at the end.
// Rows that end as they began are left out. The history table itself is never recorded.

import Dexie, { type Transaction } from 'dexie';
import type { RowChange } from '../../app/model/history';
import type { TimelineDb } from './timeline-db';

/** The tables whose rows undo and redo restore. */
export const RECORDED_TABLES = ['articles', 'events', 'entities', 'meta', 'splits', 'merges', 'analystEdits'] as const;

type Hook = (...args: unknown[]) => void;

const keyText = (key: unknown): string => (typeof key === 'string' ? key : JSON.stringify(key));

/** Deep equality of plain stored values (JSON-shaped rows). */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Runs `operation` in one transaction and returns its result with the row changes it made. */
export async function recordChanges<T>(db: TimelineDb, operation: () => Promise<T>): Promise<{ result: T; changes: RowChange[] }> {
  const tables = RECORDED_TABLES.map((name) => db.table(name));
  return db.transaction('rw', tables, async (tx: Transaction) => {
    const mine = (transaction: unknown): boolean => (transaction as Transaction | undefined)?.idbtrans === tx.idbtrans;
    /** table → key text → { key, before } in first-touch order. */
    const touched = new Map<string, Map<string, { key: unknown; before: unknown }>>();
    const note = (table: string, key: unknown, before: unknown): void => {
      const rows = touched.get(table) ?? new Map<string, { key: unknown; before: unknown }>();
      touched.set(table, rows);
      const text = keyText(key);
      if (!rows.has(text)) rows.set(text, { key, before: before === undefined ? null : Dexie.deepClone(before) });
    };
    const unsubscribe: Array<() => void> = [];
    for (const table of tables) {
      const creating: Hook = (key, _obj, transaction) => mine(transaction) && note(table.name, key, null);
      const updating: Hook = (_mods, key, obj, transaction) => mine(transaction) && note(table.name, key, obj);
      const deleting: Hook = (key, obj, transaction) => mine(transaction) && note(table.name, key, obj);
      table.hook('creating', creating as never);
      table.hook('updating', updating as never);
      table.hook('deleting', deleting as never);
      unsubscribe.push(() => {
        table.hook('creating').unsubscribe(creating as never);
        table.hook('updating').unsubscribe(updating as never);
        table.hook('deleting').unsubscribe(deleting as never);
      });
    }
    try {
      const result = await operation();
      const changes: RowChange[] = [];
      for (const [table, rows] of touched) {
        const entries = [...rows.values()];
        const after = await db.table(table).bulkGet(entries.map((entry) => entry.key as string));
        entries.forEach((entry, i) => {
          const now: unknown = after[i] ?? null;
          if (!sameValue(entry.before, now)) changes.push({ table, key: keyText(entry.key), before: entry.before, after: now });
        });
      }
      return { result, changes };
    } finally {
      for (const off of unsubscribe) off();
    }
  });
}

/** Writes one side of `changes` back (`before` to undo, in reverse order; `after` to redo), in the caller's transaction. */
export async function applyChanges(db: TimelineDb, changes: readonly RowChange[], side: 'before' | 'after'): Promise<void> {
  const ordered = side === 'before' ? [...changes].reverse() : changes;
  for (const change of ordered) {
    const table = db.table(change.table);
    const value = change[side];
    const key = table.schema.primKey.auto ? Number(change.key) : change.key;
    if (value === null || value === undefined) await table.delete(key);
    else await table.put(value);
  }
}
