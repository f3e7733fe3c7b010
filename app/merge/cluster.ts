// Deterministic clustering of events into "same real-world event" groups. chooseCluster decides where one
// new event goes among existing clusters (used on import); clusterEvents re-forms clusters from scratch
// (used after a delete or split). A cluster never holds two events of one article, nor two events the
// analyst split apart, and every member must not contradict any other member's place.

import type { TimelineEvent } from '../model/event';
import { PRECISION_RANK } from './date-spans';
import { compareRepresentatives, pickRepresentative } from './representative';
import { compareEvents, placesContradict } from './similarity';

export type Clusterable = Pick<
  TimelineEvent,
  'id' | 'articleId' | 'type' | 'start' | 'end' | 'precision' | 'confidence' | 'participants' | 'places'
>;

export interface Cluster<T extends Clusterable> {
  /** The smallest member id: stable, unique (ids are), and always one of the members. */
  id: string;
  members: T[];
}

/** True when the analyst split these two events apart (order-insensitive). */
export type ApartTest = (eventIdA: string, eventIdB: string) => boolean;
export const neverApart: ApartTest = () => false;

/** The best cluster for `event` (highest score, then smallest cluster id), or null to start its own. */
export function chooseCluster<T extends Clusterable>(
  event: Clusterable,
  clusters: readonly Cluster<T>[],
  apart: ApartTest = neverApart,
): Cluster<T> | null {
  let best: { cluster: Cluster<T>; score: number } | null = null;
  for (const cluster of clusters) {
    const blocked = cluster.members.some(
      (m) =>
        m.id === event.id ||
        m.articleId === event.articleId ||
        m.type !== event.type ||
        apart(event.id, m.id) ||
        placesContradict(event, m),
    );
    if (blocked) continue;
    let score = -1;
    for (const member of cluster.members) {
      const verdict = compareEvents(event, member);
      if (verdict.same) score = Math.max(score, verdict.score);
    }
    if (score < 0) continue;
    if (!best || score > best.score || (score === best.score && cluster.id < best.cluster.id)) best = { cluster, score };
  }
  return best?.cluster ?? null;
}

/** Adds `event` to `cluster`, keeping the smallest-member-id invariant. */
export function joinCluster<T extends Clusterable>(cluster: Cluster<T>, event: T): Cluster<T> {
  return { id: event.id < cluster.id ? event.id : cluster.id, members: [...cluster.members, event] };
}

/**
 * Clusters `events` from scratch. The result does not depend on input order: events are placed most
 * precise first (then by date and id), so a day-precision report anchors the month-precision ones.
 */
export function clusterEvents<T extends Clusterable>(events: readonly T[], apart: ApartTest = neverApart): Cluster<T>[] {
  const ordered = [...events].sort(
    (a, b) => PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] || a.start.localeCompare(b.start) || compareRepresentatives(a, b),
  );
  let clusters: Cluster<T>[] = [];
  for (const event of ordered) {
    const target = chooseCluster(event, clusters, apart);
    clusters = target
      ? clusters.map((cluster) => (cluster === target ? joinCluster(cluster, event) : cluster))
      : [...clusters, { id: event.id, members: [event] }];
  }
  return clusters.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The per-member fields stored with each event: cluster id, size, and whether it is the representative. */
export interface ClusterMembership {
  clusterId: string;
  clusterSize: number;
  clusterLead: boolean;
}

export function membershipOf<T extends Clusterable>(cluster: Cluster<T>): Map<string, ClusterMembership> {
  const lead = pickRepresentative(cluster.members);
  return new Map(
    cluster.members.map((m) => [m.id, { clusterId: cluster.id, clusterSize: cluster.members.length, clusterLead: m.id === lead.id }]),
  );
}
