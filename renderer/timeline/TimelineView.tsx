// The zoomable timeline (vis-timeline + a vis-data DataSet). Designed for very large databases: on every
// `rangechanged` it loads from Dexie only the events overlapping the visible window plus a margin, capped
// at MAX_VISIBLE_ITEMS, collapses the loaded rows to one item per cluster of merged reports (no extra
// query), and updates the DataSet incrementally. Exposes zoom/fit/window commands via a ref. Ctrl/Cmd-click adds
// an item to the selection (for Merge); a double-click on an empty spot reports its date (for Add event).

import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { DataSet } from 'vis-data/peer';
import { Timeline, type DataItem, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { collapseClusters } from '../../app/merge/collapse';
import { queryEventsInWindow, queryEventsSpread, type DateWindow } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';
import { addDaysIso, isoToLocalDate, localDateToIso } from '../lib/iso-date';
import { createItemElement } from './item-element';
import { presentEvent } from './item-style';

/**
 * Most items handed to vis-timeline at once. vis-timeline measures every drawn item with a forced
 * reflow (about 8 ms per item in headless Chromium on 2 cores, growing with the count), so a few
 * hundred items is what stays responsive; denser windows show a notice asking to zoom in.
 * (vis-timeline's `cluster` option was measured too: its clustering is quadratic, 18 s for 1,000 items.)
 */
export const MAX_VISIBLE_ITEMS = 1_000;
const DAY_MS = 86_400_000;
const RELOAD_DELAY_MS = 120;
/** Items added to the DataSet per main-thread task when a window has many new items. */
const DRAW_CHUNK = 50;
/** Up to this many new items are drawn in one go (no chunking). */
const DRAW_AT_ONCE = 200;

type VisItem = Omit<DataItem, 'content' | 'id'> & { id: string; content: HTMLElement };

export interface TimelineHandle {
  zoomIn(): void;
  zoomOut(): void;
  /** Shows a date window with a little padding around it. */
  showWindow(window: DateWindow): void;
  /** The visible window as calendar dates (inclusive). */
  visibleWindow(): DateWindow;
  /** Re-reads the visible window from the database (after an import, re-anchoring or delete). */
  reload(): void;
}

export interface LoadedInfo {
  shown: number;
  capped: boolean;
}

interface Props {
  db: TimelineDb;
  selectedEventId: string | null;
  onSelect(eventId: string | null): void;
  /** Every selected id (several with Ctrl/Cmd-click); when given it is used instead of onSelect for clicks. */
  selectedEventIds?: readonly string[];
  onSelectMany?(eventIds: string[]): void;
  /** A double-click on the timeline away from any item, with the day clicked. */
  onDoubleClickDate?(isoDate: string): void;
  onLoaded(info: LoadedInfo): void;
  handleRef: Ref<TimelineHandle>;
}

const OPTIONS: TimelineOptions = {
  showCurrentTime: false,
  // Boxes start at their date and their label runs on to the right, as the fit padding expects (default: centred).
  align: 'left',
  height: '100%',
  stack: true,
  zoomable: true,
  moveable: true,
  selectable: true,
  multiselect: true,
  verticalScroll: true,
  horizontalScroll: false,
  orientation: { axis: 'top', item: 'top' },
  zoomMin: 7 * DAY_MS,
  zoomMax: 400 * 365 * DAY_MS,
  margin: { item: { horizontal: 6, vertical: 8 }, axis: 12 },
  tooltip: { followMouse: false, overflowMethod: 'cap' },
};

/**
 * The window plus room around it: a little on the left, and on the right enough pixels for the label of
 * the last event (labels of short ranges run on past their range).
 */
function paddedWindow(window: DateWindow, widthPx: number): { start: Date; end: Date } {
  const start = isoToLocalDate(window.start).getTime();
  const end = isoToLocalDate(addDaysIso(window.end, 1)).getTime();
  const span = Math.max(end - start, 14 * DAY_MS);
  const leftShare = 0.04;
  const rightShare = Math.min(0.4, 380 / Math.max(widthPx, 400));
  const total = span / (1 - leftShare - rightShare);
  return { start: new Date(start - total * leftShare), end: new Date(start - total * leftShare + total) };
}

/** Pixels kept free right of a selected item: its widest label (320 px, styles.css) with a PLANNED tag and a sources badge. */
const SELECTED_LABEL_ROOM_PX = 460;

/**
 * Keeps a selected item readable when the side panel opens and narrows the timeline: an item too far right for its
 * label is brought left by widening the window to the right (nothing else leaves the view); an item outside the
 * window is centred.
 */
function keepInView(timeline: Timeline, start: DataItem['start'] | undefined, widthPx: number): void {
  if (start === undefined) return;
  const at = new Date(start).getTime();
  const { start: from, end: to } = timeline.getWindow();
  const span = to.getTime() - from.getTime();
  const share = (at - from.getTime()) / span;
  const maxShare = Math.min(0.8, Math.max(0.3, 1 - SELECTED_LABEL_ROOM_PX / Math.max(widthPx, 1)));
  if (share >= 0 && share <= maxShare) return;
  if (share > maxShare && share <= 1) {
    timeline.setWindow(from, new Date(from.getTime() + (at - from.getTime()) / maxShare), { animation: false });
  } else {
    timeline.setWindow(new Date(at - span / 2), new Date(at + span / 2), { animation: false });
  }
}

export function TimelineView({ db, selectedEventId, onSelect, onLoaded, handleRef, selectedEventIds, onSelectMany, onDoubleClickDate }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<VisItem, 'id'> | null>(null);
  const selectedRef = useRef<string | null>(selectedEventId);
  const reloadRef = useRef<() => void>(() => {});
  const callbacks = useRef({ onSelect, onLoaded, onSelectMany, onDoubleClickDate });
  callbacks.current = { onSelect, onLoaded, onSelectMany, onDoubleClickDate };

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const items = new DataSet<VisItem, 'id'>();
    itemsRef.current = items;
    const today = new Date();
    const timeline = new Timeline(container, items as unknown as DataSet<DataItem>, {
      ...OPTIONS,
      start: new Date(today.getFullYear() - 1, 0, 1),
      end: new Date(today.getFullYear() + 1, 0, 1),
    });
    timelineRef.current = timeline;
    let sequence = 0;
    /** Serialised event behind every drawn item, so unchanged items are not rebuilt on every pan. */
    const drawn = new Map<string, string>();

    const load = async (): Promise<void> => {
      const mine = ++sequence;
      const visible = timeline.getWindow();
      const marginMs = (visible.end.getTime() - visible.start.getTime()) / 2;
      const around: DateWindow = {
        start: localDateToIso(new Date(visible.start.getTime() - marginMs)),
        end: localDateToIso(new Date(visible.end.getTime() + marginMs)),
      };
      // Everything around the window (for smooth panning) if it fits; otherwise what is visible,
      // spread across the window's width.
      let result = await queryEventsInWindow(db, around, MAX_VISIBLE_ITEMS);
      if (result.capped) {
        const shown: DateWindow = { start: localDateToIso(visible.start), end: localDateToIso(visible.end) };
        result = await queryEventsSpread(db, shown, MAX_VISIBLE_ITEMS);
      }
      if (mine !== sequence) return; // a newer window superseded this one
      const shownItems = collapseClusters(result.events);
      const wanted = new Map(shownItems.map((shown) => [shown.event.id, shown]));
      const gone = items.getIds().filter((id) => !wanted.has(String(id)));
      items.remove(gone);
      for (const id of gone) drawn.delete(String(id));
      const changed = shownItems.filter((shown) => drawn.get(shown.event.id) !== JSON.stringify(shown));
      // Many new items are handed over in chunks, yielding between them, so drawing hundreds of items is
      // several short main-thread tasks rather than one long freeze; a few are drawn at once.
      const chunk = changed.length > DRAW_AT_ONCE ? DRAW_CHUNK : changed.length;
      for (let first = 0; first < changed.length; first += chunk) {
        if (first > 0) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (mine !== sequence) return;
        }
        items.update(
          changed.slice(first, first + chunk).map((shown) => {
            drawn.set(shown.event.id, JSON.stringify(shown));
            const p = presentEvent(shown.event, shown.sourceCount);
            const item: VisItem = { id: p.id, type: p.type, start: p.start, className: p.className, style: p.style, content: createItemElement(p) };
            if (p.end) item.end = p.end;
            return item;
          }),
        );
      }
      callbacks.current.onLoaded({ shown: shownItems.length, capped: result.capped });
    };
    reloadRef.current = () => void load();

    // Rapid zoom clicks or wheel turns settle before the window is (re)loaded.
    let pending: ReturnType<typeof setTimeout> | undefined;
    timeline.on('rangechanged', () => {
      clearTimeout(pending);
      pending = setTimeout(() => void load(), RELOAD_DELAY_MS);
    });
    timeline.on('select', (props: { items: Array<string | number> }) => {
      const many = callbacks.current.onSelectMany;
      if (many) return many(props.items.map(String));
      const first = props.items[0];
      callbacks.current.onSelect(first === undefined ? null : String(first));
    });
    timeline.on('doubleClick', (props: { item: string | number | null; time: Date | null; what: string | null }) => {
      if (props.item === null && props.time && props.what !== 'axis') callbacks.current.onDoubleClickDate?.(localDateToIso(props.time));
    });
    // The side panel opens after its data loads and narrows the timeline: keep the selected item readable then too.
    const resized = new ResizeObserver(() => {
      const selected = selectedRef.current;
      if (selected) keepInView(timeline, items.get(selected)?.start, container.clientWidth);
    });
    resized.observe(container);
    void load();
    return () => {
      resized.disconnect();
      clearTimeout(pending);
      sequence++;
      timeline.destroy();
      timelineRef.current = null;
    };
  }, [db]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    timeline.setSelection(selectedEventIds ? [...selectedEventIds] : selectedEventId ? [selectedEventId] : []);
    selectedRef.current = selectedEventId;
    if (selectedEventId) keepInView(timeline, itemsRef.current?.get(selectedEventId)?.start, containerRef.current?.clientWidth ?? 0);
  }, [selectedEventId, selectedEventIds?.join('|')]); // eslint-disable-line react-hooks/exhaustive-deps

  useImperativeHandle(handleRef, (): TimelineHandle => ({
    zoomIn: () => timelineRef.current?.zoomIn(0.5, { animation: false }),
    zoomOut: () => timelineRef.current?.zoomOut(0.5, { animation: false }),
    showWindow: (window) => {
      const padded = paddedWindow(window, containerRef.current?.clientWidth ?? 1000);
      timelineRef.current?.setWindow(padded.start, padded.end, { animation: false });
    },
    visibleWindow: () => {
      const visible = timelineRef.current?.getWindow();
      if (!visible) return { start: localDateToIso(new Date()), end: localDateToIso(new Date()) };
      return { start: localDateToIso(visible.start), end: localDateToIso(new Date(visible.end.getTime() - 1)) };
    },
    reload: () => reloadRef.current(),
  }));

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const target = event.target as HTMLElement;
    if ((event.key === 'Enter' || event.key === ' ') && target.dataset.eventId) {
      event.preventDefault();
      callbacks.current.onSelect(target.dataset.eventId);
    } else if (event.key === '+' || event.key === '=') timeline.zoomIn(0.5);
    else if (event.key === '-') timeline.zoomOut(0.5);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      const { start, end } = timeline.getWindow();
      const shift = (end.getTime() - start.getTime()) * 0.2 * (event.key === 'ArrowLeft' ? -1 : 1);
      timeline.setWindow(new Date(start.getTime() + shift), new Date(end.getTime() + shift), { animation: false });
    } else return;
    if (!target.dataset.eventId) event.preventDefault();
  };

  return (
    <div
      className="timeline-container"
      ref={containerRef}
      tabIndex={0}
      role="region"
      aria-label="Event timeline. Plus and minus zoom, arrow keys pan, Tab to an event and Enter to open it."
      onKeyDown={onKeyDown}
    />
  );
}
