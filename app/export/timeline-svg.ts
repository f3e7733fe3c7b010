// Renders the events of a time window as one standalone SVG document: title, date-range caption,
// adaptive time axis with grid, events in non-overlapping lanes coloured by type (hatched when the date
// is only known to a month/quarter/year, dashed when planned), and a legend of all types. Embedded
// <style> only and a system font stack: no external references, so the file renders anywhere offline.

import type { TimelineEvent } from '../model/event';
import { EVENT_TYPES } from '../model/event-types';
import { axisTicks } from './axis-ticks';
import { layoutTimeline, LABEL_FONT_SIZE, type LaidOutEvent } from './layout';
import { legendHeight, renderLegend } from './legend';
import { escapeXml } from './svg-escape';
import { DAY_MS, formatDayAt, timeScale } from './time-window';

export { layoutTimeline } from './layout';
export { svgToPngSize, rasterSize } from './raster-size';

export interface TimelineSvgInput {
  events: readonly TimelineEvent[];
  /** Inclusive calendar days (YYYY-MM-DD) or ISO timestamps. */
  window: { start: string; end: string };
  title?: string;
  /** Drawing width in px (default 1200, at least 480). */
  width?: number;
  /** Most lanes drawn (default 400); events that do not fit are counted in the caption. */
  maxLanes?: number;
}

const DEFAULT_WIDTH = 1200;
const MARGIN = 24;
const AXIS_Y = 96;
const LANES_TOP = AXIS_Y + 14;
const LANE_HEIGHT = 26;
const BAR_HEIGHT = 16;
const FALLBACK_COLOR = '#555555';
const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

const STYLE = `
  text { font-family: ${FONT_STACK}; fill: #1d2330; }
  .title { font-size: 20px; font-weight: 600; }
  .caption { font-size: 13px; fill: #5b6473; }
  .tick-label { font-size: 11px; fill: #5b6473; }
  .grid { stroke: #e3e6eb; stroke-width: 1; }
  .axis { stroke: #8a93a3; stroke-width: 1; }
  .label { font-size: ${LABEL_FONT_SIZE}px; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
  .legend-label { font-size: 12px; fill: #3a4252; }
  .empty { font-size: 14px; fill: #8a93a3; }
  .planned { stroke-dasharray: 4 3; }
`;

const COLORS: ReadonlyMap<string, string> = new Map(EVENT_TYPES.map((t) => [t.id, t.color]));

function colorOf(typeId: string): string {
  return COLORS.get(typeId) ?? FALLBACK_COLOR;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function hatchPattern(id: string, color: string): string {
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${color}" fill-opacity="0.18"/>` +
    `<line x1="0" y1="0" x2="0" y2="6" stroke="${color}" stroke-width="2.5" stroke-opacity="0.55"/></pattern>`
  );
}

function definitions(): string {
  const patterns = EVENT_TYPES.map((t) => hatchPattern(`hatch-${t.id}`, t.color));
  patterns.push(hatchPattern('hatch-other', FALLBACK_COLOR), hatchPattern('hatch-legend', FALLBACK_COLOR));
  return `<defs>${patterns.join('')}</defs>`;
}

function renderAxis(layout: ReturnType<typeof layoutTimeline>, bottom: number): string {
  const scale = timeScale(layout.window, layout.plotLeft, layout.plotRight);
  const { ticks } = axisTicks(layout.window, layout.plotRight - layout.plotLeft);
  const parts = [`<line class="axis" x1="${layout.plotLeft}" y1="${AXIS_Y}" x2="${layout.plotRight}" y2="${AXIS_Y}"/>`];
  for (const tick of ticks) {
    const x = round(scale(tick.ms));
    parts.push(`<line class="grid" x1="${x}" y1="${AXIS_Y - 6}" x2="${x}" y2="${bottom}"/>`);
    if (x + 40 <= layout.plotRight) parts.push(`<text class="tick-label" x="${round(x + 4)}" y="${AXIS_Y - 8}">${escapeXml(tick.label)}</text>`);
  }
  return `<g class="time-axis">${parts.join('')}</g>`;
}

function renderItem(item: LaidOutEvent): string {
  const color = colorOf(item.event.type);
  const y = LANES_TOP + item.lane * LANE_HEIGHT;
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
    const opacity = item.uncertain ? '' : ' fill-opacity="0.35"';
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

function caption(layout: ReturnType<typeof layoutTimeline>): string {
  const range = `${formatDayAt(layout.window.startMs)} – ${formatDayAt(layout.window.endMs - DAY_MS)}`;
  const count = layout.items.length;
  const hidden = layout.hiddenCount > 0 ? ` (${layout.hiddenCount} more not shown: too crowded, zoom in)` : '';
  return `${range} · ${count} ${count === 1 ? 'event' : 'events'}${hidden}`;
}

/** The complete SVG document for the events in the window. */
export function renderTimelineSvg(input: TimelineSvgInput): string {
  const width = Math.max(480, Math.round(input.width ?? DEFAULT_WIDTH));
  const [plotLeft, plotRight] = [MARGIN, width - MARGIN];
  const layout = layoutTimeline({ events: input.events, window: input.window, plotLeft, plotRight, maxLanes: input.maxLanes });
  const lanesHeight = Math.max(1, layout.laneCount) * LANE_HEIGHT;
  const lanesBottom = LANES_TOP + lanesHeight;
  const legendTop = lanesBottom + 24;
  const height = legendTop + legendHeight(plotLeft, plotRight) + MARGIN - 8;
  const title = input.title?.trim() || 'Event timeline';
  const body = layout.items.map(renderItem);
  if (layout.items.length === 0) body.push(`<text class="empty" x="${plotLeft}" y="${LANES_TOP + 16}">No events in this time window</text>`);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="timeline-title">`,
    `<title id="timeline-title">${escapeXml(title)}</title>`,
    `<style>${STYLE}</style>`,
    definitions(),
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text class="title" x="${plotLeft}" y="36">${escapeXml(title)}</text>`,
    `<text class="caption" x="${plotLeft}" y="58">${escapeXml(caption(layout))}</text>`,
    renderAxis(layout, lanesBottom),
    `<g class="events">${body.join('')}</g>`,
    renderLegend(plotLeft, plotRight, legendTop),
    `</svg>`,
  ].join('\n');
}
