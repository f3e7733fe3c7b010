// Lanes of the timeline (vis-timeline groups): how events are split into lanes per mode, and the "Other" lane
// that takes the events of every lane beyond the top ones by count.

import type { TimelineEvent } from '../model/event';

/** How the timeline is split into lanes. */
export type LaneMode = 'none' | 'type' | 'participant' | 'place' | 'article';

export const LANE_MODES: readonly LaneMode[] = ['none', 'type', 'participant', 'place', 'article'];

/** Key of the one lane of mode 'none'. */
export const SINGLE_LANE = 'all';
/** Key of the lane holding events of lanes beyond the top ones (and events naming no participant or place). */
export const OTHER_LANE = '~other';

/** At most this many named lanes; the rest go into "Other". */
export const MAX_LANES = 8;

type LaneFields = Pick<TimelineEvent, 'type' | 'participants' | 'places' | 'articleId'>;

/** The lane keys an event belongs to (several participants: several lanes; none: no named lane). */
export function laneKeysOf(event: LaneFields, mode: LaneMode): readonly string[] {
  switch (mode) {
    case 'none':
      return [SINGLE_LANE];
    case 'type':
      return [event.type];
    case 'participant':
      return event.participants;
    case 'place':
      return event.places;
    case 'article':
      return [event.articleId];
  }
}

/**
 * The lanes to show, given each named lane's count: the top `max` by count (ties by key), then "Other" when any
 * events fall outside them. Returns the kept keys in count order.
 */
export function topLanes(counts: ReadonlyMap<string, number>, max = MAX_LANES): string[] {
  return [...counts]
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([key]) => key);
}

/** Orders lanes: the analyst's order first (keys that exist), then the rest as given; "Other" always last. */
export function orderLanes(keys: readonly string[], analystOrder: readonly string[]): string[] {
  const present = new Set(keys);
  const first = analystOrder.filter((key) => present.has(key) && key !== OTHER_LANE);
  const placed = new Set(first);
  const rest = keys.filter((key) => !placed.has(key) && key !== OTHER_LANE);
  return [...first, ...rest, ...(present.has(OTHER_LANE) ? [OTHER_LANE] : [])];
}
