// Turns a window answer (app/view/view-index.ts) into what vis-timeline draws: event items (one per event and
// shown lane) where the window's events fit, time-bucket aggregates where they do not (and always in collapsed
// lanes, as a thin density band), and the lanes (groups) with their headers, in the analyst's order.

import type { DataItem } from 'vis-timeline/peer';
import { eventTypeInfo, isEventTypeId } from '../../app/model/event-types';
import type { StoredEvent } from '../../app/storage/schema';
import { bucketDays, WIDE_BUCKET } from '../../app/view/buckets';
import { isoOfDay } from '../../app/view/day-number';
import { orderLanes, OTHER_LANE, type LaneMode } from '../../app/view/lanes';
import type { ViewAnswer } from '../../app/view/view-index';
import { addDaysIso, isoToLocalDate } from '../lib/iso-date';
import { createBucketElement } from './bucket-element';
import { createItemElement } from './item-element';
import { presentEvent } from './item-style';
import { createLaneHeader } from './lane-header';

export type VisItem = Omit<DataItem, 'content' | 'id'> & { id: string; content: HTMLElement; selectable?: boolean };
export interface VisGroup {
  id: string;
  content: HTMLElement;
  order: number;
  className: string;
}

export interface DrawInput {
  answer: ViewAnswer;
  events: ReadonlyMap<string, StoredEvent>;
  laneMode: LaneMode;
  collapsed: ReadonlySet<string>;
  laneOrder: readonly string[];
  laneLabels: Readonly<Record<string, string>>;
  /** Draw event items as search matches. */
  highlight: boolean;
}

/** A drawn thing with a signature: unchanged signatures are not handed to vis-timeline again. */
export interface Drawn {
  item: VisItem;
  signature: string;
}

/** Share of a bucket's width left empty on its right, so neighbouring buckets never stack in vis-timeline. */
export const BUCKET_GAP = 0.3;
const BUCKET_PREFIX = 'bucket:';
const LANE_SEPARATOR = '@@';

export const isBucketItemId = (id: string): boolean => id.startsWith(BUCKET_PREFIX);
export const isWideBandId = (id: string): boolean => id.startsWith(BUCKET_PREFIX) && id.endsWith(':wide');
/** The event an item id draws (an event drawn in several lanes has one item per lane). */
export const eventIdOfItem = (id: string): string => id.split(LANE_SEPARATOR)[0]!;

export function laneLabel(key: string, mode: LaneMode, labels: Readonly<Record<string, string>>): string {
  if (key === OTHER_LANE) return 'Other';
  if (mode === 'none') return '';
  if (mode === 'type' && isEventTypeId(key)) return eventTypeInfo(key).label;
  return labels[key] ?? key;
}

function eventItems(input: DrawInput, lanes: boolean): Drawn[] {
  const drawn: Drawn[] = [];
  for (const { id, lanes: itemLanes } of input.answer.items ?? []) {
    const event = input.events.get(id);
    if (!event) continue;
    for (const lane of itemLanes) {
      if (lanes && input.collapsed.has(lane)) continue;
      const p = presentEvent(event, event.clusterSize ?? 1);
      const className = `${p.className}${input.highlight ? ' is-search-hit' : ''}`;
      const item: VisItem = {
        id: lanes ? `${id}${LANE_SEPARATOR}${lane}` : id,
        type: p.type,
        start: p.start,
        className,
        style: p.style,
        content: createItemElement(p),
      };
      if (p.end) item.end = p.end;
      if (lanes) item.group = lane;
      drawn.push({ item, signature: `${JSON.stringify(event)}|${className}|${lane}` });
    }
  }
  return drawn;
}

function bucketItems(input: DrawInput, lanes: boolean): Drawn[] {
  const drawn: Drawn[] = [];
  const { layout } = input.answer;
  for (const cell of input.answer.cells) {
    const collapsed = lanes && input.collapsed.has(cell.lane);
    const isWide = cell.bucket === WIDE_BUCKET;
    if ((isWide ? input.answer.wideFit : input.answer.itemsFit) && !collapsed) continue;
    const days = isWide ? { first: layout.firstDay, last: layout.lastDay } : bucketDays(layout, cell.bucket);
    const first = isoOfDay(days.first);
    const last = isoOfDay(days.last);
    const start = isoToLocalDate(first).getTime();
    const end = isoToLocalDate(addDaysIso(last, 1)).getTime();
    const laneName = lanes ? laneLabel(cell.lane, input.laneMode, input.laneLabels) : '';
    const item: VisItem = {
      id: `${BUCKET_PREFIX}${cell.lane}:${isWide ? 'wide' : `${first}:${last}`}`,
      type: 'range',
      start: new Date(start),
      end: new Date(isWide ? end : end - (end - start) * BUCKET_GAP),
      className: `bucket-item${isWide ? ' is-wide-band' : ''}${collapsed ? ' is-collapsed-lane' : ''}`,
      content: createBucketElement({ cell, first, last, laneLabel: laneName, wide: isWide }),
      selectable: false,
    };
    if (lanes) item.group = cell.lane;
    drawn.push({ item, signature: `${cell.count}|${JSON.stringify(cell.byType)}|${collapsed}|${laneName}|${first}|${last}` });
  }
  return drawn;
}

export function drawItems(input: DrawInput): Drawn[] {
  const lanes = input.laneMode !== 'none';
  return [...eventItems(input, lanes), ...bucketItems(input, lanes)];
}

/** The lanes in the analyst's order, with headers (count, collapse, move). */
export function drawGroups(input: DrawInput): Array<{ group: VisGroup; signature: string }> {
  const counts = new Map(input.answer.lanes.map((lane) => [lane.key, lane.count]));
  const keys = orderLanes([...counts.keys()], input.laneOrder);
  return keys.map((key, order) => {
    const collapsed = input.collapsed.has(key);
    const label = laneLabel(key, input.laneMode, input.laneLabels);
    const header = { key, label, count: counts.get(key) ?? 0, collapsed, first: order === 0, last: order === keys.length - 1 };
    return {
      group: { id: key, content: createLaneHeader(header), order, className: collapsed ? 'lane-collapsed' : 'lane' },
      signature: JSON.stringify(header),
    };
  });
}
