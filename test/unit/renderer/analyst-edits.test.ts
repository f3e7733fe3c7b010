// The analyst's edits through re-extraction, on fake-indexeddb with the real pipeline and the example article:
// an edited label survives a changed publication date and a re-import (marked edited), a deleted event does not
// come back, and undoing the re-anchoring sets the old date and events back.

import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteArticle } from '../../../renderer/db/articles-repo';
import { deleteEvent, updateEventFields } from '../../../renderer/db/event-edits-repo';
import { historyState, undoStep } from '../../../renderer/db/history-repo';
import type { TimelineDb } from '../../../renderer/db/timeline-db';
import { importPastedText, setPublicationDate } from '../../../renderer/worker/import-article';
import { freshDb } from './make-records';

const ARTICLE = path.resolve(__dirname, '../../../../shared/articles/wang-yi-putin-2023-09-21.txt');

let db: TimelineDb;
let text: string;
let articleId: string;

beforeEach(async () => {
  db = freshDb();
  text = await readFile(ARTICLE, 'utf8');
  const outcome = await importPastedText(db, { text, title: 'Wang Yi meets Putin', published: '2023-09-21' });
  if (outcome.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(outcome)}`);
  articleId = outcome.articleId;
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const eventsByType = async (type: string) =>
  (await db.events.where('articleId').equals(articleId).toArray()).filter((event) => event.type === type);

describe('edits through re-extraction', () => {
  it('keeps an edited label (marked edited) after the publication date changes, while other fields are re-extracted', async () => {
    const [meeting] = await eventsByType('meeting');
    await updateEventFields(db, meeting!.id, { label: 'Wang Yi and Putin, St Petersburg talks' });
    const before = await eventsByType('forum');
    await setPublicationDate(db, articleId, '2024-03-10');
    const [after] = await eventsByType('meeting');
    expect(after?.label).toBe('Wang Yi and Putin, St Petersburg talks');
    expect(after?.editedFields).toEqual(['label']);
    // The forum ("next month") moved with the new publication date: re-extraction did run.
    const forum = await eventsByType('forum');
    expect(forum[0]?.start).not.toBe(before[0]?.start);
    expect(forum[0]?.editedFields).toBeUndefined();
  });

  it('does not bring back a deleted event after re-anchoring or a re-import', async () => {
    const [forum] = await eventsByType('forum');
    await deleteEvent(db, forum!.id);
    await setPublicationDate(db, articleId, '2023-09-22');
    expect(await eventsByType('forum')).toEqual([]);
    expect((await eventsByType('meeting')).length).toBe(1);
    await deleteArticle(db, articleId);
    await importPastedText(db, { text, title: 'Wang Yi meets Putin', published: '2023-09-21' });
    expect(await eventsByType('forum')).toEqual([]);
    expect((await eventsByType('invasion')).length).toBe(1);
  });

  it('keeps an edit through a re-import of the article', async () => {
    const [invasion] = await eventsByType('invasion');
    await updateEventFields(db, invasion!.id, { places: ['Ukraine', 'Kyiv'] });
    await deleteArticle(db, articleId);
    await importPastedText(db, { text, title: 'Wang Yi meets Putin', published: '2023-09-21' });
    const [again] = await eventsByType('invasion');
    expect(again?.places).toEqual(['Ukraine', 'Kyiv']);
    expect(again?.editedFields).toEqual(['places']);
  });

  it('re-anchoring is one undo step that sets the old date and events back', async () => {
    const forumBefore = (await eventsByType('forum'))[0]!;
    await setPublicationDate(db, articleId, '2024-03-10');
    expect((await historyState(db)).undoLabel).toContain('2024-03-10');
    await undoStep(db);
    expect((await db.articles.get(articleId))?.published).toBe('2023-09-21');
    expect((await eventsByType('forum'))[0]?.start).toBe(forumBefore.start);
  });
});
