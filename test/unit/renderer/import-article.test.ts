// The worker's per-file job on fake-indexeddb, with the real ingest and a stand-in extractor whose
// output depends on the publication date: import, duplicate recognition, specific errors, re-anchoring.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TimelineEvent } from '../../../app/model/event';
import type { TimelineDb } from '../../../renderer/db/timeline-db';
import { importPastedText, setPublicationDate } from '../../../renderer/worker/import-article';
import { freshDb, importOneFile, makeEvent } from './make-records';

/** Stand-in extractor: one event per line mentioning "met", dated the day after publication. */
vi.mock('../../../app/extract/pipeline', () => ({
  extractArticleEvents: (article: { id: string; text: string; published: string | null }): TimelineEvent[] => {
    if (!article.published) return [];
    const day = new Date(`${article.published}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 1);
    const date = day.toISOString().slice(0, 10);
    return article.text
      .split('\n')
      .filter((line) => line.includes(' met '))
      .map((line, n) => makeEvent({ id: `${article.id}:${n}`, articleId: article.id, label: line.slice(0, 20), start: date, end: date }));
  },
}));

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const ARTICLE = 'Talks in Rome\nThe ministers met in Rome.\nThe leaders met again later.\n';

let db: TimelineDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('importing a file', () => {
  it('stores the article under its content hash with its events and reports the stages', async () => {
    db = freshDb();
    const stages: string[] = [];
    const outcome = await importOneFile(db, { fileName: 'talks-2024-05-03.txt', bytes: encode(ARTICLE) }, (stage) => stages.push(stage));
    expect(outcome.status).toBe('imported');
    if (outcome.status !== 'imported') return;
    expect(outcome.articleId).toMatch(/^[0-9a-f]{64}$/);
    expect(outcome.eventCount).toBe(2);
    expect(outcome.extent).toEqual({ start: '2024-05-04', end: '2024-05-04' });
    expect(stages).toEqual(['reading', 'extracting', 'saving']);
    expect(await db.events.where('articleId').equals(outcome.articleId).count()).toBe(2);
  });

  it('recognises the same bytes under another name as already imported', async () => {
    db = freshDb();
    const first = await importOneFile(db, { fileName: 'a-2024-05-03.txt', bytes: encode(ARTICLE) });
    const second = await importOneFile(db, { fileName: 'b.txt', bytes: encode(ARTICLE) });
    expect(second).toMatchObject({ status: 'duplicate', articleId: first.status === 'imported' ? first.articleId : 'x' });
    expect(await db.articles.count()).toBe(1);
    expect(await db.events.count()).toBe(2);
  });

  it('turns bad files into specific errors without storing anything', async () => {
    db = freshDb();
    expect(await importOneFile(db, { fileName: 'notes.xyz', bytes: encode('hello') })).toEqual({
      status: 'failed',
      error: expect.stringContaining('notes.xyz: unsupported file type'),
    });
    expect(await importOneFile(db, { fileName: 'report.txt', bytes: new Uint8Array() })).toEqual({
      status: 'failed',
      error: expect.stringContaining('report.txt: file is empty'),
    });
    expect(await db.articles.count()).toBe(0);
  });
});

describe('setPublicationDate', () => {
  it('re-runs extraction against the new date and replaces the article’s events', async () => {
    db = freshDb();
    const outcome = await importPastedText(db, { text: ARTICLE, title: 'Rome talks', published: '2024-01-10' });
    if (outcome.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(outcome)}`);
    expect((await db.events.toArray()).map((e) => e.start)).toEqual(['2024-01-11', '2024-01-11']);

    await setPublicationDate(db, outcome.articleId, '2025-06-30');
    const article = await db.articles.get(outcome.articleId);
    expect(article).toMatchObject({ published: '2025-06-30', publishedSource: 'user' });
    const events = await db.events.toArray();
    expect(events.map((e) => [e.id, e.start])).toEqual([
      [`${outcome.articleId}:0`, '2025-07-01'],
      [`${outcome.articleId}:1`, '2025-07-01'],
    ]);
  });
});
