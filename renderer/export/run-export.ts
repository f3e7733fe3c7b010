// Runs one export the dialog (or a menu command) asked for: resolves the date range, reads the events under
// the current filters from the database, and writes PNG (rasterised at 1×–4×), SVG, PDF (Chromium's
// printToPDF in the app, jsPDF + svg2pdf.js in the browser), CSV or JSON, then saves or downloads it.

import { eventExportRows } from '../../app/export/data/event-rows';
import { eventsToCsv } from '../../app/export/data/events-csv';
import { eventsToJson } from '../../app/export/data/events-json';
import { svgSize, type PixelSize } from '../../app/export/raster-size';
import type { ExportFont } from '../../app/export/font/export-font';
import { renderTimelineSvg } from '../../app/export/timeline-svg';
import type { ExportFormat } from '../../app/ipc/contract';
import type { EventFilters } from '../../app/model/event-filter';
import { eventExtent, type DateWindow } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';
import { desktopBridge } from '../desktop';
import { copyPngToClipboard } from './copy-image';
import type { TimelineEvent } from '../../app/model/event';
import { loadExportEvents, MAX_EXPORT_EVENTS, MAX_TABLE_EXPORT_EVENTS, type ExportEvents } from './export-events';
import { exportOptionsProblem, type ExportOptions } from './export-options';
import { rasterizeSvg } from './rasterize-svg';
import { saveFile } from './save-file';

/** Largest PNG side browsers reliably draw on a canvas. */
export const MAX_CANVAS_SIDE = 16_384;
/** Largest PDF page side in pt (the PDF format's own limit is 14,400). */
const MAX_PDF_SIDE = 14_000;
/** Height of everything but the lanes (title, axis, legend), generously. */
const CHROME_HEIGHT = 320;
const LANE_PX = 26;

/** Lanes that fit the format's size limits, so an export draws as many events as its medium can hold. */
function maxLanesFor(options: ExportOptions): number {
  if (options.format === 'png') return Math.max(1, Math.floor((MAX_CANVAS_SIDE / options.scale - CHROME_HEIGHT) / LANE_PX));
  if (options.format === 'pdf') return Math.floor((MAX_PDF_SIDE - CHROME_HEIGHT) / LANE_PX);
  return 5_000;
}

export interface ExportRequest {
  options: ExportOptions;
  /** The timeline's visible window, for the "visible window" range. */
  visibleWindow: DateWindow | null;
  filters: EventFilters;
  /** The view's search ('' or absent: none), recorded in the JSON export; `include` applies it. */
  search?: string;
  /** The view's whole predicate (filters and search), when the caller has it; `filters` alone otherwise. */
  include?: (event: TimelineEvent) => boolean;
}

export interface ExportResult {
  format: ExportFormat;
  fileName: string;
  eventCount: number;
  capped: boolean;
  /** False when the user cancelled the save dialog. */
  saved: boolean;
}

async function resolveWindow(db: TimelineDb, request: ExportRequest): Promise<DateWindow> {
  const { options } = request;
  if (options.range === 'custom') return { start: options.from, end: options.to };
  if (options.range === 'all') {
    const extent = await eventExtent(db);
    if (!extent) throw new Error('there are no events to export');
    return extent;
  }
  if (!request.visibleWindow) throw new Error('the timeline has no visible window yet');
  return request.visibleWindow;
}

/** The bundled font, loaded with its chunk on first use (the font and the PDF writer stay out of the start-up bundle). */
async function loadFont(): Promise<ExportFont> {
  return (await import('./export-font-loader')).exportFont();
}

async function drawSvg(
  events: ExportEvents,
  window: DateWindow,
  options: ExportOptions,
  labelHalo = true,
): Promise<{ svg: string; size: PixelSize }> {
  const svg = renderTimelineSvg({
    events: events.drawn,
    window,
    title: options.title,
    subtitle: options.subtitle,
    width: options.width,
    legend: options.legend,
    lanes: options.lanes,
    theme: options.theme,
    font: await loadFont(),
    labelHalo,
    maxLanes: maxLanesFor(options),
  });
  return { svg, size: svgSize(svg) ?? { width: options.width, height: 600 } };
}

async function pngOf(svg: string, size: PixelSize, scale: number): Promise<Uint8Array> {
  const [width, height] = [Math.round(size.width * scale), Math.round(size.height * scale)];
  if (width > MAX_CANVAS_SIDE || height > MAX_CANVAS_SIDE) {
    throw new Error(
      `the image would be ${width}×${height} px, more than a browser can draw: lower the scale or the width, narrow the range, or export SVG or PDF`,
    );
  }
  return rasterizeSvg(svg, scale);
}

function fileNameOf(window: DateWindow, format: ExportFormat): string {
  const what = format === 'csv' || format === 'json' ? 'events' : 'timeline';
  return `${what}-${window.start}-to-${window.end}.${format}`;
}

async function render(
  events: ExportEvents,
  window: DateWindow,
  request: ExportRequest,
  fileName: string,
): Promise<Uint8Array | 'printed' | 'cancelled'> {
  const { options } = request;
  const encode = (text: string) => new TextEncoder().encode(text);
  switch (options.format) {
    case 'csv':
      return encode(`\uFEFF${eventsToCsv(eventExportRows(events.clusters, events.articles))}`); // BOM: spreadsheets read it as UTF-8
    case 'json': {
      const rows = eventExportRows(events.clusters, events.articles);
      return encode(
        eventsToJson(rows, { exportedAt: new Date().toISOString(), range: window, filters: request.filters, search: request.search }),
      );
    }
    case 'svg':
      return encode((await drawSvg(events, window, options)).svg);
    case 'png': {
      const { svg, size } = await drawSvg(events, window, options);
      return pngOf(svg, size, options.scale);
    }
    case 'pdf': {
      const bridge = desktopBridge();
      if (bridge) {
        const { svg, size } = await drawSvg(events, window, options);
        return (await bridge.printPdf({ svg, suggestedName: fileName, width: size.width, height: size.height })).saved
          ? 'printed'
          : 'cancelled';
      }
      const { svg, size } = await drawSvg(events, window, options, false);
      const { pdfFromSvg } = await import('./pdf-from-svg');
      return pdfFromSvg(svg, size, await loadFont(), options.title);
    }
  }
}

export async function runExport(db: TimelineDb, request: ExportRequest): Promise<ExportResult> {
  const problem = exportOptionsProblem(request.options);
  if (problem) throw new Error(problem);
  const window = await resolveWindow(db, request);
  const table = request.options.format === 'csv' || request.options.format === 'json';
  const events = await loadExportEvents(db, window, request.filters, table ? MAX_TABLE_EXPORT_EVENTS : MAX_EXPORT_EVENTS, request.include);
  const fileName = fileNameOf(window, request.options.format);
  const output = await render(events, window, request, fileName);
  const saved = output === 'printed' || (output !== 'cancelled' && (await saveFile(output, fileName, request.options.format)));
  return { format: request.options.format, fileName, eventCount: events.clusters.length, capped: events.capped, saved };
}

/** "Copy image": the PNG the options describe, on the clipboard. */
export async function copyImage(db: TimelineDb, request: ExportRequest): Promise<{ eventCount: number }> {
  const options: ExportOptions = { ...request.options, format: 'png' };
  const problem = exportOptionsProblem(options);
  if (problem) throw new Error(problem);
  const window = await resolveWindow(db, request);
  const events = await loadExportEvents(db, window, request.filters, MAX_EXPORT_EVENTS, request.include);
  const { svg, size } = await drawSvg(events, window, options);
  await copyPngToClipboard(await pngOf(svg, size, options.scale));
  return { eventCount: events.clusters.length };
}
