// How an export splits its events into labelled bands of lanes, like the timeline's lanes: none (one band),
// by type (in the legend's order), by first participant or by first place (largest band first, events
// naming nobody/nowhere last). Pure data; layout.ts packs each band's lanes.

import type { TimelineEvent } from '../model/event';
import { EVENT_TYPES } from '../model/event-types';

export const LANE_GROUPINGS = ['none', 'type', 'participant', 'place'] as const;
export type LaneGrouping = (typeof LANE_GROUPINGS)[number];

export interface LaneGroup<T> {
  key: string;
  /** Band heading; empty for the single band of 'none'. */
  label: string;
  members: T[];
}

const TYPE_ORDER: ReadonlyMap<string, number> = new Map(EVENT_TYPES.map((t, i) => [t.id, i]));
const TYPE_LABEL: ReadonlyMap<string, string> = new Map(EVENT_TYPES.map((t) => [t.id, t.label]));
const NOBODY = '\u0000none';

function keyOf(event: TimelineEvent, grouping: LaneGrouping): string {
  if (grouping === 'type') return event.type;
  if (grouping === 'participant') return event.participants[0] ?? NOBODY;
  if (grouping === 'place') return event.places[0] ?? NOBODY;
  return '';
}

function labelOf(key: string, grouping: LaneGrouping): string {
  if (grouping === 'none') return '';
  if (key === NOBODY) return grouping === 'participant' ? 'No participant named' : 'No place named';
  return grouping === 'type' ? (TYPE_LABEL.get(key) ?? key) : key;
}

/** The bands of `items` (each with its event), in drawing order. */
export function groupIntoLanes<T>(items: readonly T[], eventOf: (item: T) => TimelineEvent, grouping: LaneGrouping): LaneGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(eventOf(item), grouping);
    const members = groups.get(key);
    if (members) members.push(item);
    else groups.set(key, [item]);
  }
  const result = [...groups].map(([key, members]) => ({ key, label: labelOf(key, grouping), members }));
  if (grouping === 'type')
    return result.sort((a, b) => (TYPE_ORDER.get(a.key) ?? 99) - (TYPE_ORDER.get(b.key) ?? 99) || a.key.localeCompare(b.key));
  const nobodyLast = (a: LaneGroup<T>, b: LaneGroup<T>): number => Number(a.key === NOBODY) - Number(b.key === NOBODY);
  return result.sort((a, b) => nobodyLast(a, b) || b.members.length - a.members.length || a.key.localeCompare(b.key));
}
