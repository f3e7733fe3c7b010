// The view filters an analyst sets (type, status, participant — in any role or in one —, place, article, date range,
// minimum confidence)
// as plain data, and the one predicate that applies them to an event. The timeline, its counts, the table, the
// article list and every export filter through `matchesFilters`, so they always agree.

import type { EventRoleName, EventStatus, TimelineEvent } from './event';
import type { EventTypeId } from './event-types';

export interface EventFilters {
  /** Types to show; empty shows every type. */
  types: EventTypeId[];
  /** Statuses to show; empty shows every status. */
  statuses: EventStatus[];
  /** Show only events naming one of these participants (empty: no constraint). */
  participants: string[];
  /**
   * Narrows the participant filter to events where one of `participants` fills this role ("as attacker", "as
   * target"); null: in any role, or only named. No effect without participants.
   */
  participantRole: EventRoleName | null;
  /** Show only events at one of these places (empty: no constraint). */
  places: string[];
  /** Show only events reported by one of these articles (empty: no constraint). */
  articleIds: string[];
  /** Inclusive ISO day bounds; null leaves that side open. An event shows when its span overlaps the range. */
  from: string | null;
  to: string | null;
  /** 0..1; events below it are hidden. */
  minConfidence: number;
}

export const NO_FILTERS: EventFilters = Object.freeze({
  types: [],
  statuses: [],
  participants: [],
  participantRole: null,
  places: [],
  articleIds: [],
  from: null,
  to: null,
  minConfidence: 0,
}) as EventFilters;

/** True when no filter constrains anything (the fast paths can skip per-event checks). */
export function filtersAreEmpty(filters: EventFilters): boolean {
  return (
    filters.types.length === 0 &&
    filters.statuses.length === 0 &&
    filters.participants.length === 0 &&
    filters.places.length === 0 &&
    filters.articleIds.length === 0 &&
    filters.from === null &&
    filters.to === null &&
    filters.minConfidence <= 0
  );
}

type FilterableEvent = Pick<TimelineEvent, 'type' | 'status' | 'participants' | 'places' | 'articleId' | 'start' | 'end' | 'confidence'> & {
  /** Only the role and the filler are read. */
  roles?: ReadonlyArray<{ role: EventRoleName; value: string }>;
};

function namesParticipant(event: FilterableEvent, filters: EventFilters): boolean {
  const role = filters.participantRole;
  // In any role: named as a participant or filling any role (a role filler is not always in `participants`), so
  // the filter narrowed to a role never shows more than the filter alone.
  const fills = (event.roles ?? []).some(
    (filler) => (role === null || filler.role === role) && filters.participants.includes(filler.value),
  );
  return fills || (role === null && event.participants.some((name) => filters.participants.includes(name)));
}

/** Whether an event passes every filter. */
export function matchesFilters(event: FilterableEvent, filters: EventFilters): boolean {
  if (filters.types.length > 0 && !filters.types.includes(event.type)) return false;
  if (filters.statuses.length > 0 && !filters.statuses.includes(event.status)) return false;
  if (filters.participants.length > 0 && !namesParticipant(event, filters)) return false;
  if (filters.places.length > 0 && !event.places.some((name) => filters.places.includes(name))) return false;
  if (filters.articleIds.length > 0 && !filters.articleIds.includes(event.articleId)) return false;
  if (filters.from !== null && event.end < filters.from) return false;
  if (filters.to !== null && event.start > filters.to) return false;
  return event.confidence >= filters.minConfidence;
}
