// The undo history on fake-indexeddb: recording row changes, undo and redo restoring them exactly, a new step
// dropping the redo branch, the length bound, and the history surviving a re-opened database.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { saveImportedArticle } from '../../../renderer/db/articles-repo';
import { historyState, pushHistory, redoStep, runRecorded, undoStep } from '../../../renderer/db/history-repo';
import { TimelineDb } from '../../../renderer/db/timeline-db';
import { updateEventFields } from '../../../renderer/db/event-edits-repo';
import { freshDb, makeArticle, makeEvent } from './make-records';

let db: TimelineDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

async function seeded(): Promise<TimelineDb> {
  db = freshDb();
  await saveImportedArticle(db, makeArticle(), [makeEvent()]);
  return db;
}

const relabel = (label: string) =>
  runRecorded(db, { actionId: 'event.edit', label: `Edit ${label}` }, () => updateEventFields(db, 'e1', { label }));

describe('runRecorded', () => {
  it('records only the rows that changed, with their before and after values', async () => {
    await seeded();
    const { entry } = await relabel('Talks in Saint Petersburg');
    expect(entry?.changes.map((change) => `${change.table}:${change.key}`)).toEqual(expect.arrayContaining(['events:e1']));
    const change = entry!.changes.find((c) => c.table === 'events')!;
    expect((change.before as { label: string }).label).toBe('Wang Yi meets Vladimir Putin');
    expect((change.after as { label: string }).label).toBe('Talks in Saint Petersburg');
    expect(entry!.changes.some((c) => c.table === 'meta')).toBe(false); // the longest span did not change
  });

  it('stores no step when nothing changed, and ignores writes of other transactions', async () => {
    await seeded();
    const { entry } = await relabel('Wang Yi meets Vladimir Putin');
    expect(entry).toBeNull();
    await db.events.update('e1', { confidence: 0.1 });
    expect(await db.history.count()).toBe(0);
  });
});

describe('undo and redo', () => {
  it('undo writes the old rows back and redo the new ones; the labels say what', async () => {
    await seeded();
    await relabel('First');
    await relabel('Second');
    expect(await historyState(db)).toEqual({ undoLabel: 'Edit Second', redoLabel: null });
    await undoStep(db);
    expect((await db.events.get('e1'))?.label).toBe('First');
    await undoStep(db);
    expect((await db.events.get('e1'))?.label).toBe('Wang Yi meets Vladimir Putin');
    expect((await db.events.get('e1'))?.editedFields).toBeUndefined();
    expect(await undoStep(db)).toBeNull();
    expect(await historyState(db)).toEqual({ undoLabel: null, redoLabel: 'Edit First' });
    await redoStep(db);
    expect((await db.events.get('e1'))?.label).toBe('First');
    expect((await db.events.get('e1'))?.editedFields).toEqual(['label']);
  });

  it('a new step after undo drops the redo branch', async () => {
    await seeded();
    await relabel('First');
    await relabel('Second');
    await undoStep(db);
    await relabel('Third');
    expect(await historyState(db)).toEqual({ undoLabel: 'Edit Third', redoLabel: null });
    expect(await redoStep(db)).toBeNull();
    await undoStep(db);
    expect((await db.events.get('e1'))?.label).toBe('First');
  });

  it('keeps at most the bound, dropping the oldest', async () => {
    db = freshDb();
    for (let i = 0; i < 5; i++)
      await pushHistory(
        db,
        { actionId: 'x', label: `step ${i}`, changes: [{ table: 'meta', key: 'k', before: null, after: { key: 'k', value: i } }] },
        3,
      );
    const labels = (await db.history.toArray()).map((record) => record.entry.label);
    expect(labels).toEqual(['step 2', 'step 3', 'step 4']);
  });

  it('survives closing and re-opening the database', async () => {
    await seeded();
    await relabel('Kept');
    const name = db.name;
    db.close();
    db = new TimelineDb(name);
    expect(await historyState(db)).toEqual({ undoLabel: 'Edit Kept', redoLabel: null });
    await undoStep(db);
    expect((await db.events.get('e1'))?.label).toBe('Wang Yi meets Vladimir Putin');
  });
});
