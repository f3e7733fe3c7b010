// Pure layout of an export: which events fall in the window, where each bar/marker and label goes, and
// which lane it sits in. Lanes come from greedy interval packing over each item's full horizontal extent
// (bar plus estimated label width), so nothing in one lane overlaps. Used by timeline-svg.ts; unit-tested.

import type { TimelineEvent } from '../model/event';
import { estimateTextWidth, truncateLabel } from './text-width';
import { DAY_MS, parseInclusiveEnd, parseIsoTime, timeScale, toTimeWindow, type TimeWindow } from './time-window';

export const LABEL_FONT_SIZE = 12;
const MAX_LABEL_CHARS = 70;
const LANE_GAP_PX = 10;
const MARKER_RADIUS = 5;
const LABEL_PAD = 6;
const MIN_BAR_PX = 3;

/** Status words appended to labels; occurred and ongoing events need none. */
const STATUS_SUFFIX: Partial<Record<TimelineEvent['status'], string>> = {
  planned: ' (planned)', cancelled: ' (cancelled)', denied: ' (denied)', hypothetical: ' (hypothetical)',
};

export interface LaidOutEvent {
  event: TimelineEvent;
  /** Visible label text (possibly truncated) and the full one for the tooltip. */
  label: string;
  fullLabel: string;
  shape: 'point' | 'range';
  /** The date is only known to a month, quarter, year…: drawn hatched. */
  uncertain: boolean;
  planned: boolean;
  /** Bar from x1 to x2 (for points: the marker centre is (x1 + x2) / 2). */
  x1: number;
  x2: number;
  labelX: number;
  labelWidth: number;
  /** Full horizontal extent occupied in the lane: bar or marker plus label. */
  extentStart: number;
  extentEnd: number;
  lane: number;
}

export interface TimelineLayout {
  window: TimeWindow;
  plotLeft: number;
  plotRight: number;
  /** Items drawn, each with its lane (0-based, below maxLanes). */
  items: LaidOutEvent[];
  laneCount: number;
  /** Events in the window left out because all maxLanes lanes were full where they fall. */
  hiddenCount: number;
}

export interface LayoutInput {
  events: readonly TimelineEvent[];
  window: { start: string; end: string };
  plotLeft: number;
  plotRight: number;
  /** Lane limit (default 400): keeps the PNG within the canvas size browsers allow (2× of 26 px lanes). */
  maxLanes?: number;
}

export const DEFAULT_MAX_LANES = 400;

/** Whether an event (start..end inclusive) overlaps the window; events with unreadable dates do not. */
export function isInWindow(event: TimelineEvent, window: TimeWindow): boolean {
  try {
    return parseIsoTime(event.start) < window.endMs && parseInclusiveEnd(event.end) > window.startMs;
  } catch {
    return false;
  }
}

export function labelFor(event: TimelineEvent): string {
  return `${event.label}${STATUS_SUFFIX[event.status] ?? ''}`;
}

function placeItem(event: TimelineEvent, scale: (ms: number) => number, plotLeft: number, plotRight: number): Omit<LaidOutEvent, 'lane'> {
  const startMs = parseIsoTime(event.start);
  const endMs = Math.max(parseInclusiveEnd(event.end), startMs + 1);
  const uncertain = event.precision !== 'day';
  const shape = !uncertain && endMs - startMs <= DAY_MS ? 'point' : 'range';
  const fullLabel = labelFor(event);
  const label = truncateLabel(fullLabel, MAX_LABEL_CHARS);
  const labelWidth = estimateTextWidth(label, LABEL_FONT_SIZE);
  let x1 = Math.max(plotLeft, scale(startMs));
  let x2 = Math.min(plotRight, scale(endMs));
  if (shape === 'range' && x2 - x1 < MIN_BAR_PX) {
    const middle = Math.min(Math.max((x1 + x2) / 2, plotLeft + MIN_BAR_PX / 2), plotRight - MIN_BAR_PX / 2);
    [x1, x2] = [middle - MIN_BAR_PX / 2, middle + MIN_BAR_PX / 2];
  }
  let shapeStart = x1;
  let shapeEnd = x2;
  let labelX: number;
  if (shape === 'point') {
    const centre = (x1 + x2) / 2;
    [shapeStart, shapeEnd] = [centre - MARKER_RADIUS, centre + MARKER_RADIUS];
    labelX = shapeEnd + LABEL_PAD;
    if (labelX + labelWidth > plotRight) labelX = shapeStart - LABEL_PAD - labelWidth; // flip to the left
  } else {
    labelX = x1 + LABEL_PAD; // drawn over the translucent bar, from its start
    if (labelX + labelWidth > plotRight) labelX = x1 - LABEL_PAD - labelWidth; // else left of the bar
    if (labelX < plotLeft) labelX = plotRight - labelWidth; // else as far right as it fits
  }
  labelX = Math.max(plotLeft, labelX);
  return {
    event, label, fullLabel, shape, uncertain, planned: event.status === 'planned', x1, x2, labelX, labelWidth,
    extentStart: Math.min(shapeStart, labelX), extentEnd: Math.max(shapeEnd, labelX + labelWidth),
  };
}

/**
 * Greedy first-fit packing in order of extent start: uses the fewest lanes possible for intervals,
 * O(n × maxLanes). Items that find all maxLanes lanes busy are left out and counted.
 */
function assignLanes(items: Omit<LaidOutEvent, 'lane'>[], maxLanes: number): { items: LaidOutEvent[]; laneCount: number; hiddenCount: number } {
  const sorted = [...items].sort((a, b) => a.extentStart - b.extentStart || a.extentEnd - b.extentEnd || a.event.id.localeCompare(b.event.id));
  const laneEnds: number[] = [];
  const placed: LaidOutEvent[] = [];
  for (const item of sorted) {
    let lane = laneEnds.findIndex((end) => end + LANE_GAP_PX <= item.extentStart);
    if (lane < 0 && laneEnds.length < maxLanes) lane = laneEnds.push(item.extentEnd) - 1;
    else if (lane >= 0) laneEnds[lane] = item.extentEnd;
    if (lane >= 0) placed.push({ ...item, lane });
  }
  return { items: placed, laneCount: laneEnds.length, hiddenCount: sorted.length - placed.length };
}

/** Lays out the events that overlap the window between plotLeft and plotRight. */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const window = toTimeWindow(input.window);
  const scale = timeScale(window, input.plotLeft, input.plotRight);
  const visible = input.events.filter((event) => isInWindow(event, window));
  const maxLanes = Math.max(1, input.maxLanes ?? DEFAULT_MAX_LANES);
  const packed = assignLanes(visible.map((event) => placeItem(event, scale, input.plotLeft, input.plotRight)), maxLanes);
  return { window, plotLeft: input.plotLeft, plotRight: input.plotRight, ...packed };
}
