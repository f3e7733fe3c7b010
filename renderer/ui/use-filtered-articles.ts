// The article list under the filters and search: when either is set, only articles with matching events are
// listed (newest import first, the first `limit` of them), each with its count of matching events; the view-index
// worker picks that page and counts the matching articles, so only the rows shown are read here. Otherwise the
// page of the list as stored. The hook follows the store by subscription and re-renders only when an answer
// arrives (or filtering starts or stops), not on every key typed into the Search field. A new page is rendered as a
// transition (up to 250 cards): React renders it in slices and gives it up for a newer one, so the keys typed into
// the Search field meanwhile are never held up by a page of matches already out of date.

import { startTransition, useEffect, useState } from 'react';
import { filtersAreEmpty, type EventFilters } from '../../app/model/event-filter';
import type { Article } from '../../app/model/article';
import type { ArticlePage } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';
import type { CountedArticle } from '../search/article-order';
import { useIndexGeneration } from '../search/use-index-generation';
import { viewIndexClient } from '../search/view-index-client';
import { useUiStore } from '../state/ui-store';

/** The rows of the worker's page of matching articles. */
async function matchingPage(db: TimelineDb, found: { articles: CountedArticle[]; total: number }): Promise<ArticlePage> {
  const rows = await db.articles.bulkGet(found.articles.map((entry) => entry.id));
  const summaries = found.articles.flatMap((entry, i) => {
    const article: Article | undefined = rows[i];
    return article ? [{ article, eventCount: entry.count }] : [];
  });
  return { summaries, total: found.total };
}

const isFiltered = (state: { filters: EventFilters; search: string }): boolean =>
  !filtersAreEmpty(state.filters) || state.search.trim() !== '';

export function useFilteredArticles(db: TimelineDb, page: ArticlePage, limit: number): { page: ArticlePage; filtered: boolean } {
  const filtered = useUiStore(isFiltered);
  const [matched, setMatched] = useState<ArticlePage | null>(null);
  // The worker's index changed: re-ask only while filtered (it reports after every batch of writes of an import).
  const generation = useIndexGeneration(filtered);
  useEffect(() => {
    if (!filtered) return setMatched(null);
    let asked = 0;
    let stopped = false;
    const ask = ({ filters, search }: { filters: EventFilters; search: string }): void => {
      const mine = ++asked;
      const current = (): boolean => !stopped && mine === asked;
      void viewIndexClient()
        .articleCounts(search, filters, limit)
        .then((found) => (current() ? matchingPage(db, found) : null)) // an answer already out of date is not read
        .then((result) => current() && result && startTransition(() => setMatched(result)));
    };
    ask(useUiStore.getState());
    const unsubscribe = useUiStore.subscribe((state, previous) => {
      if (isFiltered(state) && (state.filters !== previous.filters || state.search !== previous.search)) ask(state);
    });
    return () => {
      stopped = true;
      unsubscribe();
    };
  }, [db, filtered, page, limit, generation]);
  if (!filtered || !matched) return { page, filtered: false };
  return { page: matched, filtered: true };
}
