// A compact in-memory index of the drawn events (cluster representatives) for the timeline's aggregates under
// any filter, lane mode and search: light rows (type, status, dates as day numbers, names, roles, confidence) that the
// worker holds and scans in a few milliseconds even at 100,000 events. Filtering goes through the one predicate,
// matchesFilters; lanes and buckets through app/view/lanes.ts and buckets.ts.

import type { EventRoleName } from '../model/event';
import { matchesFilters, type EventFilters } from '../model/event-filter';
import type { StoredEvent } from '../storage/schema';
import { aggregate, bucketLayout, shownLanesOf, WIDE_BUCKET, type Aggregate, type BucketLayout, type CountRecord } from './buckets';
import { isCounted, isWideFor, spanClassOf } from './day-count-deltas';
import type { SpanClass } from '../storage/schema';
import { dayNumber } from './day-number';
import { laneKeysOf, type LaneMode } from './lanes';

/** What the index keeps of one event. */
export type IndexedEvent = Pick<
  StoredEvent,
  'id' | 'articleId' | 'type' | 'status' | 'start' | 'end' | 'participants' | 'places' | 'confidence'
> & {
  /** Who filled which role (for the participant filter narrowed by role); absent when the event has none. */
  roles?: Array<{ role: EventRoleName; value: string }>;
  startDay: number;
  endDay: number;
  span: SpanClass;
  /** Drawn on the timeline (leads its cluster of merged reports); other reports count only for their article. */
  lead: boolean;
};

export interface ViewQuery {
  /** The window, ISO days inclusive. */
  start: string;
  end: string;
  buckets: number;
  filters: EventFilters;
  laneMode: LaneMode;
  maxLanes: number;
  /** Items (one per event and shown lane) drawn at most; beyond it the window is drawn as buckets. */
  itemBudget: number;
}

export interface DrawnItem {
  id: string;
  lanes: string[];
}

export interface ViewAnswer extends Aggregate {
  layout: BucketLayout;
  /** The events drawn as items, with their shown lanes (null: none). */
  items: DrawnItem[] | null;
  /** Whether the window's short events are drawn as items (else as buckets). */
  itemsFit: boolean;
  /** Whether the window's wide events are drawn as items (else as one band per lane). */
  wideFit: boolean;
}

/** Wide events (ranges covering much of the window) drawn as items at most; more are one band per lane. */
export const WIDE_ITEM_BUDGET = 40;

export function indexedEventOf(event: StoredEvent): IndexedEvent {
  const { id, articleId, type, status, start, end, participants, places, confidence } = event;
  return {
    id,
    articleId,
    type,
    status,
    start,
    end,
    participants,
    places,
    confidence,
    ...(event.roles?.length ? { roles: event.roles.map((filler) => ({ role: filler.role, value: filler.value })) } : {}),
    startDay: dayNumber(start),
    endDay: dayNumber(end),
    span: spanClassOf(event),
    lead: isCounted(event),
  };
}

/** Chooses between items and buckets and builds the answer from records of the window's events. */
export function answerFromRecords(
  records: readonly CountRecord[],
  ids: readonly string[] | null,
  layout: BucketLayout,
  query: Pick<ViewQuery, 'maxLanes' | 'itemBudget'>,
): ViewAnswer {
  const result = aggregate(records, layout, query.maxLanes);
  const kept = new Set(result.lanes.map((lane) => lane.key));
  let short = 0;
  let wide = 0;
  for (const cell of result.cells) {
    if (cell.bucket === WIDE_BUCKET) wide += cell.count;
    else short += cell.count;
  }
  const itemsFit = ids !== null && short <= query.itemBudget;
  const wideFit = ids !== null && wide <= Math.min(WIDE_ITEM_BUDGET, query.itemBudget);
  if (!itemsFit && !wideFit) return { ...result, layout, items: null, itemsFit, wideFit };
  const items: DrawnItem[] = [];
  ids?.forEach((id, i) => {
    const record = records[i]!;
    if (record.wide ? wideFit : itemsFit) items.push({ id, lanes: shownLanesOf(record.lanes, kept) });
  });
  return { ...result, layout, items, itemsFit, wideFit };
}

export class ViewIndex {
  private events: IndexedEvent[] = [];

  get size(): number {
    return this.events.length;
  }

  replaceAll(events: readonly IndexedEvent[]): void {
    this.events = [...events];
  }

  /** Events passing the filters (and the search, when `searchIds` is given), whatever their date; merged reports too with `all`. */
  matching(filters: EventFilters, searchIds: ReadonlySet<string> | null, all = false): IndexedEvent[] {
    return this.events.filter(
      (event) => (all || event.lead) && (searchIds === null || searchIds.has(event.id)) && matchesFilters(event, filters),
    );
  }

  query(query: ViewQuery, searchIds: ReadonlySet<string> | null): ViewAnswer {
    const first = dayNumber(query.start);
    const last = dayNumber(query.end);
    const layout = bucketLayout(first, last, query.buckets);
    const windowDays = last - first + 1;
    const records: CountRecord[] = [];
    const ids: string[] = [];
    for (const event of this.events) {
      if (!event.lead || event.endDay < first || event.startDay > last) continue;
      if (searchIds !== null && !searchIds.has(event.id)) continue;
      if (!matchesFilters(event, query.filters)) continue;
      records.push({
        dayNo: event.startDay,
        type: event.type,
        lanes: laneKeysOf(event, query.laneMode),
        count: 1,
        wide: isWideFor(event.span, windowDays),
      });
      ids.push(event.id);
    }
    return answerFromRecords(records, ids, layout, query);
  }

  /** Per-article counts of the events passing the filters and the search (the article list). */
  articleCounts(filters: EventFilters, searchIds: ReadonlySet<string> | null): Map<string, number> {
    const counts = new Map<string, number>();
    for (const event of this.matching(filters, searchIds, true)) counts.set(event.articleId, (counts.get(event.articleId) ?? 0) + 1);
    return counts;
  }
}
