// Answers a timeline window from the per-day counts table (dayCounts) when the view allows it (no lanes or lanes by
// type; filters on type and status only; no search): buckets without loading the window's events, plus the few
// events that start before the window and reach into it; the events themselves only when they fit the item budget
// (and when only the window's few wide ones fit, only those: the short ones are drawn as buckets anyway).

import { filtersAreEmpty, matchesFilters, type EventFilters } from '../../app/model/event-filter';
import {
  DAY_COUNTS_SNAPSHOT_KEY,
  DAY_COUNTS_STAMP_KEY,
  packDayCounts,
  unpackDayCounts,
  type DayCountRow,
} from '../../app/storage/day-count-snapshot';
import type { TimelineEvent } from '../../app/model/event';
import type { StoredEvent } from '../../app/storage/schema';
import { bucketLayout, bucketOfDay, type CountRecord } from '../../app/view/buckets';
import { isCounted, isWideFor, spanClassOf } from '../../app/view/day-count-deltas';
import { dayNumber } from '../../app/view/day-number';
import { laneKeysOf, type LaneMode } from '../../app/view/lanes';
import { answerFromRecords, WIDE_ITEM_BUDGET, type ViewAnswer, type ViewQuery } from '../../app/view/view-index';
import { byDates, eventsReachingInto, eventsStartingOn, queryEventsInWindow } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';

/** Whether the counts table alone can answer a view with these settings. */
export function dayCountsCanAnswer(filters: EventFilters, laneMode: LaneMode, search: string): boolean {
  if (search.trim() !== '' || (laneMode !== 'none' && laneMode !== 'type')) return false;
  return filtersAreEmpty({ ...filters, types: [], statuses: [] });
}

const drawn = (event: StoredEvent, filters: EventFilters): boolean => isCounted(event) && matchesFilters(event, filters);

/**
 * The counts table held in memory, in day order (every zoom, pan and filter then slices it without touching the
 * database). Forgotten after any change to the events (`forgetDayCounts`).
 */
const cached = new WeakMap<TimelineDb, Promise<DayCountRow[]>>();
/**
 * The events reaching into the last few window starts (the drawn window and the counted one), forgotten with the
 * counts: a filter change redraws the same window, and then reads nothing from the database (whose queue the
 * view-index worker's first read of the case can fill for seconds).
 */
const reaching = new WeakMap<TimelineDb, Map<string, Promise<TimelineEvent[]>>>();
const REACHING_KEPT = 8;

export function forgetDayCounts(db: TimelineDb): void {
  cached.delete(db);
  reaching.delete(db);
}

function eventsReachingIntoCached(db: TimelineDb, day: string): Promise<TimelineEvent[]> {
  let byDay = reaching.get(db);
  if (!byDay) reaching.set(db, (byDay = new Map()));
  let found = byDay.get(day);
  if (found) {
    byDay.delete(day); // most recent last
    byDay.set(day, found);
    return found;
  }
  found = eventsReachingInto(db, day);
  byDay.set(day, found);
  const forget = byDay;
  found.catch(() => forget.delete(day));
  if (byDay.size > REACHING_KEPT) byDay.delete(byDay.keys().next().value!);
  return found;
}

function dayCountRows(db: TimelineDb): Promise<DayCountRow[]> {
  let rows = cached.get(db);
  if (!rows) {
    rows = readDayCounts(db);
    cached.set(db, rows);
    rows.catch(() => cached.delete(db));
  }
  return rows;
}

/**
 * Starts reading what the counts path will need for a window before anything asks: the counts, and the events reaching
 * into each of `windowStarts` (ISO days). Called while the case opens, so these reads overlap the start of the UI.
 */
export function warmDayCounts(db: TimelineDb, windowStarts: readonly string[]): void {
  void dayCountRows(db).catch(() => {}); // read again, and reported, by the window that needs it
  for (const day of windowStarts) void eventsReachingIntoCached(db, day).catch(() => {});
}

const stampOf = (row: { value: unknown } | undefined): string | null => (typeof row?.value === 'string' ? row.value : null);

/** The count rows: from their compact copy when it is as new as the counts, else from the table (then copied). */
async function readDayCounts(db: TimelineDb): Promise<DayCountRow[]> {
  const read = await db.transaction('r', [db.dayCounts, db.meta], async () => {
    const [copy, stamp] = await Promise.all([db.meta.get(DAY_COUNTS_SNAPSHOT_KEY), db.meta.get(DAY_COUNTS_STAMP_KEY)]);
    const copied = unpackDayCounts(copy?.value, stampOf(stamp));
    if (copied) return { rows: copied, stamp: stampOf(stamp), fresh: false };
    const rows: DayCountRow[] = await db.dayCounts.orderBy('day').toArray();
    return { rows, stamp: stampOf(stamp), fresh: true };
  });
  if (read.fresh) copyWhenStill(db, read.rows, read.stamp);
  return read.rows;
}

/**
 * How long the counts must stay unchanged before their copy is written: while an import writes batches, each batch
 * outdates the counts, and packing and storing a copy after every batch was wasted main-thread work. Short enough that
 * the copy of a case just opened is there for its next start.
 */
export const COPY_AFTER_STILL_MS = 1000;
const pendingCopies = new WeakMap<TimelineDb, ReturnType<typeof setTimeout>>();

/** Stores the copy of rows read at `stamp` once no newer read came for COPY_AFTER_STILL_MS (saveCopy re-checks the stamp). */
function copyWhenStill(db: TimelineDb, rows: DayCountRow[], stamp: string | null): void {
  clearTimeout(pendingCopies.get(db));
  const timer = setTimeout(() => {
    pendingCopies.delete(db);
    if (!db.isOpen()) return; // the case was closed or switched: its next open copies the counts again
    saveCopy(db, rows, stamp).catch((error: unknown) => console.error('could not copy the day counts', error));
  }, COPY_AFTER_STILL_MS);
  pendingCopies.set(db, timer);
}

/** Stores the copy of rows read at `stamp`, unless the counts changed since. */
function saveCopy(db: TimelineDb, rows: DayCountRow[], stamp: string | null): Promise<void> {
  return db.transaction('rw', db.meta, async () => {
    if (stampOf(await db.meta.get(DAY_COUNTS_STAMP_KEY)) !== stamp) return;
    await db.meta.put({ key: DAY_COUNTS_SNAPSHOT_KEY, value: packDayCounts(rows, stamp) });
  });
}

/** Day numbers of the cached rows (parsed once per copy of the rows, not on every window). */
const dayNumbers = new WeakMap<readonly DayCountRow[], Int32Array>();

function dayNumbersOf(rows: readonly DayCountRow[]): Int32Array {
  let days = dayNumbers.get(rows);
  if (!days) {
    days = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) days[i] = dayNumber(rows[i]!.day);
    dayNumbers.set(rows, days);
  }
  return days;
}

/** Index of the first row whose day is not before `day` (rows in day order). */
function firstAtOrAfter(rows: readonly DayCountRow[], day: string): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (rows[middle]!.day < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

export async function dayCountAnswer(db: TimelineDb, query: ViewQuery): Promise<ViewAnswer> {
  return (await dayCountAnswerWithEvents(db, query)).answer;
}

/** A window's answer from the counts, and the events it read on the way (those of its items, by id). */
export interface CountedWindow {
  answer: ViewAnswer;
  /** The rows read for the answer's items: the caller need not read them again. */
  events: ReadonlyMap<string, StoredEvent>;
}

const byId = (events: readonly StoredEvent[]): Map<string, StoredEvent> => new Map(events.map((event) => [event.id, event]));

export async function dayCountAnswerWithEvents(db: TimelineDb, query: ViewQuery): Promise<CountedWindow> {
  const { filters, laneMode } = query;
  const layout = bucketLayout(dayNumber(query.start), dayNumber(query.end), query.buckets);
  const windowDays = layout.lastDay - layout.firstDay + 1;
  const wide = (event: StoredEvent): boolean => isWideFor(spanClassOf(event), windowDays);
  // The counts and the events reaching into the window are read side by side (two IndexedDB reads in flight).
  const [all, reachingAll] = await Promise.all([dayCountRows(db), eventsReachingIntoCached(db, query.start)]);
  const days = dayNumbersOf(all);
  // The window's rows summed per bucket (or wide band) and type: a few hundred records, not one per row (37,803
  // rows at 100,000 events), so neither the aggregation nor the garbage collector sees every row.
  const grouped = new Map<string, Array<CountRecord | undefined>>();
  const records: CountRecord[] = [];
  /** Start days of the window's wide events (their rows). */
  const wideDays = new Set<string>();
  for (let i = firstAtOrAfter(all, query.start); i < all.length && all[i]!.day <= query.end; i++) {
    const row = all[i]!;
    if (filters.types.length > 0 && !filters.types.includes(row.type)) continue;
    if (filters.statuses.length > 0 && !filters.statuses.includes(row.status)) continue;
    const isWide = isWideFor(row.span, windowDays);
    if (isWide) wideDays.add(row.day);
    const bucket = isWide ? layout.count : bucketOfDay(layout, days[i]!);
    let byBucket = grouped.get(row.type);
    if (!byBucket) grouped.set(row.type, (byBucket = []));
    const record = byBucket[bucket];
    if (record) record.count += row.count;
    else {
      const lanes = laneKeysOf({ type: row.type, participants: [], places: [], articleId: '' }, laneMode);
      records.push((byBucket[bucket] = { dayNo: days[i]!, type: row.type, lanes, count: row.count, wide: isWide }));
    }
  }
  const reachingIn = reachingAll.filter((event) => drawn(event, filters));
  const recordOf = (event: StoredEvent): CountRecord => ({
    dayNo: Math.max(layout.firstDay, dayNumber(event.start)),
    type: event.type,
    lanes: laneKeysOf(event, laneMode),
    count: 1,
    wide: wide(event),
  });
  for (const event of reachingIn) records.push(recordOf(event));
  const counted = answerFromRecords(records, null, layout, query);
  const short = records.reduce((sum, r) => sum + (r.wide ? 0 : r.count), 0);
  const wideCount = counted.total - short;
  const shortFit = short <= query.itemBudget;
  const none = new Map<string, StoredEvent>();
  if (query.itemBudget === 0 || (!shortFit && wideCount > Math.min(WIDE_ITEM_BUDGET, query.itemBudget)))
    return { answer: counted, events: none };
  const readLimit = (query.itemBudget + WIDE_ITEM_BUDGET) * 8;
  if (!shortFit) {
    // Only the wide events can be drawn as items: read just those (the events starting on their rows' days), not
    // the window's thousands of short ones that are drawn as buckets anyway.
    const startingOn = await eventsStartingOn(db, [...wideDays], readLimit);
    if (!startingOn) return { answer: counted, events: none };
    const wideEvents = [...reachingIn, ...startingOn.filter((event) => drawn(event, filters))].filter(wide).sort(byDates);
    const shortRecords = records.filter((record) => !record.wide);
    const answer = answerFromRecords(
      [...shortRecords, ...wideEvents.map(recordOf)],
      [...shortRecords.map(() => ''), ...wideEvents.map((event) => event.id)],
      layout,
      query,
    );
    return { answer, events: byId(wideEvents) };
  }
  // Some of the window's events fit: load them (with the merged reports they stand for, which are not drawn).
  const loaded = await queryEventsInWindow(db, { start: query.start, end: query.end }, readLimit);
  if (loaded.capped) return { answer: counted, events: none };
  const shown = loaded.events.filter((event) => drawn(event, filters));
  const answer = answerFromRecords(
    shown.map(recordOf),
    shown.map((event) => event.id),
    layout,
    query,
  );
  return { answer, events: byId(shown) };
}
