// The stored undo history (the history table): a new entry drops the redo branch and the oldest entries beyond
// MAX_HISTORY; undo writes the newest done entry's `before` rows back and marks it undone; redo writes the oldest
// undone entry's `after` rows and marks it done. Each step is one transaction, so a reload never sees half of one.

import type { HistoryEntry } from '../../app/model/history';
import type { HistoryRecord } from '../../app/storage/schema';
import { applyChanges, RECORDED_TABLES, recordChanges } from './change-recorder';
import type { TimelineDb } from './timeline-db';

/** The history id of re-anchoring (the worker records it; the action article.setPublished asks the worker). */
export const REANCHOR_ACTION_ID = 'article.setPublished';

/** How many undoable steps are kept. */
export const MAX_HISTORY = 100;

export interface HistoryState {
  /** Label of what Undo would undo, or null. */
  undoLabel: string | null;
  redoLabel: string | null;
}

/** Appends an entry (in the caller's transaction if there is one): the redo branch goes, and the oldest beyond the bound. */
export async function pushHistory(db: TimelineDb, entry: HistoryEntry, limit = MAX_HISTORY): Promise<void> {
  if (entry.changes.length === 0 && entry.effects === undefined) return;
  await db.transaction('rw', db.history, async () => {
    const undone = await db.history.filter((record) => record.undone).primaryKeys();
    await db.history.bulkDelete(undone);
    await db.history.add({ entry, undone: false, at: new Date().toISOString() });
    const count = await db.history.count();
    if (count > limit) await db.history.limit(count - limit).delete();
  });
}

/** Runs `operation` recording its row changes as one history entry (not stored: the dispatcher stores what an action returns). */
export async function recordStep<T>(
  db: TimelineDb,
  meta: Pick<HistoryEntry, 'actionId' | 'label'>,
  operation: () => Promise<T>,
): Promise<{ result: T; entry: HistoryEntry | null }> {
  const { result, changes } = await recordChanges(db, operation);
  return { result, entry: changes.length === 0 ? null : { ...meta, changes } };
}

/** Runs `operation` recording its row changes and stores them as one history entry in the same transaction (used by the worker). */
export async function runRecorded<T>(
  db: TimelineDb,
  meta: Pick<HistoryEntry, 'actionId' | 'label'>,
  operation: () => Promise<T>,
): Promise<{ result: T; entry: HistoryEntry | null }> {
  return db.transaction('rw', [...RECORDED_TABLES.map((name) => db.table(name)), db.history], async () => {
    const { result, changes } = await recordChanges(db, operation);
    if (changes.length === 0) return { result, entry: null };
    const entry: HistoryEntry = { ...meta, changes };
    await pushHistory(db, entry);
    return { result, entry };
  });
}

async function newestDone(db: TimelineDb): Promise<HistoryRecord | undefined> {
  return db.history
    .reverse()
    .filter((record) => !record.undone)
    .first();
}

async function oldestUndone(db: TimelineDb): Promise<HistoryRecord | undefined> {
  return db.history.filter((record) => record.undone).first();
}

export async function historyState(db: TimelineDb): Promise<HistoryState> {
  const [done, undone] = await Promise.all([newestDone(db), oldestUndone(db)]);
  return { undoLabel: done?.entry.label ?? null, redoLabel: undone?.entry.label ?? null };
}

type Restore = (entry: HistoryEntry, side: 'before' | 'after') => Promise<void>;
const restoreRows =
  (db: TimelineDb): Restore =>
  (entry, side) =>
    applyChanges(db, entry.changes, side);

/** The entry Undo would undo next, without undoing it. */
export async function peekUndo(db: TimelineDb): Promise<HistoryEntry | null> {
  return (await newestDone(db))?.entry ?? null;
}

export async function peekRedo(db: TimelineDb): Promise<HistoryEntry | null> {
  return (await oldestUndone(db))?.entry ?? null;
}

/**
 * Undoes the newest done step; `restore` writes the rows back (an action with its own undo passes its own).
 * Returns the entry undone, or null when there is nothing to undo.
 */
export async function undoStep(db: TimelineDb, restore: Restore = restoreRows(db)): Promise<HistoryEntry | null> {
  return db.transaction('rw', [...RECORDED_TABLES.map((name) => db.table(name)), db.history], async () => {
    const record = await newestDone(db);
    if (!record) return null;
    await restore(record.entry, 'before');
    await db.history.update(record.seq!, { undone: true });
    return record.entry;
  });
}

/** Redoes the oldest undone step; null when there is nothing to redo. */
export async function redoStep(db: TimelineDb, restore: Restore = restoreRows(db)): Promise<HistoryEntry | null> {
  return db.transaction('rw', [...RECORDED_TABLES.map((name) => db.table(name)), db.history], async () => {
    const record = await oldestUndone(db);
    if (!record) return null;
    await restore(record.entry, 'after');
    await db.history.update(record.seq!, { undone: false });
    return record.entry;
  });
}
