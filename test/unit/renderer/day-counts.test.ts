// The per-day counts table (dayCounts, schema v6) stays equal to a count of the drawn events through every writer:
// import (single and batch), merging across articles, splitting, re-anchoring, deleting, raw table writes, and the
// v6 upgrade of a database stored before counts existed.

import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '../../../app/storage/schema';
import { countRowsOf } from '../../../app/view/day-count-deltas';
import { deleteArticle, replaceArticleEvents, saveImportedArticle, saveImportedBatch } from '../../../renderer/db/articles-repo';
import { splitFromCluster } from '../../../renderer/db/cluster-repo';
import { TimelineDb } from '../../../renderer/db/timeline-db';
import { freshDb, makeArticle, makeEvent, makeVisit } from './make-records';

let db: TimelineDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

/** The count table as [id, count] pairs, and the same counted straight from the events table. */
async function countsAndTruth(): Promise<{ table: Array<[string, number]>; truth: Array<[string, number]> }> {
  const table = (await db.dayCounts.orderBy('id').toArray()).map((row): [string, number] => [row.id, row.count]);
  const truth = countRowsOf(await db.events.toArray()).map((row): [string, number] => [row.id, row.count]);
  return { table, truth };
}

async function expectCountsRight(): Promise<Array<[string, number]>> {
  const { table, truth } = await countsAndTruth();
  expect(table).toEqual(truth);
  return table;
}

const visit = makeVisit;

describe('dayCounts', () => {
  it('counts imported events per start day, type and status', async () => {
    db = freshDb();
    await saveImportedArticle(db, makeArticle({ id: 'a' }), [
      makeEvent({ id: 'a:0', articleId: 'a' }),
      makeEvent({ id: 'a:1', articleId: 'a', label: 'Second meeting', participants: ['Li Qiang'] }),
      makeEvent({ id: 'a:2', articleId: 'a', type: 'attack', label: 'Attack', start: '2023-09-20', end: '2023-09-20', status: 'planned' }),
    ]);
    expect(await expectCountsRight()).toEqual([
      ['2023-09-20|attack|planned|d', 1],
      ['2023-09-21|meeting|occurred|d', 2],
    ]);
  });

  it('counts a merged cluster once, and both reports again after a split', async () => {
    db = freshDb();
    await saveImportedArticle(db, makeArticle({ id: 'a', title: 'A' }), [visit('a')]);
    await saveImportedArticle(db, makeArticle({ id: 'b', title: 'B' }), [visit('b')]);
    expect(await db.events.count()).toBe(2);
    expect(await expectCountsRight()).toEqual([['2023-10-01|visit|occurred|m', 1]]);
    await splitFromCluster(db, 'b:0');
    expect(await expectCountsRight()).toEqual([['2023-10-01|visit|occurred|m', 2]]);
  });

  it('follows re-anchoring to a new date and deleting an article', async () => {
    db = freshDb();
    await saveImportedBatch(db, [
      { article: makeArticle({ id: 'a', title: 'A' }), events: [visit('a')] },
      { article: makeArticle({ id: 'c', title: 'C' }), events: [makeEvent({ id: 'c:0', articleId: 'c' })] },
    ]);
    await replaceArticleEvents(db, 'a', { published: '2024-03-01', publishedSource: 'user' }, [
      visit('a', { start: '2024-04-01', end: '2024-04-30' }),
    ]);
    expect(await expectCountsRight()).toEqual([
      ['2023-09-21|meeting|occurred|d', 1],
      ['2024-04-01|visit|occurred|m', 1],
    ]);
    await deleteArticle(db, 'c');
    expect(await expectCountsRight()).toEqual([['2024-04-01|visit|occurred|m', 1]]);
    await deleteArticle(db, 'a');
    expect(await db.dayCounts.count()).toBe(0);
  });

  it('follows direct writes of any caller: edits, modify(), parallel puts, bulkDelete and clear', async () => {
    db = freshDb();
    await db.events.bulkPut([makeEvent({ id: 'x' }), makeEvent({ id: 'y' }), makeEvent({ id: 'z', type: 'forum' })]);
    await db.events.update('x', { type: 'agreement' }); // an analyst's edit of the type
    await db.events.where('type').equals('forum').modify({ start: '2023-01-05', end: '2023-01-05' });
    await db.transaction('rw', db.events, async () => {
      await Promise.all([db.events.put(makeEvent({ id: 'p1' })), db.events.put(makeEvent({ id: 'p2' })), db.events.delete('y')]);
    });
    expect(await expectCountsRight()).toEqual([
      ['2023-01-05|forum|occurred|d', 1],
      ['2023-09-21|agreement|occurred|d', 1],
      ['2023-09-21|meeting|occurred|d', 2],
    ]);
    await db.events.bulkDelete(['p1', 'missing']);
    expect(await expectCountsRight()).toHaveLength(3);
    await db.events.clear();
    expect(await db.dayCounts.count()).toBe(0);
  });

  it('are built for the rows of a database stored before version 6', async () => {
    const name = `upgrade-counts-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    for (const schema of SCHEMA_VERSIONS.filter((v) => v.version <= 3)) old.version(schema.version).stores({ ...schema.stores });
    await old.table('events').bulkPut([
      { ...makeEvent({ id: 'o:0' }), clusterId: 'o:0', clusterSize: 2, clusterLead: true },
      { ...makeEvent({ id: 'o:1' }), clusterId: 'o:0', clusterSize: 2, clusterLead: false },
      { ...makeEvent({ id: 'o:2', type: 'attack' }), clusterId: 'o:2', clusterSize: 1, clusterLead: true },
    ]);
    old.close();
    db = new TimelineDb(name);
    await db.open();
    expect(await expectCountsRight()).toEqual([
      ['2023-09-21|attack|occurred|d', 1],
      ['2023-09-21|meeting|occurred|d', 1],
    ]);
  });
});
