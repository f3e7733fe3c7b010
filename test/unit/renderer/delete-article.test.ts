// Deleting an article leaves nothing of it behind (fake-indexeddb): its events, entities, splits and cluster
// memberships go, the clusters it was in get a new lead, size and id, and every other row stays. Rows are
// counted in every table of the database (whatever tables a later schema adds), before and after.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../app/model/event';
import type { StoredEvent } from '../../../app/storage/schema';
import { countRowsOf } from '../../../app/view/day-count-deltas';
import { deleteArticle, saveImportedArticle } from '../../../renderer/db/articles-repo';
import { splitFromCluster } from '../../../renderer/db/cluster-repo';
import type { TimelineDb } from '../../../renderer/db/timeline-db';
import { freshDb, makeArticle, makeEvent, makeVisit } from './make-records';

let db: TimelineDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

const visit = makeVisit;

const meeting = (articleId: string): TimelineEvent => makeEvent({ id: `${articleId}:1`, articleId });

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  return counts;
}

/** Every cluster's rows agree: one lead, the size equals the members found, the id is a member's. */
async function expectConsistentClusters(): Promise<void> {
  const events = await db.events.toArray();
  const byCluster = new Map<string, StoredEvent[]>();
  for (const event of events) byCluster.set(event.clusterId ?? event.id, [...(byCluster.get(event.clusterId ?? event.id) ?? []), event]);
  for (const [clusterId, members] of byCluster) {
    expect(members.map((member) => member.id)).toContain(clusterId);
    expect(members.filter((member) => member.clusterLead)).toHaveLength(1);
    expect(members.every((member) => member.clusterSize === members.length)).toBe(true);
  }
}

describe('deleteArticle', () => {
  it('removes the article, its events, entities, splits and cluster memberships, and nothing else', async () => {
    db = freshDb();
    // a, b and c report the same visit (one cluster led by b's day-precise report); a also reports a meeting.
    await saveImportedArticle(db, makeArticle({ id: 'a' }), [visit('a'), meeting('a')]);
    await saveImportedArticle(db, makeArticle({ id: 'b' }), [visit('b', { start: '2023-10-17', end: '2023-10-17', precision: 'day' })]);
    await saveImportedArticle(db, makeArticle({ id: 'c' }), [visit('c', { confidence: 0.6 })]);
    expect((await db.events.get('c:0'))?.clusterSize).toBe(3);
    await splitFromCluster(db, 'a:0'); // splits a:0|b:0 and a:0|c:0; b and c stay one cluster
    await splitFromCluster(db, 'c:0'); // splits b:0|c:0 and a:0|c:0 (already there)
    await expectConsistentClusters();

    const before = await rowCounts();
    const entitiesOfA = await db.entities.where('articleId').equals('a').count();
    const splitsOfA = (await db.splits.toArray()).filter((row) => row.eventId.startsWith('a:') || row.otherId.startsWith('a:')).length;
    expect(splitsOfA).toBe(2);
    expect(entitiesOfA).toBeGreaterThan(0);

    await deleteArticle(db, 'a');

    const after = await rowCounts();
    const expected: Record<string, number> = { ...before, articles: before.articles! - 1, events: before.events! - 2 };
    expected.entities = before.entities! - entitiesOfA;
    expected.splits = before.splits! - splitsOfA;
    // The per-day counts follow the events that are left (kept by the counts middleware).
    const recounted = countRowsOf(await db.events.toArray()).sort((x, y) => x.id.localeCompare(y.id));
    expected.dayCounts = recounted.length;
    expect(after).toEqual(expected);
    expect((await db.dayCounts.toArray()).sort((x, y) => x.id.localeCompare(y.id))).toEqual(recounted);
    expect((await db.splits.toArray()).map((row) => row.id)).toEqual(['b:0|c:0']);
    for (const table of db.tables) {
      const rows: unknown[] = await table.toArray();
      expect(rows.filter((row) => JSON.stringify(row).includes('"a:') || (row as { articleId?: string }).articleId === 'a')).toEqual([]);
    }
    await expectConsistentClusters();
  });

  it('re-forms the cluster whose lead and id came from the deleted article', async () => {
    db = freshDb();
    await saveImportedArticle(db, makeArticle({ id: 'a' }), [visit('a', { start: '2023-10-17', end: '2023-10-17', precision: 'day' })]);
    await saveImportedArticle(db, makeArticle({ id: 'b' }), [visit('b')]);
    await saveImportedArticle(db, makeArticle({ id: 'c' }), [visit('c', { confidence: 0.9 })]);
    const lead = (await db.events.toArray()).find((event) => event.clusterLead);
    expect(lead?.id).toBe('a:0');
    const before = await rowCounts();

    await deleteArticle(db, 'a');

    const remaining = await db.events.toArray();
    expect(remaining.map((event) => [event.id, event.clusterId, event.clusterSize, event.clusterLead])).toEqual([
      ['b:0', 'b:0', 2, false],
      ['c:0', 'b:0', 2, true],
    ]);
    const after = await rowCounts();
    expect(after.events).toBe(before.events! - 1);
    expect(after.articles).toBe(before.articles! - 1);
    expect(after.meta).toBe(before.meta);
  });
});
