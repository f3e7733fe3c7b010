// The CSV export of events: one line per event (per cluster of merged reports), one column per role (attacker,
// target, visitor, …; empty when the event has no such filler), multi-valued cells joined with "; ", and the
// sources as "title (published): sentence" entries separated by " | ".
// Numbers are written with a dot and no thousands separator, whatever the locale.

import type { EventRoleName } from '../../model/event';
import { ROLE_LABELS } from '../../model/role-labels';
import { toCsv } from './csv';
import type { EventExportRow, ExportSource } from './event-rows';

/** One column per role, in the side panel's order, headed "role: attacker", "role: parties", … */
const ROLE_COLUMNS: readonly (readonly [EventRoleName, string])[] = ROLE_LABELS.map(([role, label]) => [
  role,
  `role: ${label.toLowerCase()}`,
]);

export const EVENT_CSV_HEADER: readonly string[] = [
  'id',
  'start',
  'end',
  'precision',
  'type',
  'label',
  'status',
  'participants',
  'places',
  ...ROLE_COLUMNS.map(([, header]) => header),
  'confidence',
  'review',
  'notes',
  'source count',
  'source titles',
  'source sentences',
];

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
    ...ROLE_COLUMNS.map(([name]) =>
      row.roles
        .filter((role) => role.role === name)
        .map((role) => role.value)
        .join('; '),
    ),
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
