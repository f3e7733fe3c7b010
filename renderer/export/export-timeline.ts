// "Export PNG / SVG": every event of the current time window (read from the database, not from the DOM),
// collapsed like the timeline to one item per cluster of merged reports ("×N sources" in its label),
// drawn by the shared SVG renderer, then rasterised for PNG and saved through Electron or downloaded.

import type { ExportFormat } from '../../app/ipc/contract';
import { renderTimelineSvg } from '../../app/export/timeline-svg';
import { collapseClusters, sourcesBadge } from '../../app/merge/collapse';
import type { TimelineEvent } from '../../app/model/event';
import { queryEventsInWindow, type DateWindow } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';
import { desktopBridge } from '../desktop';
import { rasterizeSvg } from './rasterize-svg';

/** Beyond this many events an export would be unreadable (and huge). */
export const MAX_EXPORT_EVENTS = 20_000;

export interface ExportResult {
  fileName: string;
  eventCount: number;
  capped: boolean;
  /** False when the user cancelled the save dialog. */
  saved: boolean;
}

function exportFileName(window: DateWindow, format: ExportFormat): string {
  return `timeline-${window.start}-to-${window.end}.${format}`;
}

function download(bytes: Uint8Array, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `include`: the view's filters and search (the timeline's own predicate), so the export shows what the timeline shows. */
export async function exportTimeline(db: TimelineDb, window: DateWindow, format: ExportFormat, include?: (event: TimelineEvent) => boolean): Promise<ExportResult> {
  const loaded = await queryEventsInWindow(db, window, MAX_EXPORT_EVENTS);
  const capped = loaded.capped;
  const events: TimelineEvent[] = collapseClusters(include ? loaded.events.filter(include) : loaded.events).map(({ event, sourceCount }) => {
    const badge = sourcesBadge(sourceCount);
    return badge ? { ...event, label: `${event.label} (${badge})` } : event;
  });
  const svg = renderTimelineSvg({ events, window, title: 'Event timeline' });
  const bytes = format === 'svg' ? new TextEncoder().encode(svg) : await rasterizeSvg(svg, 2);
  const fileName = exportFileName(window, format);
  const bridge = desktopBridge();
  let saved = true;
  if (bridge) saved = (await bridge.saveExport({ format, suggestedName: fileName, bytes })).saved;
  else download(bytes, fileName, format === 'svg' ? 'image/svg+xml' : 'image/png');
  return { fileName, eventCount: events.length, capped, saved };
}
