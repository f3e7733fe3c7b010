// The article list under the filters and search: when either is set, only articles with matching events are
// listed, each with its count of matching events (from the view-index worker); otherwise the list as stored.

import { useEffect, useState } from 'react';
import { filtersAreEmpty } from '../../app/model/event-filter';
import type { ArticleSummary } from '../db/queries';
import { viewIndexClient } from '../search/view-index-client';
import { useUiStore } from '../state/ui-store';

export function useFilteredArticles(articles: ArticleSummary[]): { articles: ArticleSummary[]; filtered: boolean } {
  const filters = useUiStore((state) => state.filters);
  const search = useUiStore((state) => state.search);
  const filtered = !filtersAreEmpty(filters) || search.trim() !== '';
  const [counts, setCounts] = useState<Map<string, number> | null>(null);
  const [generation, setGeneration] = useState(0);
  // The worker's index changed: re-ask only while filtered (it reports after every batch of writes of an import).
  useEffect(
    () =>
      viewIndexClient().onReady(() => {
        const state = useUiStore.getState();
        if (!filtersAreEmpty(state.filters) || state.search.trim() !== '') setGeneration((n) => n + 1);
      }),
    [],
  );
  useEffect(() => {
    if (!filtered) return setCounts(null);
    let current = true;
    void viewIndexClient()
      .articleCounts(search, filters)
      .then((result) => current && setCounts(result));
    return () => {
      current = false;
    };
  }, [filtered, filters, search, articles, generation]);
  if (!filtered || !counts) return { articles, filtered: false };
  return {
    articles: articles
      .filter((summary) => counts.has(summary.article.id))
      .map((summary) => ({ ...summary, eventCount: counts.get(summary.article.id) ?? 0 })),
    filtered: true,
  };
}
