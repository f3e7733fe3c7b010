// The CSV export of events: one line per event (per cluster of merged reports), multi-valued cells
// joined with "; ", and the sources as "title (published): sentence" entries separated by " | ".
// Numbers are written with a dot and no thousands separator, whatever the locale.

import { toCsv } from './csv';
import type { EventExportRow, ExportSource } from './event-rows';

export const EVENT_CSV_HEADER = [
  'id',
  'start',
  'end',
  'precision',
  'type',
  'label',
  'status',
  'participants',
  'places',
  'roles',
  'confidence',
  'review',
  'notes',
  'source count',
  'source titles',
  'source sentences',
] as const;

function describeSource(source: ExportSource): string {
  return source.published ? `${source.articleTitle} (${source.published})` : source.articleTitle;
}

function sentencesCell(sources: readonly ExportSource[]): string {
  return sources.map((source) => `${describeSource(source)}: ${source.sentences.join(' … ')}`).join(' | ');
}

export function eventCsvCells(row: EventExportRow): string[] {
  return [
    row.id,
    row.start,
    row.end,
    row.precision,
    row.typeLabel,
    row.label,
    row.status,
    row.participants.join('; '),
    row.places.join('; '),
    row.roles.map((role) => `${role.role}: ${role.value}`).join('; '),
    row.confidence.toFixed(2),
    row.reviewState ?? '',
    row.notes ?? '',
    String(row.sources.length),
    row.sources.map(describeSource).join(' | '),
    sentencesCell(row.sources),
  ];
}

/** The CSV document (UTF-8 text; the caller adds a BOM if it wants one). */
export function eventsToCsv(rows: readonly EventExportRow[]): string {
  return toCsv(EVENT_CSV_HEADER, rows.map(eventCsvCells));
}
