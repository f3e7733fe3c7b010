// Cross-article merging in the database (fake-indexeddb): merge on import, no merge for different events,
// split persisted and respected on re-anchoring (and dropped with its article), deletion re-forming the cluster.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../app/model/event';
import { deleteArticle, replaceArticleEvents, saveImportedArticle, saveImportedBatch } from '../../../renderer/db/articles-repo';
import { clusterMembers, splitFromCluster } from '../../../renderer/db/cluster-repo';
import { queryEventsInWindow } from '../../../renderer/db/queries';
import { collapseClusters } from '../../../app/merge/collapse';
import type { TimelineDb } from '../../../renderer/db/timeline-db';
import { freshDb, makeArticle, makeVisit } from './make-records';

let db: TimelineDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

const visit = makeVisit;

async function importVisit(articleId: string, fields: Partial<TimelineEvent> = {}): Promise<void> {
  await saveImportedArticle(db, makeArticle({ id: articleId, title: `Outlet ${articleId}` }), [visit(articleId, fields)]);
}

async function shownInOctober(): Promise<Array<[string, number]>> {
  const { events } = await queryEventsInWindow(db, { start: '2023-10-01', end: '2023-10-31' });
  return collapseClusters(events).map((c) => [c.event.id, c.sourceCount]);
}

describe('merging on import', () => {
  it('merges the same visit from two outlets into one cluster shown once with two sources', async () => {
    db = freshDb();
    await importVisit('a');
    await importVisit('b', { participants: ['Putin'], start: '2023-10-17', end: '2023-10-17', precision: 'day', confidence: 0.5 });
    const members = await clusterMembers(db, 'a:0');
    expect(members.map((m) => m.id).sort()).toEqual(['a:0', 'b:0']);
    expect(members.every((m) => m.clusterId === 'a:0' && m.clusterSize === 2)).toBe(true);
    expect(members.find((m) => m.clusterLead)?.id).toBe('b:0'); // the day-precision report represents it
    expect(await shownInOctober()).toEqual([['b:0', 2]]);
  });

  it('does not merge different events of the same type and month', async () => {
    db = freshDb();
    await importVisit('a');
    await importVisit('b', { participants: ['Xi Jinping'], places: ['Russia'], label: 'Xi visits Russia' });
    expect((await clusterMembers(db, 'b:0')).map((m) => m.id)).toEqual(['b:0']);
    expect(await shownInOctober()).toEqual([
      ['a:0', 1],
      ['b:0', 1],
    ]);
  });

  it('stores a batch in one go, merging across the batch', async () => {
    db = freshDb();
    const items = ['a', 'b', 'c'].map((id) => ({ article: makeArticle({ id }), events: [visit(id)] }));
    const outcomes = await saveImportedBatch(db, [...items, items[0]!]);
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported', 'imported', 'duplicate']);
    expect(await shownInOctober()).toEqual([['a:0', 3]]);
  });

  it('clusters a batch exactly as importing its articles one by one would', async () => {
    const meeting = (articleId: string, n: number, fields: Partial<TimelineEvent> = {}): TimelineEvent =>
      visit(articleId, {
        id: `${articleId}:${n}`,
        type: 'meeting',
        label: 'Wang Yi meets Putin',
        participants: ['Wang Yi', 'Vladimir Putin'],
        places: ['Saint Petersburg'],
        start: '2023-09-21',
        end: '2023-09-21',
        precision: 'day',
        ...fields,
      });
    // 'm' is stored first; 'b' (a smaller id) then joins its clusters and renames them; 'c' reports the visit, the
    // meeting, and an unrelated meeting; 'd' reports the visit to another country.
    const stored = { article: makeArticle({ id: 'm' }), events: [visit('m'), meeting('m', 1)] };
    const batch = [
      { article: makeArticle({ id: 'b' }), events: [meeting('b', 0), visit('b', { id: 'b:1', start: '2023-10-17', end: '2023-10-17' })] },
      {
        article: makeArticle({ id: 'c' }),
        events: [visit('c'), meeting('c', 1), meeting('c', 2, { participants: ['Lavrov'], places: ['Oslo'] })],
      },
      { article: makeArticle({ id: 'd' }), events: [visit('d', { places: ['India'] })] },
    ];
    const membership = async (): Promise<string[]> =>
      (await db.events.toArray())
        .map((e) => `${e.id} in ${e.clusterId} of ${e.clusterSize}${e.clusterLead ? ' lead' : ''}${e.sourcesDisagree ? ' disagree' : ''}`)
        .sort();
    db = freshDb();
    await saveImportedBatch(db, [stored]);
    for (const item of batch) await saveImportedBatch(db, [item]);
    const oneByOne = await membership();
    db.close();
    await db.delete();
    db = freshDb();
    await saveImportedBatch(db, [stored]);
    await saveImportedBatch(db, batch);
    expect(await membership()).toEqual(oneByOne);
    // And the facts that matter: the meeting reports form one cluster under the smallest id, the visits another.
    // The facts that matter: the meetings form one cluster named after the smallest id (b:0, which joined after m:1
    // was stored), the visits another (b:1, the day-precision report, leads); other place, other meeting: alone.
    expect(oneByOne).toEqual(expect.arrayContaining(['b:0 in b:0 of 3 lead', 'c:1 in b:0 of 3', 'm:1 in b:0 of 3']));
    expect(oneByOne).toEqual(expect.arrayContaining(['b:1 in b:1 of 3 lead', 'c:0 in b:1 of 3', 'm:0 in b:1 of 3']));
    expect(oneByOne).toContain('d:0 in d:0 of 1 lead');
    expect(oneByOne.find((row) => row.startsWith('c:2 '))).toBe('c:2 in c:2 of 1 lead');
  });
});

describe('splitting', () => {
  it('detaches a source for good: persisted and respected when the article is re-anchored; deleting the article drops its splits', async () => {
    db = freshDb();
    await importVisit('a');
    await importVisit('b');
    await importVisit('c');
    expect(await shownInOctober()).toEqual([['a:0', 3]]);

    await splitFromCluster(db, 'b:0');
    expect(await shownInOctober()).toEqual([
      ['a:0', 2],
      ['b:0', 1],
    ]);
    expect(await db.splits.count()).toBe(2);

    await replaceArticleEvents(db, 'b', { published: '2023-09-22', publishedSource: 'user', publishedNote: 'set by you' }, [visit('b')]);
    expect((await clusterMembers(db, 'b:0')).map((m) => m.id)).toEqual(['b:0']);

    // Deleting the article deletes its splits with it (issue 9: no orphaned rows): a re-import starts afresh.
    await deleteArticle(db, 'b');
    expect(await db.splits.count()).toBe(0);
    await importVisit('b');
    expect(await shownInOctober()).toEqual([['a:0', 3]]);
  });
});

describe('deleting', () => {
  it('removes the article events and re-forms the cluster representative and size', async () => {
    db = freshDb();
    await importVisit('a');
    await importVisit('b', { start: '2023-10-17', end: '2023-10-17', precision: 'day' });
    await importVisit('c', { confidence: 0.95 });
    expect(await shownInOctober()).toEqual([['b:0', 3]]);
    await deleteArticle(db, 'b');
    expect(await db.events.get('b:0')).toBeUndefined();
    const members = await clusterMembers(db, 'a:0');
    expect(members.map((m) => [m.id, m.clusterSize, m.clusterLead])).toEqual([
      ['a:0', 2, false],
      ['c:0', 2, true],
    ]);
    expect(await shownInOctober()).toEqual([['c:0', 2]]);
  });
});
