// Compatibility entry for callers of the old one-click export (PNG/SVG of the visible window with the
// default options): the same run as the export dialog's (run-export.ts).

import type { ExportFormat } from '../../app/ipc/contract';
import { NO_FILTERS, type EventFilters } from '../../app/model/event-filter';
import type { DateWindow } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';
import { initialExportOptions } from './export-options';
import { runExport, type ExportResult } from './run-export';

export type { ExportResult } from './run-export';

export function exportTimeline(
  db: TimelineDb,
  window: DateWindow,
  format: ExportFormat,
  filters: EventFilters = NO_FILTERS,
): Promise<ExportResult> {
  return runExport(db, { options: { ...initialExportOptions(format, 'none'), range: 'visible' }, visibleWindow: window, filters });
}
