// Keeps the stored clusters of "same real-world event" reports up to date: places new events in the best
// matching cluster (candidates found through the [type+start] index, bounded), re-forms clusters after a
// delete or re-anchoring, and splits a report off a cluster for good. Pairs the analyst merged by hand (the
// merges table) stay together whenever clusters are re-formed. Call inside a transaction that includes the
// events, splits, merges and meta tables.

import type { TimelineEvent } from '../../app/model/event';
import { chooseCluster, clusterEvents, joinCluster, membershipOf, type ApartTest, type Cluster } from '../../app/merge/cluster';
import { reportsDisagree } from '../../app/merge/disagreement';
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
  const rows = await db.splits
    .where('eventId')
    .anyOf([...eventIds])
    .or('otherId')
    .anyOf([...eventIds])
    .toArray();
  const pairs = new Set(rows.map((row) => row.id));
  return (a, b) => pairs.has(splitId(a, b));
}

/** The analyst's hand merges touching any of `eventIds`, as [eventId, otherId] pairs. */
export async function mergedPairsFor(db: TimelineDb, eventIds: readonly string[]): Promise<Array<[string, string]>> {
  if (eventIds.length === 0) return [];
  const rows = await db.merges
    .where('eventId')
    .anyOf([...eventIds])
    .or('otherId')
    .anyOf([...eventIds])
    .toArray();
  return rows.map((row) => [row.eventId, row.otherId]);
}

/** Joins clusters holding the two ends of a hand-merged pair (smallest member id stays the cluster id). */
export function joinMergedPairs(clusters: readonly Cluster<StoredEvent>[], pairs: ReadonlyArray<[string, string]>): Cluster<StoredEvent>[] {
  let out = [...clusters];
  for (const [a, b] of pairs) {
    const first = out.find((cluster) => cluster.members.some((member) => member.id === a));
    const second = out.find((cluster) => cluster.members.some((member) => member.id === b));
    if (!first || !second || first === second) continue;
    const joined = { id: first.id < second.id ? first.id : second.id, members: [...first.members, ...second.members] };
    out = [...out.filter((cluster) => cluster !== first && cluster !== second), joined];
  }
  return out;
}

/** The rows of every member of `clusters` with its cluster id, size, representative flag and whether its reports disagree. */
function clusterRows(clusters: readonly Cluster<StoredEvent>[]): StoredEvent[] {
  return clusters.flatMap((cluster) => {
    const membership = membershipOf(cluster);
    const disagree = cluster.members.length > 1 && reportsDisagree(cluster.members);
    return cluster.members.map((member) => {
      const row: StoredEvent = { ...member, ...membership.get(member.id)! };
      if (disagree) row.sourcesDisagree = true;
      else delete row.sourcesDisagree;
      return row;
    });
  });
}

/** Stores every member of `clusters` with its cluster id, size, representative flag and whether its reports disagree. */
export async function writeClusters(db: TimelineDb, clusters: readonly Cluster<StoredEvent>[]): Promise<void> {
  await db.events.bulkPut(clusterRows(clusters));
}

/**
 * Stored clusters with a member of `event`'s type whose span overlaps it (other articles only), as they stand with
 * `pending` (rows written by the same placement but not stored yet) in place of the stored rows.
 */
async function candidateClusters(
  db: TimelineDb,
  event: TimelineEvent,
  reachDays: number,
  pending: ReadonlyMap<string, StoredEvent>,
): Promise<Cluster<StoredEvent>[]> {
  const earliest = addDaysIso(event.start, -reachDays);
  const stored = await db.events
    .where('[type+start]')
    .between([event.type, earliest], [event.type, event.end], true, true)
    .reverse()
    .limit(MAX_MERGE_CANDIDATES)
    .toArray();
  const rows = new Map(stored.map((row) => [row.id, pending.get(row.id) ?? row]));
  for (const row of pending.values()) if (row.type === event.type && row.start >= earliest && row.start <= event.end) rows.set(row.id, row);
  const overlapping = [...rows.values()].filter((row) => row.end >= event.start && row.articleId !== event.articleId);
  // The members of every candidate cluster in one query (one per cluster made hundreds of requests per new event).
  const ids = new Set(overlapping.map(clusterKey));
  const membersById = new Map<string, StoredEvent[]>();
  const seen = new Set<string>();
  const add = (member: StoredEvent): void => {
    if (seen.has(member.id) || !ids.has(clusterKey(member))) return;
    seen.add(member.id);
    const list = membersById.get(clusterKey(member)) ?? [];
    list.push(member);
    membersById.set(clusterKey(member), list);
  };
  const storedMembers =
    ids.size > 0
      ? await db.events
          .where('clusterId')
          .anyOf([...ids])
          .toArray()
      : [];
  for (const member of storedMembers) add(pending.get(member.id) ?? member);
  for (const member of pending.values()) add(member);
  return [...ids].map((id) => ({ id, members: membersById.get(id) ?? overlapping.filter((row) => clusterKey(row) === id) }));
}

/** `target` joined by `event`, or `event` alone in a cluster of its own when there is no target. */
const withEvent = (target: Cluster<StoredEvent> | null, event: TimelineEvent): Cluster<StoredEvent> =>
  target ? joinCluster(target, event) : { id: event.id, members: [event] };

/**
 * Stores new events (of one article or of a batch of them), each joining its best matching stored cluster or
 * starting its own. The rows they change are kept in memory as they are placed, each event seeing the earlier ones,
 * and stored in one write at the end: one write per event cost an IndexedDB round trip and the day-count
 * bookkeeping of a write each (bench:import, 1,000 articles: most of the import's time).
 */
export async function placeInClusters(db: TimelineDb, events: readonly TimelineEvent[]): Promise<void> {
  if (events.length === 0) return;
  const reach = await longestSpanDays(db);
  const ids = events.map((event) => event.id);
  const apart = await apartTestFor(db, ids);
  const merged = await mergedPairsFor(db, ids);
  if (merged.length > 0) return placeWithMergedPairs(db, events, reach, apart, merged);
  const pending = new Map<string, StoredEvent>();
  for (const event of events) {
    const target = chooseCluster(event, await candidateClusters(db, event, reach, pending), apart);
    for (const row of clusterRows([withEvent(target, event)])) pending.set(row.id, row);
  }
  await db.events.bulkPut([...pending.values()]);
}

/** Placement when the analyst merged some of the events by hand (re-extraction): written event by event. */
async function placeWithMergedPairs(
  db: TimelineDb,
  events: readonly TimelineEvent[],
  reach: number,
  apart: ApartTest,
  merged: ReadonlyArray<[string, string]>,
): Promise<void> {
  const nothingPending = new Map<string, StoredEvent>();
  for (const event of events) {
    const partner = merged.find((pair) => pair.includes(event.id))?.find((id) => id !== event.id);
    const partnerCluster = partner ? await clusterOfStored(db, partner) : null;
    const target = partnerCluster ?? chooseCluster(event, await candidateClusters(db, event, reach, nothingPending), apart);
    await writeClusters(db, [withEvent(target, event)]);
  }
}

/** The stored cluster that event `eventId` is in, or null when it is not stored. */
async function clusterOfStored(db: TimelineDb, eventId: string): Promise<Cluster<StoredEvent> | null> {
  const members = await clusterMembers(db, eventId);
  return members.length > 0 ? { id: members[0]!.clusterId ?? members[0]!.id, members } : null;
}

/** The cluster ids of `events` (before they are deleted or changed). */
export function clusterIdsOf(events: readonly StoredEvent[]): string[] {
  return [...new Set(events.map(clusterKey))];
}

/** Re-forms the given clusters from their remaining members: new representative, size, and id. */
export async function reformClusters(db: TimelineDb, clusterIds: readonly string[]): Promise<void> {
  if (clusterIds.length === 0) return;
  const members = await db.events
    .where('clusterId')
    .anyOf([...clusterIds])
    .toArray();
  const ids = members.map((member) => member.id);
  const apart = await apartTestFor(db, ids);
  await writeClusters(db, joinMergedPairs(clusterEvents(members, apart), await mergedPairsFor(db, ids)));
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
  await db.transaction('rw', [db.events, db.splits, db.merges, db.meta], async () => {
    const members = await clusterMembers(db, eventId);
    const event = members.find((member) => member.id === eventId);
    if (!event) throw new Error('the event is no longer in the database');
    const others = members.filter((member) => member.id !== eventId);
    await db.splits.bulkPut(others.map((other) => ({ id: splitId(eventId, other.id), eventId, otherId: other.id })));
    await db.merges.bulkDelete(others.map((other) => splitId(eventId, other.id)));
    await writeClusters(db, [{ id: event.id, members: [event] }]);
    const otherIds = others.map((other) => other.id);
    await writeClusters(db, joinMergedPairs(clusterEvents(others, await apartTestFor(db, otherIds)), await mergedPairsFor(db, otherIds)));
  });
}
