// Writes: import with dedupe by content hash, re-anchoring replaces events, delete cascades.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteArticle, entitiesOfEvents, replaceArticleEvents, saveImportedArticle } from '../../../renderer/db/articles-repo';
import { listArticleSummaries } from '../../../renderer/db/queries';
import type { TimelineDb } from '../../../renderer/db/timeline-db';
import { freshDb, makeArticle, makeEvent } from './make-records';

let db: TimelineDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('saveImportedArticle', () => {
  it('stores the article, its events and entities, and refuses the same hash twice', async () => {
    db = freshDb();
    const article = makeArticle({ id: 'hash-1' });
    const events = [
      makeEvent({ id: 'hash-1:0', articleId: 'hash-1' }),
      makeEvent({ id: 'hash-1:1', articleId: 'hash-1', type: 'visit', places: ['China'] }),
    ];
    expect(await saveImportedArticle(db, article, events)).toEqual({ status: 'imported', eventCount: 2 });

    const again = await saveImportedArticle(db, { ...article, fileName: 'copy.txt', importedAt: '2024-01-01T00:00:00Z' }, [
      makeEvent({ id: 'other', articleId: 'hash-1' }),
    ]);
    expect(again.status).toBe('duplicate');
    expect(await db.articles.count()).toBe(1);
    expect((await db.articles.get('hash-1'))?.fileName).toBe('article.txt');
    expect((await db.events.toArray()).map((e) => e.id).sort()).toEqual(['hash-1:0', 'hash-1:1']);
    const places = (await db.entities.where('kind').equals('place').toArray()).map((e) => e.name).sort();
    expect(places).toEqual(['China', 'Saint Petersburg']);
  });
});

describe('entitiesOfEvents', () => {
  it('counts the events naming each participant once per event', () => {
    const entities = entitiesOfEvents('a', [makeEvent({ participants: ['X', 'X', 'Y'] }), makeEvent({ participants: ['X'], places: [] })]);
    const x = entities.find((e) => e.kind === 'participant' && e.name === 'X');
    expect(x?.eventCount).toBe(2);
    expect(entities.filter((e) => e.kind === 'place')).toHaveLength(1);
  });
});

describe('replaceArticleEvents', () => {
  it('swaps the article date and replaces only that article’s events and entities', async () => {
    db = freshDb();
    await saveImportedArticle(db, makeArticle({ id: 'a', publishedSource: 'filename' }), [
      makeEvent({ id: 'a:0', articleId: 'a' }),
      makeEvent({ id: 'a:1', articleId: 'a' }),
    ]);
    await saveImportedArticle(db, makeArticle({ id: 'b' }), [makeEvent({ id: 'b:0', articleId: 'b', participants: ['Keep Me'] })]);

    const moved = makeEvent({
      id: 'a:0',
      articleId: 'a',
      start: '2024-03-01',
      end: '2024-03-31',
      precision: 'month',
      participants: ['New Person'],
    });
    await replaceArticleEvents(db, 'a', { published: '2024-02-10', publishedSource: 'user', publishedNote: 'set by you' }, [moved]);

    const article = await db.articles.get('a');
    expect(article?.published).toBe('2024-02-10');
    expect(article?.publishedSource).toBe('user');
    expect(article?.text).toBe(makeArticle().text);
    const aEvents = await db.events.where('articleId').equals('a').toArray();
    expect(aEvents.map((e) => [e.id, e.start, e.end])).toEqual([['a:0', '2024-03-01', '2024-03-31']]);
    expect(await db.events.where('articleId').equals('b').count()).toBe(1);
    const aPeople = (await db.entities.where('articleId').equals('a').toArray()).filter((e) => e.kind === 'participant').map((e) => e.name);
    expect(aPeople).toEqual(['New Person']);
    expect((await db.entities.where('articleId').equals('b').toArray()).map((e) => e.name)).toContain('Keep Me');
  });

  it('fails without writing anything when the article is unknown', async () => {
    db = freshDb();
    await expect(
      replaceArticleEvents(db, 'missing', { published: '2024-01-01', publishedSource: 'user' }, [makeEvent({ articleId: 'missing' })]),
    ).rejects.toThrow(/not in the database/);
    expect(await db.events.count()).toBe(0);
  });
});

describe('deleteArticle', () => {
  it('removes the article with its events and entities and leaves other articles alone', async () => {
    db = freshDb();
    await saveImportedArticle(db, makeArticle({ id: 'a' }), [makeEvent({ id: 'a:0', articleId: 'a' })]);
    await saveImportedArticle(db, makeArticle({ id: 'b' }), [
      makeEvent({ id: 'b:0', articleId: 'b' }),
      makeEvent({ id: 'b:1', articleId: 'b' }),
    ]);
    await deleteArticle(db, 'a');
    expect(await db.articles.get('a')).toBeUndefined();
    expect(await db.events.where('articleId').equals('a').count()).toBe(0);
    expect(await db.entities.where('articleId').equals('a').count()).toBe(0);
    const { summaries } = await listArticleSummaries(db);
    expect(summaries.map((s) => [s.article.id, s.eventCount])).toEqual([['b', 2]]);
  });
});
