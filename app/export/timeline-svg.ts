// Renders the events of a time window as one standalone SVG document: title, optional subtitle, date-range
// caption, adaptive time axis with grid, events in non-overlapping lanes (optionally in bands by type,
// participant or place) coloured by type (hatched when the date is only known to a month/quarter/year,
// dashed when planned), and an optional legend. Embedded <style> only, with the bundled export font as a
// data: URL when given: no external references, so the file renders the same anywhere, offline.

import type { TimelineEvent } from '../model/event';
import { EVENT_TYPES } from '../model/event-types';
import { axisTicks } from './axis-ticks';
import { themeStyle, type ExportTheme } from './export-theme';
import { fontFaceCss, type ExportFont } from './font/export-font';
import type { LaneGrouping } from './lane-groups';
import { layoutTimeline, LABEL_FONT_SIZE, type LaidOutEvent, type TimelineLayout } from './layout';
import { legendHeight, renderLegend } from './legend';
import { escapeXml } from './svg-escape';
import { estimateTextWidth, fontTextMeasure } from './text-width';
import { DAY_MS, formatDayAt, timeScale } from './time-window';

export { layoutTimeline } from './layout';
export { svgToPngSize, rasterSize } from './raster-size';

export interface TimelineSvgInput {
  events: readonly TimelineEvent[];
  /** Inclusive calendar days (YYYY-MM-DD) or ISO timestamps. */
  window: { start: string; end: string };
  title?: string;
  subtitle?: string;
  /** Drawing width in px (default 1200, at least 480). */
  width?: number;
  /** Most lanes drawn (default 400); events that do not fit are counted in the caption. */
  maxLanes?: number;
  /** Draw the legend (default true). */
  legend?: boolean;
  /** Bands of lanes (default none). */
  lanes?: LaneGrouping;
  theme?: ExportTheme;
  /** The bundled font: embedded and used to measure labels. Without it, system fonts and estimated widths. */
  font?: ExportFont;
  /** White outline behind labels (default true; PDF writers that ignore paint-order need it off). */
  labelHalo?: boolean;
}

const DEFAULT_WIDTH = 1200;
const MARGIN = 24;
const BAR_HEIGHT = 16;
const FALLBACK_COLOR = '#555555';
const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

const COLORS: ReadonlyMap<string, string> = new Map(EVENT_TYPES.map((t) => [t.id, t.color]));

function colorOf(typeId: string): string {
  return COLORS.get(typeId) ?? FALLBACK_COLOR;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function hatchPattern(id: string, color: string, opacity: number): string {
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${color}" fill-opacity="0.18"/>` +
    `<line x1="0" y1="0" x2="0" y2="6" stroke="${color}" stroke-width="2.5" stroke-opacity="${opacity}"/></pattern>`
  );
}

function definitions(hatchOpacity: number): string {
  const patterns = EVENT_TYPES.map((t) => hatchPattern(`hatch-${t.id}`, t.color, hatchOpacity));
  patterns.push(hatchPattern('hatch-other', FALLBACK_COLOR, hatchOpacity), hatchPattern('hatch-legend', FALLBACK_COLOR, hatchOpacity));
  return `<defs>${patterns.join('')}</defs>`;
}

function renderAxis(layout: TimelineLayout, axisY: number, bottom: number): string {
  const scale = timeScale(layout.window, layout.plotLeft, layout.plotRight);
  const { ticks } = axisTicks(layout.window, layout.plotRight - layout.plotLeft);
  const parts = [`<line class="axis" x1="${layout.plotLeft}" y1="${axisY}" x2="${layout.plotRight}" y2="${axisY}"/>`];
  for (const tick of ticks) {
    const x = round(scale(tick.ms));
    parts.push(`<line class="grid" x1="${x}" y1="${axisY - 6}" x2="${x}" y2="${bottom}"/>`);
    if (x + 40 <= layout.plotRight)
      parts.push(`<text class="tick-label" x="${round(x + 4)}" y="${axisY - 8}">${escapeXml(tick.label)}</text>`);
  }
  return `<g class="time-axis">${parts.join('')}</g>`;
}

function renderBands(layout: TimelineLayout, lanesTop: number): string {
  const headed = layout.bands.filter((band) => band.label);
  const parts = headed.map((band) => {
    const y = lanesTop + band.y;
    return (
      `<g class="band" data-band="${escapeXml(band.key)}"><line class="band-rule" x1="${layout.plotLeft}" y1="${y + 1}" x2="${layout.plotRight}" y2="${y + 1}"/>` +
      `<text class="band-label" x="${layout.plotLeft}" y="${y + 15}">${escapeXml(band.label)}</text></g>`
    );
  });
  return `<g class="bands">${parts.join('')}</g>`;
}

function renderItem(item: LaidOutEvent, lanesTop: number, barOpacity: number): string {
  const color = colorOf(item.event.type);
  const y = lanesTop + item.y;
  const middle = y + BAR_HEIGHT / 2;
  const dash = item.planned ? ' class="planned"' : '';
  let shape: string;
  if (item.shape === 'point') {
    const cx = round((item.x1 + item.x2) / 2);
    shape = item.planned
      ? `<circle${dash} cx="${cx}" cy="${middle}" r="5" fill="#ffffff" stroke="${color}" stroke-width="2"/>`
      : `<circle cx="${cx}" cy="${middle}" r="5" fill="${color}"/>`;
  } else {
    const fill = item.uncertain ? `url(#${COLORS.has(item.event.type) ? `hatch-${item.event.type}` : 'hatch-other'})` : color;
    const opacity = item.uncertain ? '' : ` fill-opacity="${barOpacity}"`;
    const box = `x="${round(item.x1)}" y="${y}" width="${round(Math.max(item.x2 - item.x1, 1))}" height="${BAR_HEIGHT}" rx="3"`;
    shape = `<rect${dash} ${box} fill="${fill}"${opacity} stroke="${color}" stroke-width="1.5"/>`;
  }
  const label = `<text class="label" x="${round(item.labelX)}" y="${middle + 4}">${escapeXml(item.label)}</text>`;
  const tooltip = `<title>${escapeXml(`${item.fullLabel} — ${describeDate(item.event)}`)}</title>`;
  return `<g class="event event-${escapeXml(item.event.type)}" data-event-id="${escapeXml(item.event.id)}">${tooltip}${shape}${label}</g>`;
}

function describeDate(event: TimelineEvent): string {
  return event.start === event.end ? event.start : `${event.start} to ${event.end} (${event.precision})`;
}

function caption(layout: TimelineLayout): string {
  const range = `${formatDayAt(layout.window.startMs)} – ${formatDayAt(layout.window.endMs - DAY_MS)}`;
  const count = layout.items.length;
  const hidden = layout.hiddenCount > 0 ? ` (${layout.hiddenCount} more not shown: too crowded, zoom in)` : '';
  return `${range} · ${count} ${count === 1 ? 'event' : 'events'}${hidden}`;
}

/** The complete SVG document for the events in the window. */
export function renderTimelineSvg(input: TimelineSvgInput): string {
  const width = Math.max(480, Math.round(input.width ?? DEFAULT_WIDTH));
  const [plotLeft, plotRight] = [MARGIN, width - MARGIN];
  const measure = input.font ? fontTextMeasure(input.font.metrics) : estimateTextWidth;
  const grouping = input.lanes ?? 'none';
  const { events, window, maxLanes } = input;
  const layout = layoutTimeline({ events, window, plotLeft, plotRight, maxLanes, grouping, measure });
  const subtitle = input.subtitle?.trim() ?? '';
  const captionY = subtitle ? 80 : 58;
  const axisY = captionY + 38;
  const lanesTop = axisY + 14;
  const lanesBottom = lanesTop + layout.height;
  const showLegend = input.legend ?? true;
  const legendTop = lanesBottom + 24;
  const height = (showLegend ? legendTop + legendHeight(plotLeft, plotRight, measure) : lanesBottom + 24) + MARGIN - 8;
  const title = input.title?.trim() || 'Event timeline';
  const family = input.font ? `'${input.font.family}', ${FONT_STACK}` : FONT_STACK;
  const style = themeStyle(input.theme ?? 'light', family, LABEL_FONT_SIZE, input.labelHalo ?? true);
  const body = layout.items.map((item) => renderItem(item, lanesTop, style.barOpacity));
  if (layout.items.length === 0) body.push(`<text class="empty" x="${plotLeft}" y="${lanesTop + 16}">No events in this time window</text>`);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="timeline-title">`,
    `<title id="timeline-title">${escapeXml(subtitle ? `${title} — ${subtitle}` : title)}</title>`,
    `<style>${input.font ? fontFaceCss(input.font) : ''}${style.css}</style>`,
    definitions(style.hatchOpacity),
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text class="title" x="${plotLeft}" y="36">${escapeXml(title)}</text>`,
    subtitle ? `<text class="subtitle" x="${plotLeft}" y="58">${escapeXml(subtitle)}</text>` : '',
    `<text class="caption" x="${plotLeft}" y="${captionY}">${escapeXml(caption(layout))}</text>`,
    renderAxis(layout, axisY, lanesBottom),
    grouping === 'none' ? '' : renderBands(layout, lanesTop),
    `<g class="events">${body.join('')}</g>`,
    showLegend ? renderLegend(plotLeft, plotRight, legendTop, measure) : '',
    `</svg>`,
  ]
    .filter(Boolean)
    .join('\n');
}
