// What the UI shows from the database, read with dexie-react-hooks' useLiveQuery so every view follows the
// database by itself (writes of the worker included): the article list, the selected event with its article
// and every merged source, the article open in the viewer with its events, the undo history's labels. Each
// load reads in one read transaction (inOneRead), so it never sees half of a write the worker is making.

import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import type { Article } from '../../app/model/article';
import type { TimelineEvent } from '../../app/model/event';
import type { StoredEvent } from '../../app/storage/schema';
import { clusterMembers } from '../db/cluster-repo';
import { historyState, type HistoryState } from '../db/history-repo';
import { eventsOfArticle, inOneRead, listArticleSummaries, type ArticlePage } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';

/**
 * The newest `limit` articles with their event counts and the number of articles, live; nothing is read until
 * `wanted` (the timeline's first draw comes first: use-after-first-draw.ts). While a bulk import runs
 * (`importing`), it is re-read only when `importTick` changes (the importer's throttled refresh, every 2 s) and not
 * after every stored batch: re-reading the list after each batch competes with the worker's write transactions
 * (measured with bench:import, 1,000 articles: 7.8 s with the throttled list, 11–13 s fully live).
 */
export function useArticleSummaries(
  db: TimelineDb,
  limit: number,
  { wanted = true, importing = false, importTick = 0 }: { wanted?: boolean; importing?: boolean; importTick?: number } = {},
): ArticlePage {
  const last = useRef<ArticlePage>(NO_ARTICLES);
  const readAtTick = useRef<number | null>(null);
  const rows = useLiveQuery(async () => {
    if (!wanted) return last.current;
    if (importing && readAtTick.current === importTick) return last.current;
    readAtTick.current = importTick;
    return listArticleSummaries(db, limit);
  }, [db, limit, wanted, importing, importTick]);
  if (rows) last.current = rows;
  return rows ?? last.current;
}

const NO_ARTICLES: ArticlePage = { summaries: [], total: 0 };

/** One article's report of the selected event. */
export interface EventSource {
  event: StoredEvent;
  article: Article | null;
}

export interface SelectedEvent {
  event: StoredEvent;
  article: Article | null;
  /** Every report merged into the selected event (its cluster), the selected one included; oldest article first. */
  sources: EventSource[];
}

/** The event `eventId` with its article and merged sources (null when none or gone). */
export async function loadSelectedEvent(db: TimelineDb, eventId: string | null): Promise<SelectedEvent | null> {
  if (!eventId) return null;
  // The cluster always holds the selected event itself, so one read gives the event, its article and its sources.
  const members = await clusterMembers(db, eventId);
  const articles = await db.articles.bulkGet(members.map((member) => member.articleId));
  const sources = members.map((member, i) => ({ event: member, article: articles[i] ?? null }));
  const selected = sources.find((source) => source.event.id === eventId);
  if (!selected) return null;
  sources.sort((a, b) => (a.article?.published ?? '').localeCompare(b.article?.published ?? '') || a.event.id.localeCompare(b.event.id));
  return { event: selected.event, article: selected.article, sources };
}

export function useSelectedEvent(db: TimelineDb, eventId: string | null): SelectedEvent | null {
  return useLiveQuery(() => inOneRead(db, () => loadSelectedEvent(db, eventId)), [db, eventId]) ?? null;
}

export interface OpenArticle {
  article: Article;
  events: TimelineEvent[];
}

export function useOpenArticle(db: TimelineDb, articleId: string | null): OpenArticle | null {
  return (
    useLiveQuery(
      () =>
        inOneRead(db, async () => {
          if (!articleId) return null;
          const article = await db.articles.get(articleId);
          return article ? { article, events: await eventsOfArticle(db, articleId) } : null;
        }),
      [db, articleId],
    ) ?? null
  );
}

export function useHistoryState(db: TimelineDb): HistoryState {
  return useLiveQuery(() => historyState(db), [db]) ?? { undoLabel: null, redoLabel: null };
}

/** Whether any event is stored. */
export function useHasEvents(db: TimelineDb): boolean {
  return useLiveQuery(async () => (await db.events.limit(1).count()) > 0, [db]) ?? false;
}
