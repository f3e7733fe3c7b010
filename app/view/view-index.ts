// A compact in-memory index of the drawn events (cluster representatives) for the timeline's aggregates under
// any filter, lane mode and search: light rows (type, status, dates as day numbers, names, roles, confidence) plus typed
// scan columns (index-columns.ts) that the worker scans in a few milliseconds even at 100,000 events. Filtering
// goes through the one predicate, matchesFilters (type and status through lookup tables of the same meaning);
// lanes and buckets through app/view/lanes.ts and buckets.ts. Events are added, changed and removed one by one.

import type { EventRoleName } from '../model/event';
import type { EventFilters } from '../model/event-filter';
import type { StoredEvent } from '../storage/schema';
import {
  aggregate,
  bucketLayout,
  bucketOfDay,
  shownLanesOf,
  WIDE_BUCKET,
  type Aggregate,
  type BucketLayout,
  type CountRecord,
} from './buckets';
import { isCounted, isWideFor, spanClassOf } from './day-count-deltas';
import type { SpanClass } from '../storage/schema';
import { dayNumber } from './day-number';
import { compileFilters, IndexColumns, LEAD, LIVE } from './index-columns';
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
  /** A part of the window (ISO days inclusive) whose events are counted in the same pass (`countedTotal`). */
  countWindow?: { start: string; end: string };
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
  /** The events of the query's `countWindow` passing its filters and search (absent without one). */
  countedTotal?: number;
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

/**
 * The search's matches: event ids, or a mask over the index's slots (1: matched), as the worker keeps them, with the
 * matched slots in ascending order when known (scans then visit only those, not every slot).
 */
export type SearchMatches = ReadonlySet<string> | Uint8Array | { mask: Uint8Array; slots: Int32Array };

/** The slots a scan under `search` must visit, ascending (null: every slot). */
const listedSlots = (search: SearchMatches | null): Int32Array | null => (search !== null && 'slots' in search ? search.slots : null);

export class ViewIndex {
  /** Rows by slot; a changed event takes a new slot (so the full-text index can key documents by slot). */
  private rows: Array<IndexedEvent | undefined> = [];
  private readonly slotOf = new Map<string, number>();
  private columns = new IndexColumns();

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
    this.columns = new IndexColumns();
    for (const event of events) this.put(event);
  }

  /** Adds or replaces an event; returns its new slot and the slot it leaves (null when it is new). */
  put(event: IndexedEvent): { slot: number; freed: number | null } {
    const freed = this.remove(event.id);
    const slot = this.rows.length;
    this.rows.push(event);
    this.slotOf.set(event.id, slot);
    this.columns.set(slot, event);
    return { slot, freed };
  }

  /** Removes an event; returns the slot it leaves (null when it was not indexed). */
  remove(id: string): number | null {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return null;
    this.rows[slot] = undefined;
    this.slotOf.delete(id);
    this.columns.clear(slot);
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

  /** Calls `visit` with every slot a scan under `search` must look at, in ascending order. */
  private scan(search: SearchMatches | null, visit: (slot: number) => void): void {
    const listed = listedSlots(search);
    if (listed) for (const slot of listed) visit(slot);
    else for (let slot = 0; slot < this.rows.length; slot++) visit(slot);
  }

  /** A test of one slot: an event (a drawn one, a cluster lead, unless `all`) passing the filters and the search. */
  slotTest(filters: EventFilters, search: SearchMatches | null = null, all = false): (slot: number) => boolean {
    const { flags, type, status } = this.columns;
    const compiled = compileFilters(this.columns, filters);
    const wanted = all ? LIVE : LIVE | LEAD;
    const mask = search instanceof Uint8Array ? search : search !== null && 'mask' in search ? search.mask : null;
    const ids = search instanceof Uint8Array || (search !== null && 'mask' in search) ? null : search;
    return (slot) =>
      (flags[slot]! & wanted) === wanted &&
      (mask === null || mask[slot] === 1) &&
      (compiled.types === null || compiled.types[type[slot]!] === 1) &&
      (compiled.statuses === null || compiled.statuses[status[slot]!] === 1) &&
      (ids === null || ids.has(this.rows[slot]!.id)) &&
      (compiled.rest === null || compiled.rest(this.rows[slot]!));
  }

  /** Events passing the filters (and the search, when given), whatever their date; merged reports too with `all`. */
  matching(filters: EventFilters, search: SearchMatches | null, all = false): IndexedEvent[] {
    const test = this.slotTest(filters, search, all);
    const found: IndexedEvent[] = [];
    this.scan(search, (slot) => test(slot) && found.push(this.rows[slot]!));
    return found;
  }

  query(query: ViewQuery, search: SearchMatches | null): ViewAnswer {
    const first = dayNumber(query.start);
    const last = dayNumber(query.end);
    const layout = bucketLayout(first, last, query.buckets);
    const windowDays = last - first + 1;
    const { startDay, endDay, spanDays } = this.columns;
    const test = this.slotTest(query.filters, search);
    // One pass over the columns: the window's events, and how many are short or wide.
    const slots: number[] = [];
    let short = 0;
    let wide = 0;
    // The count window lies inside the drawn one (the visible part of a padded window): counted in the same pass.
    const countFirst = query.countWindow ? dayNumber(query.countWindow.start) : 0;
    const countLast = query.countWindow ? dayNumber(query.countWindow.end) : -1;
    let counted = 0;
    this.scan(search, (slot) => {
      if (endDay[slot]! < first || startDay[slot]! > last || !test(slot)) return;
      slots.push(slot);
      if (spanDays[slot]! > windowDays / 2) wide++;
      else short++;
      if (endDay[slot]! >= countFirst && startDay[slot]! <= countLast) counted++;
    });
    const recordOf = (event: IndexedEvent, count: number): CountRecord => ({
      dayNo: event.startDay,
      type: event.type,
      lanes: laneKeysOf(event, query.laneMode),
      count,
      wide: isWideFor(event.span, windowDays),
    });
    // Short (or wide) events that can fit as items (one per event and shown lane, so at least one per event) get a
    // record each, with their id; the others are counted as one record per bucket (or wide band), type and lanes,
    // which aggregates to the same cells. Grouped records carry no id (never drawn as items: their kind cannot fit).
    // Lanes by name (participant, place, article) vary per event: grouping those costs more than it saves.
    const perEvent = query.laneMode !== 'none' && query.laneMode !== 'type';
    const shortFit = perEvent || short <= query.itemBudget;
    const wideFit = perEvent || wide <= Math.min(WIDE_ITEM_BUDGET, query.itemBudget);
    const records: CountRecord[] = [];
    const ids: string[] = [];
    const grouped = new Map<number, CountRecord>();
    const { type } = this.columns;
    for (const slot of slots) {
      const event = this.rows[slot]!;
      const isWide = spanDays[slot]! > windowDays / 2;
      if (isWide ? wideFit : shortFit) {
        records.push(recordOf(event, 1));
        ids.push(event.id);
        continue;
      }
      const cell = (isWide ? layout.count : bucketOfDay(layout, startDay[slot]!)) * 256 + type[slot]!;
      const record = grouped.get(cell); // lanes none or by type: the cell's type is its lane
      if (record) record.count++;
      else grouped.set(cell, recordOf(event, 1));
    }
    for (const record of grouped.values()) {
      records.push(record);
      ids.push('');
    }
    const answer = answerFromRecords(records, grouped.size === 0 || ids.length > grouped.size ? ids : null, layout, query);
    return query.countWindow ? { ...answer, countedTotal: counted } : answer;
  }

  /** Per-article counts of the events passing the filters and the search (the article list), merged reports too. */
  articleCounts(filters: EventFilters, search: SearchMatches | null): Map<string, number> {
    const test = this.slotTest(filters, search, true);
    const { article } = this.columns;
    const perCode = new Int32Array(this.columns.articles.names.length);
    this.scan(search, (slot) => test(slot) && perCode[article[slot]!]!++);
    const counts = new Map<string, number>();
    perCode.forEach((count, code) => count > 0 && counts.set(this.columns.articles.names[code]!, count));
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
