// Writes of the local database: importing an article (or a batch of articles) with its events, which join
// matching clusters of other articles' events, re-anchoring it to a new publication date, deleting it
// (with its splits, re-forming the clusters it was part of). Each operation runs in one transaction. Re-extracted
// events (a re-anchoring, a re-import) get the analyst's edits back, and events the analyst deleted stay deleted.

import type { Article } from '../../app/model/article';
import type { TimelineEvent } from '../../app/model/event';
import { applyAnalystEdits } from '../../app/model/analyst-edits';
import { entityId, LONGEST_SPAN_KEY, type EntityRecord } from '../../app/storage/schema';
import { eventSpanDays } from '../lib/iso-date';
import { clusterIdsOf, placeInClusters, reformClusters } from './cluster-repo';
import type { TimelineDb } from './timeline-db';

export type SaveOutcome = { status: 'imported'; eventCount: number } | { status: 'duplicate'; existing: Article };

/** The participants and places named by an article's events, one row each. */
export function entitiesOfEvents(articleId: string, events: readonly TimelineEvent[]): EntityRecord[] {
  const byId = new Map<string, EntityRecord>();
  const add = (kind: EntityRecord['kind'], name: string): void => {
    const id = entityId(articleId, kind, name);
    const existing = byId.get(id);
    if (existing) existing.eventCount += 1;
    else byId.set(id, { id, articleId, kind, name, eventCount: 1 });
  };
  for (const event of events) {
    for (const name of new Set(event.participants)) add('participant', name);
    for (const name of new Set(event.places)) add('place', name);
  }
  return [...byId.values()];
}

/** Raises the recorded longest event span (read by the window queries) to cover `events`. */
export async function recordLongestSpan(db: TimelineDb, events: readonly TimelineEvent[]): Promise<void> {
  const longest = events.reduce((max, event) => Math.max(max, eventSpanDays(event)), 0);
  const stored = await db.meta.get(LONGEST_SPAN_KEY);
  if (typeof stored?.value !== 'number' || stored.value < longest) await db.meta.put({ key: LONGEST_SPAN_KEY, value: longest });
}

/** Stores one article and its events (clustered) unless already stored; runs inside a caller's transaction. */
async function storeArticle(db: TimelineDb, article: Article, events: readonly TimelineEvent[]): Promise<SaveOutcome> {
  const existing = await db.articles.get(article.id);
  if (existing) return { status: 'duplicate', existing };
  await db.articles.put(article);
  const kept = await withAnalystWork(db, article.id, events);
  await recordLongestSpan(db, kept);
  await placeInClusters(db, kept);
  await db.entities.bulkPut(entitiesOfEvents(article.id, kept));
  return { status: 'imported', eventCount: kept.length };
}

const writeTables = (db: TimelineDb) => [db.articles, db.events, db.entities, db.meta, db.splits, db.merges, db.analystEdits];

/** `events` of an article with the analyst's stored edits applied and deleted ones left out. */
async function withAnalystWork(db: TimelineDb, articleId: string, events: readonly TimelineEvent[]): Promise<TimelineEvent[]> {
  return applyAnalystEdits(events, await db.analystEdits.where('articleId').equals(articleId).toArray());
}

/** Stores a newly imported article and its events, unless an article with the same content hash exists. */
export async function saveImportedArticle(db: TimelineDb, article: Article, events: readonly TimelineEvent[]): Promise<SaveOutcome> {
  return db.transaction('rw', writeTables(db), async () => storeArticle(db, article, events));
}

/**
 * Stores several extracted articles in ONE transaction (bulk import batches), in order; one outcome each. Same result
 * as storing them one by one, with the per-article requests batched: one read for the duplicates, one write each for
 * the articles, the longest span and the entities; only the clustering goes event by event (an event can join a
 * cluster of an article stored just before it).
 */
export async function saveImportedBatch(
  db: TimelineDb,
  items: ReadonlyArray<{ article: Article; events: readonly TimelineEvent[] }>,
): Promise<SaveOutcome[]> {
  return db.transaction('rw', writeTables(db), async () => {
    const stored = await db.articles.bulkGet(items.map(({ article }) => article.id));
    const earlier = new Map<string, Article>(); // a file dropped twice in one batch: the second is a duplicate
    const outcomes: SaveOutcome[] = items.map(({ article, events }, i) => {
      const existing = stored[i] ?? earlier.get(article.id);
      if (existing) return { status: 'duplicate', existing };
      earlier.set(article.id, article);
      return { status: 'imported', eventCount: events.length };
    });
    const fresh = items.filter((_, i) => outcomes[i]!.status === 'imported');
    await db.articles.bulkPut(fresh.map(({ article }) => article));
    await recordLongestSpan(
      db,
      fresh.flatMap(({ events }) => events),
    );
    await placeInClusters(
      db,
      fresh.flatMap(({ events }) => events),
    );
    await db.entities.bulkPut(fresh.flatMap(({ article, events }) => entitiesOfEvents(article.id, events)));
    return outcomes;
  });
}

/** Replaces an article's publication date and all of its events (and entities) in one transaction. */
export async function replaceArticleEvents(
  db: TimelineDb,
  articleId: string,
  changes: Pick<Article, 'published' | 'publishedSource' | 'publishedNote'>,
  events: readonly TimelineEvent[],
): Promise<void> {
  await db.transaction('rw', writeTables(db), async () => {
    const article = await db.articles.get(articleId);
    if (!article) throw new Error(`article ${articleId} is not in the database`);
    await db.articles.put({ ...article, ...changes });
    await removeArticleEvents(db, articleId);
    const kept = await withAnalystWork(db, articleId, events);
    await recordLongestSpan(db, kept);
    await placeInClusters(db, kept);
    await db.entities.bulkPut(entitiesOfEvents(articleId, kept));
  });
}

/** Deletes an article's events and entities, then re-forms the clusters those events belonged to. */
async function removeArticleEvents(db: TimelineDb, articleId: string): Promise<void> {
  const affected = clusterIdsOf(await db.events.where('articleId').equals(articleId).toArray());
  await db.events.where('articleId').equals(articleId).delete();
  await db.entities.where('articleId').equals(articleId).delete();
  await reformClusters(db, affected);
}

/** Deletes an article together with its events, entities and the analyst's splits of its events. */
export async function deleteArticle(db: TimelineDb, articleId: string): Promise<void> {
  await db.transaction('rw', writeTables(db), async () => {
    const eventIds = (await db.events.where('articleId').equals(articleId).primaryKeys()).map(String);
    if (eventIds.length > 0) await db.splits.where('eventId').anyOf(eventIds).or('otherId').anyOf(eventIds).delete();
    await removeArticleEvents(db, articleId);
    await db.articles.delete(articleId);
  });
}
