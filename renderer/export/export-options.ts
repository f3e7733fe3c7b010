// What the export dialog asks for, as plain data: format, date range (the visible window, all events or
// custom dates), and for images width, scale (1×–4×), title, subtitle, legend, lanes and theme. The last
// choice is remembered for the session so the dialog reopens as the analyst left it.

import type { ExportTheme } from '../../app/export/export-theme';
import { LANE_GROUPINGS, type LaneGrouping } from '../../app/export/lane-groups';
import type { ExportFormat } from '../../app/ipc/contract';
import type { LaneMode } from '../state/ui-store';

export type ExportRange = 'visible' | 'all' | 'custom';

export interface ExportOptions {
  format: ExportFormat;
  range: ExportRange;
  /** Custom range, inclusive YYYY-MM-DD days. */
  from: string;
  to: string;
  width: number;
  scale: number;
  title: string;
  subtitle: string;
  legend: boolean;
  lanes: LaneGrouping;
  theme: ExportTheme;
}

export const MIN_EXPORT_WIDTH = 480;
export const MAX_EXPORT_WIDTH = 8000;
export const EXPORT_SCALES = [1, 2, 3, 4] as const;

/** Formats that draw the timeline (the others are tables of events). */
export const IMAGE_FORMATS: readonly ExportFormat[] = ['png', 'svg', 'pdf'];

export function isImageFormat(format: ExportFormat): boolean {
  return IMAGE_FORMATS.includes(format);
}

/** The export lanes for the timeline's lane mode (lanes by article have no export counterpart yet). */
export function lanesForMode(mode: LaneMode): LaneGrouping {
  return (LANE_GROUPINGS as readonly string[]).includes(mode) ? (mode as LaneGrouping) : 'none';
}

let remembered: Omit<ExportOptions, 'format'> | null = null;

export function initialExportOptions(format: ExportFormat, laneMode: LaneMode): ExportOptions {
  return {
    range: 'visible',
    from: '',
    to: '',
    width: 1200,
    scale: 2,
    title: 'Event timeline',
    subtitle: '',
    legend: true,
    theme: 'light',
    ...remembered,
    lanes: remembered?.lanes ?? lanesForMode(laneMode),
    format,
  };
}

export function rememberExportOptions(options: ExportOptions): void {
  const { range, from, to, width, scale, title, subtitle, legend, lanes, theme } = options;
  remembered = { range, from, to, width, scale, title, subtitle, legend, lanes, theme };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with the options, in words for the dialog, or null. */
export function exportOptionsProblem(options: ExportOptions): string | null {
  if (options.range === 'custom') {
    if (!ISO_DAY.test(options.from) || !ISO_DAY.test(options.to)) return 'Give both dates of the custom range.';
    if (options.from > options.to) return 'The custom range ends before it starts.';
  }
  if (isImageFormat(options.format)) {
    if (!Number.isFinite(options.width) || options.width < MIN_EXPORT_WIDTH || options.width > MAX_EXPORT_WIDTH) {
      return `The width must be between ${MIN_EXPORT_WIDTH} and ${MAX_EXPORT_WIDTH} px.`;
    }
    if (!(EXPORT_SCALES as readonly number[]).includes(options.scale)) return 'The scale must be 1×, 2×, 3× or 4×.';
  }
  return null;
}
