// Reads what an export holds from the database (never from the DOM): every event overlapping the range, collapsed
// to one per cluster of merged reports, under the current view's predicate (filters and search, as the timeline),
// with every member of those clusters and their articles for the CSV/JSON sources.

import type { ClusterForExport, ArticleInfo } from '../../app/export/data/event-rows';
import { collapseClusters, sourcesBadge } from '../../app/merge/collapse';
import type { TimelineEvent } from '../../app/model/event';
import { matchesFilters, type EventFilters } from '../../app/model/event-filter';
import type { StoredEvent } from '../../app/storage/schema';
import { queryEventsInWindow, type DateWindow } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';

/** Beyond this many events a drawing would be unreadable (and huge); tables hold more. */
export const MAX_EXPORT_EVENTS = 20_000;
export const MAX_TABLE_EXPORT_EVENTS = 200_000;

export interface ExportEvents {
  clusters: ClusterForExport[];
  /** The clusters' events as drawn: merged ones labelled "(×N sources)". */
  drawn: TimelineEvent[];
  articles: Map<string, ArticleInfo>;
  /** More events than the limit overlap the range: the export holds the first ones. */
  capped: boolean;
}

async function membersOf(db: TimelineDb, leads: readonly StoredEvent[]): Promise<Map<string, StoredEvent[]>> {
  const merged = leads.filter((event) => (event.clusterSize ?? 1) > 1).map((event) => event.clusterId ?? event.id);
  const members = merged.length > 0 ? await db.events.where('clusterId').anyOf(merged).toArray() : [];
  const byCluster = new Map<string, StoredEvent[]>();
  for (const member of members) {
    const key = member.clusterId ?? member.id;
    byCluster.set(key, [...(byCluster.get(key) ?? []), member]);
  }
  return byCluster;
}

export async function loadExportEvents(
  db: TimelineDb,
  window: DateWindow,
  filters: EventFilters,
  limit = MAX_EXPORT_EVENTS,
  include: (event: StoredEvent) => boolean = (event) => matchesFilters(event, filters),
): Promise<ExportEvents> {
  const loaded = await queryEventsInWindow(db, window, limit);
  // The predicate is asked of each cluster's representative, as the timeline and the table ask it (a report merged
  // into another article's event does not bring that event into an export the timeline leaves it out of).
  const collapsed = collapseClusters(loaded.events as StoredEvent[]).filter(({ event }) => include(event));
  const members = await membersOf(
    db,
    collapsed.map(({ event }) => event),
  );
  const clusters = collapsed.map(({ event }) => ({ event, members: members.get(event.clusterId ?? event.id) ?? [event] }));
  const articleIds = [...new Set(clusters.flatMap((cluster) => cluster.members.map((member) => member.articleId)))];
  const articles = new Map<string, ArticleInfo>();
  for (const article of await db.articles.bulkGet(articleIds)) {
    if (!article) continue;
    articles.set(article.id, { id: article.id, title: article.title, fileName: article.fileName, published: article.published });
  }
  const drawn = collapsed.map(({ event, sourceCount }) => {
    const badge = sourcesBadge(sourceCount);
    return badge ? { ...event, label: `${event.label} (${badge})` } : event;
  });
  return { clusters, drawn, articles, capped: loaded.capped };
}
