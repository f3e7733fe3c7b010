// Builds the registry actions of the exports (one per format, registered one file each under
// renderer/actions/): run the export the request describes and report the outcome in the status bar. The export code
// (run-export.ts: the SVG renderer, the fonts, fflate) loads when an export first runs, not before the timeline's first
// paint: the application chunk no longer waits for fflate's chunk to arrive.

import type { ExportFormat } from '../../app/ipc/contract';
import type { ActionContext, AppAction } from '../actions/action';
import type { ExportRequest, ExportResult } from './run-export';

const FORMAT_NAMES: Record<ExportFormat, string> = { png: 'PNG', svg: 'SVG', pdf: 'PDF', csv: 'CSV', json: 'JSON' };

export function formatName(format: ExportFormat): string {
  return FORMAT_NAMES[format];
}

export function exportOutcome(result: ExportResult): string {
  const events = `${result.eventCount} event${result.eventCount === 1 ? '' : 's'}`;
  return `Exported ${events} to ${result.fileName}${result.capped ? ' (capped: narrow the range to export fewer)' : ''}.`;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The action "Export <FORMAT>…" (its argument: the dialog's options, the visible window and the filters). */
export function exportAction(format: ExportFormat): AppAction<ExportRequest> {
  return {
    id: `export.${format}`,
    label: `Export ${FORMAT_NAMES[format]}…`,
    async run(ctx: ActionContext, request: ExportRequest) {
      try {
        const { runExport } = await import('./run-export');
        const result = await runExport(ctx.db, { ...request, options: { ...request.options, format } });
        if (result.saved) ctx.notify(exportOutcome(result));
      } catch (error) {
        ctx.notify(`Export failed: ${errorText(error)}`);
      }
    },
  };
}
