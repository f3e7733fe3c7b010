// Time buckets of a timeline window: the window's days cut into equal slices, and the aggregation of counted
// records (an event, or a per-day count row) into per-lane, per-bucket counts by type. Both the per-day count
// table path and the worker's in-memory index feed this, so the two always draw the same aggregates.

import type { EventTypeId } from '../model/event-types';
import { OTHER_LANE, SINGLE_LANE, topLanes } from './lanes';

export interface BucketLayout {
  /** First and last day number of the window (inclusive). */
  firstDay: number;
  lastDay: number;
  count: number;
}

/** A window of `lastDay - firstDay + 1` days cut into at most `wanted` buckets of at least one day. */
export function bucketLayout(firstDay: number, lastDay: number, wanted: number): BucketLayout {
  const days = Math.max(1, lastDay - firstDay + 1);
  return { firstDay, lastDay: firstDay + days - 1, count: Math.max(1, Math.min(wanted, days)) };
}

/** The bucket of a day (days before the window: the first bucket, after it: the last). */
export function bucketOfDay(layout: BucketLayout, dayNo: number): number {
  const days = layout.lastDay - layout.firstDay + 1;
  const offset = Math.min(Math.max(dayNo - layout.firstDay, 0), days - 1);
  return Math.min(layout.count - 1, Math.floor((offset * layout.count) / days));
}

/** First and last day number of a bucket (inclusive). */
export function bucketDays(layout: BucketLayout, bucket: number): { first: number; last: number } {
  const days = layout.lastDay - layout.firstDay + 1;
  const first = layout.firstDay + Math.ceil((bucket * days) / layout.count);
  const last = layout.firstDay + Math.ceil(((bucket + 1) * days) / layout.count) - 1;
  return { first, last };
}

/** Events counted together: `count` events of one type starting on `dayNo`, in the lanes `lanes` (empty: none named). */
export interface CountRecord {
  dayNo: number;
  type: EventTypeId;
  lanes: readonly string[];
  count: number;
  /** Long enough to cover much of the window (month, year precision...): counted in the lane's WIDE_BUCKET. */
  wide: boolean;
}

/** The bucket of a lane's wide events (ranges covering much of the window), drawn as one band across it. */
export const WIDE_BUCKET = -1;

export interface LaneSummary {
  key: string;
  /** Events in the lane within the window (an event in two lanes counts in both). */
  count: number;
}

export interface BucketCell {
  lane: string;
  bucket: number;
  count: number;
  byType: Partial<Record<EventTypeId, number>>;
}

export interface Aggregate {
  /** Distinct events in the window. */
  total: number;
  /** Shown lanes, most events first, "Other" last. */
  lanes: LaneSummary[];
  cells: BucketCell[];
}

/** The shown lane keys a record falls in: its top lanes, or "Other". */
export function shownLanesOf(lanes: readonly string[], kept: ReadonlySet<string>): string[] {
  const shown = lanes.filter((key) => kept.has(key));
  return shown.length > 0 ? [...new Set(shown)] : [OTHER_LANE];
}

/** Aggregates records into the kept lanes (top `maxLanes` by count plus "Other") and buckets. */
export function aggregate(records: readonly CountRecord[], layout: BucketLayout, maxLanes: number): Aggregate {
  const laneCounts = new Map<string, number>();
  let total = 0;
  for (const record of records) {
    total += record.count;
    for (const key of new Set(record.lanes)) laneCounts.set(key, (laneCounts.get(key) ?? 0) + record.count);
  }
  const kept = new Set(topLanes(laneCounts, laneCounts.has(SINGLE_LANE) ? 1 : maxLanes));
  const cells = new Map<string, BucketCell>();
  const shownCounts = new Map<string, number>();
  for (const record of records) {
    const bucket = record.wide ? WIDE_BUCKET : bucketOfDay(layout, record.dayNo);
    for (const lane of shownLanesOf(record.lanes, kept)) {
      shownCounts.set(lane, (shownCounts.get(lane) ?? 0) + record.count);
      const id = `${lane}\u0000${bucket}`;
      let cell = cells.get(id);
      if (!cell) cells.set(id, (cell = { lane, bucket, count: 0, byType: {} }));
      cell.count += record.count;
      cell.byType[record.type] = (cell.byType[record.type] ?? 0) + record.count;
    }
  }
  const lanes = [...shownCounts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => Number(a.key === OTHER_LANE) - Number(b.key === OTHER_LANE) || b.count - a.count || a.key.localeCompare(b.key));
  return { total, lanes, cells: [...cells.values()] };
}
