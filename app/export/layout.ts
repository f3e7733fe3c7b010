// Pure layout of an export: which events fall in the window, where each bar/marker and label goes, and
// which lane (row) it sits in. Events are split into bands (lane-groups.ts: none, by type, ...); inside a band
// lanes come from greedy interval packing over each item's full horizontal extent (bar or marker plus the
// label's width measured with the export font), so no two labels or shapes overlap. Used by timeline-svg.ts.

import type { TimelineEvent } from '../model/event';
import { groupIntoLanes, type LaneGrouping } from './lane-groups';
import { estimateTextWidth, truncateLabel, type TextMeasure } from './text-width';
import { DAY_MS, parseInclusiveEnd, parseIsoTime, timeScale, toTimeWindow, type TimeWindow } from './time-window';

export const LABEL_FONT_SIZE = 12;
/** Height of one lane and of a band's heading row, in px. */
export const LANE_HEIGHT = 26;
export const BAND_HEADING_HEIGHT = 22;
const MAX_LABEL_CHARS = 70;
const LANE_GAP_PX = 10;
const MARKER_RADIUS = 5;
const LABEL_PAD = 6;
const MIN_BAR_PX = 3;

/** Status words appended to labels; occurred and ongoing events need none. */
const STATUS_SUFFIX: Partial<Record<TimelineEvent['status'], string>> = {
  planned: ' (planned)',
  cancelled: ' (cancelled)',
  denied: ' (denied)',
  hypothetical: ' (hypothetical)',
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
  /** Lane index over the whole drawing (bands stacked top to bottom). */
  lane: number;
  /** Top of the lane, in px below the top of the lanes area. */
  y: number;
}

/** One labelled band of lanes. */
export interface LaidOutBand {
  key: string;
  label: string;
  /** Top of its heading (or of its first lane when it has no heading), below the top of the lanes area. */
  y: number;
  laneCount: number;
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
  bands: LaidOutBand[];
  /** Height of the lanes area (headings included), at least one lane. */
  height: number;
}

export interface LayoutInput {
  events: readonly TimelineEvent[];
  window: { start: string; end: string };
  plotLeft: number;
  plotRight: number;
  /** Lane limit (default 400): keeps the PNG within the canvas size browsers allow (2× of 26 px lanes). */
  maxLanes?: number;
  /** Bands of lanes (default none). */
  grouping?: LaneGrouping;
  /** Label width measure (default: the per-character estimate). */
  measure?: TextMeasure;
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

type PlacedItem = Omit<LaidOutEvent, 'lane' | 'y'>;

function placeItem(
  event: TimelineEvent,
  scale: (ms: number) => number,
  plotLeft: number,
  plotRight: number,
  measure: TextMeasure,
): PlacedItem {
  const startMs = parseIsoTime(event.start);
  const endMs = Math.max(parseInclusiveEnd(event.end), startMs + 1);
  const uncertain = event.precision !== 'day';
  const shape = !uncertain && endMs - startMs <= DAY_MS ? 'point' : 'range';
  const fullLabel = labelFor(event);
  const label = truncateLabel(fullLabel, MAX_LABEL_CHARS);
  const labelWidth = measure(label, LABEL_FONT_SIZE);
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
    event,
    label,
    fullLabel,
    shape,
    uncertain,
    planned: event.status === 'planned',
    x1,
    x2,
    labelX,
    labelWidth,
    extentStart: Math.min(shapeStart, labelX),
    extentEnd: Math.max(shapeEnd, labelX + labelWidth),
  };
}

/**
 * Greedy first-fit packing in order of extent start: uses the fewest lanes possible for intervals,
 * O(n × maxLanes). Items that find all maxLanes lanes busy are left out and counted.
 */
function assignLanes(items: readonly PlacedItem[], maxLanes: number): { placed: { item: PlacedItem; lane: number }[]; laneCount: number } {
  const sorted = [...items].sort(
    (a, b) => a.extentStart - b.extentStart || a.extentEnd - b.extentEnd || a.event.id.localeCompare(b.event.id),
  );
  const laneEnds: number[] = [];
  const placed: { item: PlacedItem; lane: number }[] = [];
  for (const item of sorted) {
    let lane = laneEnds.findIndex((end) => end + LANE_GAP_PX <= item.extentStart);
    if (lane < 0 && laneEnds.length < maxLanes) lane = laneEnds.push(item.extentEnd) - 1;
    else if (lane >= 0) laneEnds[lane] = item.extentEnd;
    if (lane >= 0) placed.push({ item, lane });
  }
  return { placed, laneCount: laneEnds.length };
}

/** Packs each band's lanes and stacks the bands; the lane limit is shared by all bands. */
function stackBands(
  items: readonly PlacedItem[],
  grouping: LaneGrouping,
  maxLanes: number,
): Pick<TimelineLayout, 'items' | 'laneCount' | 'hiddenCount' | 'bands' | 'height'> {
  const laidOut: LaidOutEvent[] = [];
  const bands: LaidOutBand[] = [];
  let [laneCount, y] = [0, 0];
  for (const group of groupIntoLanes(items, (item) => item.event, grouping)) {
    if (laneCount >= maxLanes) break;
    const packed = assignLanes(group.members, maxLanes - laneCount);
    const headingHeight = group.label ? BAND_HEADING_HEIGHT : 0;
    bands.push({ key: group.key, label: group.label, y, laneCount: packed.laneCount });
    const lanesTop = y + headingHeight;
    for (const { item, lane } of packed.placed) laidOut.push({ ...item, lane: laneCount + lane, y: lanesTop + lane * LANE_HEIGHT });
    laneCount += packed.laneCount;
    y = lanesTop + packed.laneCount * LANE_HEIGHT;
  }
  return { items: laidOut, laneCount, hiddenCount: items.length - laidOut.length, bands, height: Math.max(y, LANE_HEIGHT) };
}

/** Lays out the events that overlap the window between plotLeft and plotRight. */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const window = toTimeWindow(input.window);
  const scale = timeScale(window, input.plotLeft, input.plotRight);
  const visible = input.events.filter((event) => isInWindow(event, window));
  const maxLanes = Math.max(1, input.maxLanes ?? DEFAULT_MAX_LANES);
  const measure = input.measure ?? estimateTextWidth;
  const placed = visible.map((event) => placeItem(event, scale, input.plotLeft, input.plotRight, measure));
  const packed = stackBands(placed, input.grouping ?? 'none', maxLanes);
  return { window, plotLeft: input.plotLeft, plotRight: input.plotRight, ...packed };
}
