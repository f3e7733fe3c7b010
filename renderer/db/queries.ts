// Reads of the local database used by the UI: the events overlapping a time window (capped, so the
// timeline never holds more than it can draw), the extent of all events, and the article list. Each read
// that takes several steps runs in one read-only transaction (inOneRead), so it sees one committed state
// and never half of a write the worker is making meanwhile.

import type { Article } from '../../app/model/article';
import type { TimelineEvent } from '../../app/model/event';
import { addDaysIso, daysBetweenIso } from '../lib/iso-date';
import { LONGEST_SPAN_KEY } from '../../app/storage/schema';
import type { TimelineDb } from './timeline-db';

export interface DateWindow {
  start: string; // YYYY-MM-DD, inclusive
  end: string; // YYYY-MM-DD, inclusive
}

/**
 * Runs `read` in one read-only transaction over the tables the UI reads: IndexedDB runs it entirely before
 * or entirely after any overlapping write, so a multi-step read never mixes two states. Inside an existing
 * transaction (a write that reads) it joins that one. `read` may only await database calls.
 */
export function inOneRead<T>(db: TimelineDb, read: () => Promise<T>): Promise<T> {
  return db.transaction('r', [db.articles, db.events, db.meta], read);
}

/** Look-back used when the database has no recorded longest span (a decade: decade precision). */
export const DEFAULT_LONGEST_SPAN_DAYS = 3_660;

/** The longest event span recorded in the meta table: how far around a window overlapping events can start or end. */
export async function longestSpanDays(db: TimelineDb): Promise<number> {
  const stored = await db.meta.get(LONGEST_SPAN_KEY);
  return typeof stored?.value === 'number' ? stored.value : DEFAULT_LONGEST_SPAN_DAYS;
}

export interface WindowQueryResult {
  events: TimelineEvent[];
  /** True when more events overlap the window than `limit`. */
  capped: boolean;
}

/** Primary keys of events whose `index` value lies in [from, to] (getAllKeys: one batch, no records). */
async function keysIn(
  db: TimelineDb,
  index: 'start' | 'end',
  from: string,
  to: string,
  limit = Infinity,
  bounds: [boolean, boolean] = [true, true],
): Promise<string[]> {
  if (from > to) return [];
  const range = db.events.where(index).between(from, to, bounds[0], bounds[1]);
  const keys = await (limit < 2 ** 31 ? range.limit(limit) : range).primaryKeys(); // IndexedDB counts are 32-bit
  return keys.map(String);
}

/**
 * Events whose [start, end] overlaps the window, in start order, at most `limit` of them.
 * Overlapping events either start inside the window, end inside it, or span it; each set comes from
 * one index as keys only, so even a database of 100k events answers quickly. Spanning events are
 * looked for only as far around the window as the longest stored event (meta table).
 */
export function queryEventsInWindow(db: TimelineDb, window: DateWindow, limit = Infinity): Promise<WindowQueryResult> {
  return inOneRead(db, () => readEventsInWindow(db, window, limit));
}

async function readEventsInWindow(db: TimelineDb, window: DateWindow, limit: number): Promise<WindowQueryResult> {
  const reach = await longestSpanDays(db);
  const startingInside = await keysIn(db, 'start', window.start, window.end, limit + 1);
  const endingInside = await keysIn(db, 'end', window.start, window.end, limit + 1);
  const endingAfter = new Set(await keysIn(db, 'end', window.end, addDaysIso(window.end, reach), Infinity, [false, true]));
  const startedBefore = await keysIn(db, 'start', addDaysIso(window.start, -reach), window.start, Infinity, [true, false]);
  const spanning = startedBefore.filter((id) => endingAfter.has(id));
  const ids = [...new Set([...spanning, ...endingInside, ...startingInside])];
  const loaded = (await db.events.bulkGet(ids)).filter((event): event is TimelineEvent => event !== undefined);
  loaded.sort(byDates);
  const capped = loaded.length > limit || startingInside.length > limit || endingInside.length > limit;
  return { events: capped ? loaded.slice(0, limit) : loaded, capped };
}

/** Start order (then end, then id): the order window reads return events in. */
export const byDates = (a: TimelineEvent, b: TimelineEvent): number =>
  a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id);

/** The events starting on any of `days` (ISO), or null when more than `limit` do (nothing but their keys is read then). */
export function eventsStartingOn(db: TimelineDb, days: readonly string[], limit: number): Promise<TimelineEvent[] | null> {
  if (days.length === 0) return Promise.resolve([]);
  return inOneRead(db, async () => {
    const ids = await db.events.where('start').anyOf(days).primaryKeys();
    if (ids.length > limit) return null;
    return (await db.events.bulkGet(ids.map(String))).filter((event): event is TimelineEvent => event !== undefined);
  });
}

/** Events that start before `day` and end on or after it (they reach into a window starting that day). */
export async function eventsReachingInto(db: TimelineDb, day: string): Promise<TimelineEvent[]> {
  const reach = await longestSpanDays(db);
  if (reach <= 1) return [];
  const endingFrom = new Set(await keysIn(db, 'end', day, addDaysIso(day, reach)));
  const startedBefore = await keysIn(db, 'start', addDaysIso(day, -reach), day, Infinity, [true, false]);
  const ids = startedBefore.filter((id) => endingFrom.has(id));
  return (await db.events.bulkGet(ids)).filter((event): event is TimelineEvent => event !== undefined);
}

/**
 * Like queryEventsInWindow, but when the window holds more than `limit` events the result is spread
 * over `buckets` equal slices of the window (up to limit/buckets each, earliest first in each slice),
 * so a dense window shows events across its whole width instead of only at its left edge.
 */
export function queryEventsSpread(db: TimelineDb, window: DateWindow, limit: number, buckets = 12): Promise<WindowQueryResult> {
  return inOneRead(db, () => readEventsSpread(db, window, limit, buckets));
}

async function readEventsSpread(db: TimelineDb, window: DateWindow, limit: number, buckets: number): Promise<WindowQueryResult> {
  const all = await readEventsInWindow(db, window, limit);
  if (!all.capped) return all;
  const span = Math.max(1, daysBetweenIso(window.start, window.end) + 1);
  const slices = Math.min(buckets, span);
  const perSlice = Math.max(1, Math.floor(limit / slices));
  const found = new Map<string, TimelineEvent>();
  for (let i = 0; i < slices; i++) {
    const slice = {
      start: addDaysIso(window.start, Math.floor((i * span) / slices)),
      end: addDaysIso(window.start, Math.floor(((i + 1) * span) / slices) - 1),
    };
    const fresh = (await readEventsInWindow(db, slice, perSlice + found.size)).events.filter((event) => !found.has(event.id));
    for (const event of fresh.slice(0, perSlice)) found.set(event.id, event);
  }
  return { events: [...found.values()], capped: true };
}

/** First start and last end over all events, or null when there are none. */
export function eventExtent(db: TimelineDb): Promise<DateWindow | null> {
  return inOneRead(db, async () => {
    const first = await db.events.orderBy('start').first();
    const last = await db.events.orderBy('end').last();
    if (!first || !last) return null;
    return { start: first.start, end: last.end };
  });
}

export interface ArticleSummary {
  article: Article;
  eventCount: number;
}

export interface ArticlePage {
  /** The newest articles (by import), with their event counts. */
  summaries: ArticleSummary[];
  /** How many articles are stored. */
  total: number;
}

/**
 * The newest `limit` articles (newest import first) with their event counts, and the number of articles. Only the
 * listed articles are read and counted (one count of the events' articleId index each): counting every article from
 * one pass over the index keys, as this did before, walked a cursor over every event (measured at 100,000 events in
 * headless Chromium: 1.7 to 4.5 s of IndexedDB time at start-up, competing with the timeline's first reads).
 */
export async function listArticleSummaries(db: TimelineDb, limit = Infinity): Promise<ArticlePage> {
  return inOneRead(db, async () => {
    const newest = db.articles.orderBy('importedAt').reverse();
    const [articles, total] = await Promise.all([(limit < 2 ** 31 ? newest.limit(limit) : newest).toArray(), db.articles.count()]);
    return { summaries: await withEventCounts(db, articles), total };
  });
}

/** The articles with their event counts (inside a read transaction). */
export async function withEventCounts(db: TimelineDb, articles: Article[]): Promise<ArticleSummary[]> {
  const counts = await Promise.all(articles.map((article) => db.events.where('articleId').equals(article.id).count()));
  return articles.map((article, i) => ({ article, eventCount: counts[i] ?? 0 }));
}

/** The events of one article, in date order. */
export async function eventsOfArticle(db: TimelineDb, articleId: string): Promise<TimelineEvent[]> {
  const events = await db.events.where('articleId').equals(articleId).toArray();
  return events.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}
