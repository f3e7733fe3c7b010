// The predicate of the current view (the store's filters through matchesFilters, and the search matches from the
// worker's full-text index), for the exports and the Table view, so they hold what the timeline shows.

import { filtersAreEmpty, matchesFilters, type EventFilters } from '../../app/model/event-filter';
import type { TimelineEvent } from '../../app/model/event';
import { viewIndexClient } from '../search/view-index-client';
import { useUiStore } from '../state/ui-store';

/**
 * The ids of every event the search matches under the filters (the worker's answer, unlimited); null for no search.
 * `latest`: asked for the view as it is now, so a newer search text drops the request (its promise never settles).
 */
export async function searchMatchIds(search: string, filters: EventFilters, latest = false): Promise<Set<string> | null> {
  if (search.trim() === '') return null;
  const { hits } = await viewIndexClient().hits(search, filters, Number.MAX_SAFE_INTEGER, latest);
  return new Set(hits.map((hit) => hit.eventId));
}

/** Undefined when neither filters nor search are set (everything is included). */
export async function currentViewPredicate(): Promise<((event: TimelineEvent) => boolean) | undefined> {
  const { filters, search } = useUiStore.getState();
  if (filtersAreEmpty(filters) && search.trim() === '') return undefined;
  const ids = await searchMatchIds(search, filters);
  return (event) => matchesFilters(event, filters) && (ids === null || ids.has(event.id));
}
