// A compact in-memory index of the drawn events (cluster representatives) for the timeline's aggregates under
// any filter, lane mode and search: light rows (type, status, dates as day numbers, names, confidence) that the
// worker holds and scans in a few milliseconds even at 100,000 events. Filtering goes through the one predicate,
// matchesFilters; lanes and buckets through app/view/lanes.ts and buckets.ts.

import { filtersAreEmpty, matchesFilters, type EventFilters } from '../model/event-filter';
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

/** The search's matches: event ids, or a mask over the index's slots (1: matched), as the worker keeps them. */
export type SearchMatches = ReadonlySet<string> | Uint8Array;

export class ViewIndex {
  /** Rows by slot; a changed event takes a new slot (so the full-text index can key documents by slot). */
  private rows: Array<IndexedEvent | undefined> = [];
  private readonly slotOf = new Map<string, number>();

  /** Live events. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Slots handed out so far (live or freed): the length of a slot mask. */
  get slotCount(): number {
    return this.rows.length;
  }

  replaceAll(events: readonly IndexedEvent[]): void {
    this.rows = [];
    this.slotOf.clear();
    for (const event of events) this.put(event);
  }

  /** Adds or replaces an event; returns its new slot and the slot it leaves (null when it is new). */
  put(event: IndexedEvent): { slot: number; freed: number | null } {
    const freed = this.remove(event.id);
    const slot = this.rows.length;
    this.rows.push(event);
    this.slotOf.set(event.id, slot);
    return { slot, freed };
  }

  /** Removes an event; returns the slot it leaves (null when it was not indexed). */
  remove(id: string): number | null {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return null;
    this.rows[slot] = undefined;
    this.slotOf.delete(id);
    return slot;
  }

  get(id: string): IndexedEvent | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.rows[slot];
  }

  at(slot: number): IndexedEvent | undefined {
    return this.rows[slot];
  }

  /** Every live event, in slot order. */
  *all(): Generator<IndexedEvent> {
    for (const row of this.rows) if (row) yield row;
  }

  private passes(slot: number, search: SearchMatches | null): boolean {
    if (search === null) return true;
    return search instanceof Uint8Array ? search[slot] === 1 : search.has(this.rows[slot]!.id);
  }

  /** Events passing the filters (and the search, when given), whatever their date; merged reports too with `all`. */
  matching(filters: EventFilters, search: SearchMatches | null, all = false): IndexedEvent[] {
    const found: IndexedEvent[] = [];
    const test = filterTest(filters);
    this.rows.forEach((event, slot) => {
      if (event && (all || event.lead) && this.passes(slot, search) && test(event)) found.push(event);
    });
    return found;
  }

  query(query: ViewQuery, search: SearchMatches | null): ViewAnswer {
    const first = dayNumber(query.start);
    const last = dayNumber(query.end);
    const layout = bucketLayout(first, last, query.buckets);
    const windowDays = last - first + 1;
    const records: CountRecord[] = [];
    const ids: string[] = [];
    const test = filterTest(query.filters);
    const rows = this.rows;
    for (let slot = 0; slot < rows.length; slot++) {
      const event = rows[slot];
      if (!event?.lead || event.endDay < first || event.startDay > last) continue;
      if (!this.passes(slot, search) || !test(event)) continue;
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

  /** A test of one slot: a drawn event (cluster lead) passing the filters. */
  slotTest(filters: EventFilters): (slot: number) => boolean {
    const test = filterTest(filters);
    return (slot) => {
      const event = this.rows[slot];
      return event !== undefined && event.lead && test(event);
    };
  }

  /** Per-article counts of the events passing the filters and the search (the article list). */
  articleCounts(filters: EventFilters, search: SearchMatches | null): Map<string, number> {
    const counts = new Map<string, number>();
    for (const event of this.matching(filters, search, true)) counts.set(event.articleId, (counts.get(event.articleId) ?? 0) + 1);
    return counts;
  }

  /** Distinct participant and place names of the drawn events, most named first (the filter fields' suggestions). */
  names(limit: number): { participants: string[]; places: string[] } {
    const participants = new Map<string, number>();
    const places = new Map<string, number>();
    for (const event of this.all()) {
      if (!event.lead) continue;
      for (const name of event.participants) participants.set(name, (participants.get(name) ?? 0) + 1);
      for (const name of event.places) places.set(name, (places.get(name) ?? 0) + 1);
    }
    const top = (counts: Map<string, number>): string[] =>
      [...counts]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, limit)
        .map(([name]) => name)
        .sort((a, b) => a.localeCompare(b));
    return { participants: top(participants), places: top(places) };
  }
}

/** The filters as one test, with the common no-filter and type/status-only cases kept cheap. */
function filterTest(filters: EventFilters): (event: IndexedEvent) => boolean {
  if (filtersAreEmpty(filters)) return () => true;
  const types = new Set<string>(filters.types);
  const statuses = new Set<string>(filters.statuses);
  if (filtersAreEmpty({ ...filters, types: [], statuses: [] }))
    return (event) => (types.size === 0 || types.has(event.type)) && (statuses.size === 0 || statuses.has(event.status));
  return (event) => matchesFilters(event, filters);
}
