// What the pointer does on the timeline: selecting items (several with Ctrl/Cmd-click), a double-click on an empty
// spot (its date, for Add event), a click on an aggregate (zoom into its time span; a wide band zooms out), and the
// lane headers' collapse and move buttons.

import type { DataSet } from 'vis-data/peer';
import type { Timeline } from 'vis-timeline/peer';
import { localDateToIso } from '../lib/iso-date';
import { useUiStore } from '../state/ui-store';
import { BUCKET_GAP, eventIdOfItem, isBucketItemId, isWideBandId, type VisItem } from './draw-answer';
import { moveLane } from './move-lane';

interface PointerTargets {
  onSelect(eventIds: string[]): void;
  onDoubleClickDate(isoDate: string): void;
  /** The lanes drawn now, in order (for the move buttons). */
  shownLanes(): string[];
}

/** Zooms into an aggregate's time span (a wide band: out, where its events fit). */
export function expandBucket(timeline: Timeline, item: VisItem | null): void {
  if (!item?.end) return;
  if (isWideBandId(item.id)) return timeline.zoomOut(0.7, { animation: false });
  const start = new Date(item.start).getTime();
  const end = start + (new Date(item.end).getTime() - start) / (1 - BUCKET_GAP);
  const pad = (end - start) * 0.05;
  timeline.setWindow(new Date(start - pad), new Date(end + pad), { animation: false });
}

/** Wires the pointer events; returns the function that unwires what vis-timeline's destroy does not. */
export function wirePointer(
  timeline: Timeline,
  container: HTMLElement,
  items: DataSet<VisItem, 'id'>,
  targets: PointerTargets,
): () => void {
  timeline.on('select', (props: { items: Array<string | number> }) => {
    const ids = props.items.map(String).filter((id) => !isBucketItemId(id));
    targets.onSelect([...new Set(ids.map(eventIdOfItem))]);
  });
  timeline.on('doubleClick', (props: { item: string | number | null; time: Date | null; what: string | null }) => {
    if (props.item === null && props.time && props.what !== 'axis') targets.onDoubleClickDate(localDateToIso(props.time));
  });
  timeline.on('click', (props: { item: string | number | null }) => {
    const id = props.item === null ? null : String(props.item);
    if (id && isBucketItemId(id)) expandBucket(timeline, items.get(id));
  });
  const onLaneAction = (event: MouseEvent): void => {
    const button = (event.target as HTMLElement).closest<HTMLElement>('[data-lane-action]');
    if (!button?.dataset.lane) return;
    event.stopPropagation();
    const store = useUiStore.getState();
    if (button.dataset.laneAction === 'toggle') store.toggleLane(button.dataset.lane);
    else store.setLaneOrder(moveLane(targets.shownLanes(), button.dataset.lane, button.dataset.laneAction === 'up' ? 'up' : 'down'));
  };
  container.addEventListener('click', onLaneAction);
  return () => container.removeEventListener('click', onLaneAction);
}
