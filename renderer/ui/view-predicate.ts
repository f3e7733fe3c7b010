// The predicate of the current view (the store's filters through matchesFilters, and the search matches from the
// worker's full-text index), for the exports, so they hold what the timeline shows.

import { filtersAreEmpty, matchesFilters } from '../../app/model/event-filter';
import type { TimelineEvent } from '../../app/model/event';
import { viewIndexClient } from '../search/view-index-client';
import { useUiStore } from '../state/ui-store';

/** Undefined when neither filters nor search are set (everything is included). */
export async function currentViewPredicate(): Promise<((event: TimelineEvent) => boolean) | undefined> {
  const { filters, search } = useUiStore.getState();
  if (filtersAreEmpty(filters) && search.trim() === '') return undefined;
  const ids =
    search.trim() === ''
      ? null
      : new Set((await viewIndexClient().hits(search, filters, Number.MAX_SAFE_INTEGER)).hits.map((hit) => hit.eventId));
  return (event) => matchesFilters(event, filters) && (ids === null || ids.has(event.id));
}
