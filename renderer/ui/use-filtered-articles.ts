// The article list under the filters and search: when either is set, only articles with matching events are
// listed (newest import first, the first `limit` of them read), each with its count of matching events (from the
// view-index worker); otherwise the page of the list as stored.

import { useEffect, useState } from 'react';
import { filtersAreEmpty } from '../../app/model/event-filter';
import type { Article } from '../../app/model/article';
import type { ArticlePage } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';
import { useIndexGeneration } from '../search/use-index-generation';
import { viewIndexClient } from '../search/view-index-client';
import { useUiStore } from '../state/ui-store';

/** The newest `limit` of the articles in `counts`, with those counts. */
async function matchingPage(db: TimelineDb, counts: Map<string, number>, limit: number): Promise<ArticlePage> {
  const newestFirst = (await db.articles.orderBy('importedAt').reverse().primaryKeys()).map(String);
  const matching = newestFirst.filter((id) => counts.has(id));
  const articles = (await db.articles.bulkGet(matching.slice(0, limit))).filter((article): article is Article => article !== undefined);
  return { summaries: articles.map((article) => ({ article, eventCount: counts.get(article.id) ?? 0 })), total: matching.length };
}

export function useFilteredArticles(db: TimelineDb, page: ArticlePage, limit: number): { page: ArticlePage; filtered: boolean } {
  const filters = useUiStore((state) => state.filters);
  const search = useUiStore((state) => state.search);
  const filtered = !filtersAreEmpty(filters) || search.trim() !== '';
  const [matched, setMatched] = useState<ArticlePage | null>(null);
  // The worker's index changed: re-ask only while filtered (it reports after every batch of writes of an import).
  const generation = useIndexGeneration(filtered);
  useEffect(() => {
    if (!filtered) return setMatched(null);
    let current = true;
    void viewIndexClient()
      .articleCounts(search, filters)
      .then((counts) => matchingPage(db, counts, limit))
      .then((result) => current && setMatched(result));
    return () => {
      current = false;
    };
  }, [db, filtered, filters, search, page, limit, generation]);
  if (!filtered || !matched) return { page, filtered: false };
  return { page: matched, filtered: true };
}
