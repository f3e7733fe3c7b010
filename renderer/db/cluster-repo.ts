// Keeps the stored clusters of "same real-world event" reports up to date: places new events in the best
// matching cluster (candidates found through the [type+start] index, bounded), re-forms clusters after a
// delete or re-anchoring, and splits a report off a cluster for good. Call inside a transaction that
// includes the events, splits and meta tables.

import type { TimelineEvent } from '../../app/model/event';
import { chooseCluster, clusterEvents, joinCluster, membershipOf, type ApartTest, type Cluster } from '../../app/merge/cluster';
import { splitId, type StoredEvent } from '../../app/storage/schema';
import { addDaysIso } from '../lib/iso-date';
import { longestSpanDays } from './queries';
import type { TimelineDb } from './timeline-db';

/** At most this many stored events (the latest-starting ones) are compared with one new event. */
export const MAX_MERGE_CANDIDATES = 300;

const clusterKey = (event: StoredEvent): string => event.clusterId ?? event.id;

/** The analyst's splits touching any of `eventIds`, as a pair test. */
async function apartTestFor(db: TimelineDb, eventIds: readonly string[]): Promise<ApartTest> {
  if (eventIds.length === 0) return () => false;
  const rows = await db.splits.where('eventId').anyOf([...eventIds]).or('otherId').anyOf([...eventIds]).toArray();
  const pairs = new Set(rows.map((row) => row.id));
  return (a, b) => pairs.has(splitId(a, b));
}

/** Stores every member of `clusters` with its cluster id, size and representative flag. */
async function writeClusters(db: TimelineDb, clusters: readonly Cluster<StoredEvent>[]): Promise<void> {
  const rows = clusters.flatMap((cluster) => {
    const membership = membershipOf(cluster);
    return cluster.members.map((member) => ({ ...member, ...membership.get(member.id)! }));
  });
  await db.events.bulkPut(rows);
}

/** Stored clusters with a member of `event`'s type whose span overlaps it (other articles only). */
async function candidateClusters(db: TimelineDb, event: TimelineEvent, reachDays: number): Promise<Cluster<StoredEvent>[]> {
  const rows = await db.events
    .where('[type+start]')
    .between([event.type, addDaysIso(event.start, -reachDays)], [event.type, event.end], true, true)
    .reverse()
    .limit(MAX_MERGE_CANDIDATES)
    .toArray();
  const overlapping = rows.filter((row) => row.end >= event.start && row.articleId !== event.articleId);
  // The members of every candidate cluster in one query (one per cluster made hundreds of requests per new event).
  const ids = [...new Set(overlapping.map(clusterKey))];
  const membersById = new Map<string, StoredEvent[]>();
  for (const member of ids.length > 0 ? await db.events.where('clusterId').anyOf(ids).toArray() : []) {
    const list = membersById.get(member.clusterId!) ?? [];
    list.push(member);
    membersById.set(member.clusterId!, list);
  }
  return ids.map((id) => ({ id, members: membersById.get(id) ?? overlapping.filter((row) => clusterKey(row) === id) }));
}

/** Stores new events, each joining its best matching stored cluster or starting its own. */
export async function placeInClusters(db: TimelineDb, events: readonly TimelineEvent[]): Promise<void> {
  if (events.length === 0) return;
  const reach = await longestSpanDays(db);
  const apart = await apartTestFor(db, events.map((event) => event.id));
  for (const event of events) {
    const target = chooseCluster(event, await candidateClusters(db, event, reach), apart);
    await writeClusters(db, [target ? joinCluster(target, event) : { id: event.id, members: [event] }]);
  }
}

/** The cluster ids of `events` (before they are deleted or changed). */
export function clusterIdsOf(events: readonly StoredEvent[]): string[] {
  return [...new Set(events.map(clusterKey))];
}

/** Re-forms the given clusters from their remaining members: new representative, size, and id. */
export async function reformClusters(db: TimelineDb, clusterIds: readonly string[]): Promise<void> {
  if (clusterIds.length === 0) return;
  const members = await db.events.where('clusterId').anyOf([...clusterIds]).toArray();
  const apart = await apartTestFor(db, members.map((member) => member.id));
  await writeClusters(db, clusterEvents(members, apart));
}

/** The members of the cluster `eventId` belongs to (just the event for an unmerged one). */
export async function clusterMembers(db: TimelineDb, eventId: string): Promise<StoredEvent[]> {
  const event = await db.events.get(eventId);
  if (!event) return [];
  const members = await db.events.where('clusterId').equals(clusterKey(event)).toArray();
  return members.length > 0 ? members : [event];
}

/** Detaches one report into its own event and records the split, so it never re-merges with the others. */
export async function splitFromCluster(db: TimelineDb, eventId: string): Promise<void> {
  await db.transaction('rw', [db.events, db.splits, db.meta], async () => {
    const members = await clusterMembers(db, eventId);
    const event = members.find((member) => member.id === eventId);
    if (!event) throw new Error('the event is no longer in the database');
    const others = members.filter((member) => member.id !== eventId);
    await db.splits.bulkPut(others.map((other) => ({ id: splitId(eventId, other.id), eventId, otherId: other.id })));
    await writeClusters(db, [{ id: event.id, members: [event] }]);
    await writeClusters(db, clusterEvents(others, await apartTestFor(db, others.map((other) => other.id))));
  });
}
