// The rows of the Table view: one small projection per cluster of merged reports (its representative, with the
// cluster's source count), read from the events' date index so they arrive in date order, and filtered by the
// same predicate as the timeline (the filters, and the ids the search matched). Only the projection is kept (no
// evidence, mentions or role evidence), so 100,000 events stay a few tens of megabytes in memory. Measured in headless
// Chromium on the shared, busy 2 cores (`npm run bench:table`): all 100,000 rows load in 2–5 s (nearly all of it
// IndexedDB reading the full events; collapsing and projecting them ~0.2 s, TanStack's row model ~0.3 s), so the
// view first shows a preview page (PREVIEW_ROWS; 0.1–0.6 s).

import { collapseClusters } from '../../app/merge/collapse';
import type { DatePrecision, EditableField, EventRoleName, EventStatus, ReviewState } from '../../app/model/event';
import { filtersAreEmpty, matchesFilters, type EventFilters } from '../../app/model/event-filter';
import type { EventTypeId } from '../../app/model/event-types';
import type { TimelineDb } from '../db/timeline-db';

/** Events read for the preview shown while the whole table loads. */
export const PREVIEW_ROWS = 300;

export interface TableRow {
  id: string;
  articleId: string;
  start: string;
  end: string;
  precision: DatePrecision;
  type: EventTypeId;
  label: string;
  participants: string[];
  places: string[];
  /** Who filled which role (without the evidence), for the participant filter narrowed by role. */
  roles: { role: EventRoleName; value: string }[];
  status: EventStatus;
  confidence: number;
  /** Reports merged into this row (1 for an event reported once). */
  sources: number;
  reviewState: ReviewState | null;
  editedFields: EditableField[];
}

/**
 * Every cluster's representative as a table row, in date order; with `limit`, only the first events by date (a
 * preview shown while the whole table loads: reading 100,000 full rows from IndexedDB takes seconds).
 */
export async function loadTableRows(db: TimelineDb, limit?: number): Promise<TableRow[]> {
  const ordered = db.events.orderBy('start');
  const events = await (limit === undefined ? ordered : ordered.limit(limit)).toArray();
  return collapseClusters(events).map(({ event, sourceCount }) => ({
    id: event.id,
    articleId: event.articleId,
    start: event.start,
    end: event.end,
    precision: event.precision,
    type: event.type,
    label: event.label,
    participants: event.participants,
    places: event.places,
    roles: (event.roles ?? []).map((filler) => ({ role: filler.role, value: filler.value })),
    status: event.status,
    confidence: event.confidence,
    sources: sourceCount,
    reviewState: event.reviewState ?? null,
    editedFields: event.editedFields ?? [],
  }));
}

/**
 * The rows the current filters and search let through: `matches` holds the ids the search matched (null: no
 * search). The same rows, unchanged, when neither is set.
 */
export function filterTableRows(
  rows: readonly TableRow[],
  filters: EventFilters,
  matches: ReadonlySet<string> | null = null,
): readonly TableRow[] {
  if (matches === null) return filtersAreEmpty(filters) ? rows : rows.filter((row) => matchesFilters(row, filters));
  return rows.filter((row) => matches.has(row.id) && matchesFilters(row, filters));
}
