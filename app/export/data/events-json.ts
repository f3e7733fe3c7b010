// The JSON export of events: a small versioned envelope (format name, version, when, under which filters and search)
// around the export rows, pretty-printed so it diffs and reads well.

import type { EventFilters } from '../../model/event-filter';
import type { EventExportRow } from './event-rows';

export const EVENTS_JSON_FORMAT = 'event-timeline/events';
export const EVENTS_JSON_VERSION = 1;

export interface EventsJsonDocument {
  format: typeof EVENTS_JSON_FORMAT;
  version: typeof EVENTS_JSON_VERSION;
  exportedAt: string;
  /** The date range exported (inclusive days), or null for all events. */
  range: { start: string; end: string } | null;
  filters: EventFilters;
  /** The search the events were exported under ('' for none). */
  search: string;
  eventCount: number;
  events: EventExportRow[];
}

export function eventsToJson(
  rows: readonly EventExportRow[],
  context: { exportedAt: string; range: EventsJsonDocument['range']; filters: EventFilters; search?: string },
): string {
  const document: EventsJsonDocument = {
    format: EVENTS_JSON_FORMAT,
    version: EVENTS_JSON_VERSION,
    exportedAt: context.exportedAt,
    range: context.range,
    filters: context.filters,
    search: context.search ?? '',
    eventCount: rows.length,
    events: [...rows],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
