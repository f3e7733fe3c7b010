// The zoomable timeline (vis-timeline + vis-data DataSets) at any case size: every event of the window is drawn,
// as an item where the window's events fit (ITEM_BUDGET), else as per-lane time buckets with counts by type that
// expand on zoom or click. Windows are answered by window-query.ts (per-day counts table or the view-index worker),
// under the store's filters, search and lanes; items and lanes are diffed so unchanged ones are not redrawn.
// Exposes zoom/fit/window commands via a ref (TimelineHandle). Ctrl/Cmd-click adds an item to the selection (for
// Merge); a double-click on an empty spot reports its date (for Add event).

import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { DataSet } from 'vis-data/peer';
import { Timeline, type DataItem, type DataGroup, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { DateWindow } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';
import { addDaysIso, isoToLocalDate, localDateToIso } from '../lib/iso-date';
import { viewIndexClient } from '../search/view-index-client';
import { useUiStore } from '../state/ui-store';
import { BUCKET_GAP, drawGroups, drawItems, eventIdOfItem, isBucketItemId, isWideBandId, type VisGroup, type VisItem } from './draw-answer';
import { dayCountsCanAnswer, forgetDayCounts } from './day-count-view';
import { ITEM_BUDGET, queryWindow, type ViewSettings } from './window-query';
import { moveLane } from './move-lane';
import { onEventsChanged } from './on-events-changed';
import { ROWS_PER_TASK, syncDataSet } from './sync-data-set';
import { measureSince } from '../lib/perf-measure';

/** Kept for callers of the old cap: the most event items drawn at once. */
export const MAX_VISIBLE_ITEMS = ITEM_BUDGET;
const DAY_MS = 86_400_000;
const RELOAD_DELAY_MS = 120;
/** Width of one time bucket on screen. */
const BUCKET_PX = 56;
/** Share of the window drawn beyond each side, so short pans show drawn items at once. */
const MARGIN_SHARE = 0.25;
/** The search index worker starts this long after the first drawn events (unless a view needs it sooner). */
const WARM_UP_DELAY_MS = 1_500;
/** Windows wider than this draw ranges in their compact wide-zoom style. */
const WIDE_ZOOM_DAYS = 120;

export interface TimelineHandle {
  zoomIn(): void;
  zoomOut(): void;
  /** Shows a date window with a little padding around it. */
  showWindow(window: DateWindow): void;
  /** The visible window as calendar dates (inclusive). */
  visibleWindow(): DateWindow;
  /** Re-reads the visible window from the database (after an import, re-anchoring or delete). */
  reload(): void;
  /** Shows exactly this window (a remembered view), no padding. */
  setExactWindow?(start: Date, end: Date): void;
}

/** The window the timeline opens on: exactly a remembered one, or these dates with padding (all events). */
export type OpeningWindow = { exact: { start: Date; end: Date } } | { fit: DateWindow };

export interface LoadedInfo {
  /** Event items drawn. */
  shown: number;
  /** True when some of the window is drawn as aggregates (buckets) rather than items. */
  capped: boolean;
  /** Events in the visible window under the filters and search (drawn representatives of merged reports). */
  total?: number;
  /** Aggregates drawn. */
  buckets?: number;
  /** The visible window the counts are for. */
  window?: DateWindow;
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
  /** Called (debounced) after the window moved, with the new window. */
  onWindowChange?(start: Date, end: Date): void;
  /** Called once at mount: the window to open on. Nothing is drawn before it answers (no throw-away first draw). */
  openingWindow?(): Promise<OpeningWindow | null>;
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
  zoomMin: DAY_MS,
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

const settingsOf = (state: ReturnType<typeof useUiStore.getState>): ViewSettings => ({
  filters: state.filters,
  search: state.search,
  laneMode: state.laneMode,
});

/** The visible window as inclusive ISO days. */
function isoWindow(start: Date, end: Date): DateWindow {
  return { start: localDateToIso(start), end: localDateToIso(new Date(Math.max(start.getTime(), end.getTime() - 1))) };
}

export function TimelineView(props: Props) {
  const {
    db,
    selectedEventId,
    onSelect,
    onLoaded,
    onWindowChange,
    handleRef,
    selectedEventIds,
    onSelectMany,
    onDoubleClickDate,
    openingWindow,
  } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<VisItem, 'id'> | null>(null);
  const selectedRef = useRef<string | null>(selectedEventId);
  const reloadRef = useRef<() => void>(() => {});
  const loadNowRef = useRef<() => void>(() => {});
  const callbacks = useRef({ onSelect, onLoaded, onWindowChange, onSelectMany, onDoubleClickDate, openingWindow });
  callbacks.current = { onSelect, onLoaded, onWindowChange, onSelectMany, onDoubleClickDate, openingWindow };

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const client = viewIndexClient();
    const items = new DataSet<VisItem, 'id'>();
    const groups = new DataSet<VisGroup, 'id'>();
    itemsRef.current = items;
    const today = new Date();
    const timeline = new Timeline(container, items as unknown as DataSet<DataItem>, {
      ...OPTIONS,
      groupOrder: 'order',
      start: new Date(today.getFullYear() - 1, 0, 1),
      end: new Date(today.getFullYear() + 1, 0, 1),
    });
    timelineRef.current = timeline;
    let sequence = 0;
    /** False until the opening window is set: nothing is queried or drawn for the default window. */
    let opened = !callbacks.current.openingWindow;
    /** The window of the last load, so vis-timeline's late "rangechanged" after an app-set window does not load it twice. */
    let loaded = { start: NaN, end: NaN };
    let grouped = false;
    let shownLanes: string[] = [];
    const itemSignatures = new Map<string, string>();
    const groupSignatures = new Map<string, string>();

    const load = async (): Promise<void> => {
      if (!opened) return;
      const mine = ++sequence;
      const began = performance.now();
      const state = useUiStore.getState();
      const settings = settingsOf(state);
      const visible = timeline.getWindow();
      loaded = { start: visible.start.getTime(), end: visible.end.getTime() };
      const spanMs = visible.end.getTime() - visible.start.getTime();
      const marginMs = spanMs * MARGIN_SHARE;
      const drawnWindow = isoWindow(new Date(visible.start.getTime() - marginMs), new Date(visible.end.getTime() + marginMs));
      const buckets = Math.max(4, Math.round(((1 + 2 * MARGIN_SHARE) * container.clientWidth) / BUCKET_PX));
      const visibleWindow = isoWindow(visible.start, visible.end);
      const [result, count] = await Promise.all([
        queryWindow(db, client, drawnWindow, buckets, settings),
        queryWindow(db, client, visibleWindow, 1, { ...settings, laneMode: 'none' }, 0),
      ]);
      if (mine !== sequence) return void measureSince('timeline:superseded', began);
      const queried = measureSince('timeline:query', began, { source: result.source });
      const collapsed = new Set(state.collapsedLanes);
      const input = {
        answer: result.answer,
        events: result.events,
        laneMode: settings.laneMode,
        collapsed,
        laneOrder: state.laneOrder,
        laneLabels: result.laneLabels,
        highlight: settings.search.trim() !== '',
      };
      const wantGroups = settings.laneMode !== 'none';
      if (wantGroups !== grouped) {
        items.clear();
        itemSignatures.clear();
        groups.clear();
        groupSignatures.clear();
        timeline.setGroups(wantGroups ? (groups as unknown as DataSet<DataGroup>) : undefined);
        grouped = wantGroups;
      }
      if (wantGroups) {
        const lanes = drawGroups(input);
        shownLanes = lanes.map((lane) => lane.group.id);
        void syncDataSet(
          groups,
          groupSignatures,
          lanes.map((lane) => ({ row: lane.group, signature: lane.signature })),
        );
      }
      const drawn = drawItems(input);
      const handedOver = syncDataSet(
        items,
        itemSignatures,
        drawn.map((entry) => ({ row: entry.item, signature: entry.signature })),
        () => mine === sequence,
        ROWS_PER_TASK,
      );
      redrawFrom = measureSince('timeline:draw', queried, { items: drawn.length });
      container.classList.toggle('is-wide-zoom', spanMs > WIDE_ZOOM_DAYS * DAY_MS);
      container.dataset.windowTotal = String(count.answer.total);
      container.dataset.source = result.source;
      const bucketCount = drawn.filter((entry) => isBucketItemId(entry.item.id)).length;
      callbacks.current.onLoaded({
        shown: drawn.length - bucketCount,
        capped: bucketCount > 0,
        total: count.answer.total,
        buckets: bucketCount,
        window: visibleWindow,
      });
      if (!(await handedOver)) return; // a newer window took over
      if (selectedRef.current) timeline.setSelection(itemIdsOf(selectedRef.current));
      if (count.answer.total > 0 && !warming) warming = setTimeout(() => client.warmUp(), WARM_UP_DELAY_MS);
    };
    let warming: ReturnType<typeof setTimeout> | undefined;
    // vis-timeline redraws after the DataSet changes: measured until its 'changed' event.
    let redrawFrom: number | null = null;
    timeline.on('changed', () => {
      if (redrawFrom !== null) measureSince('timeline:redraw', redrawFrom);
      redrawFrom = null;
    });
    const itemIdsOf = (eventId: string): string[] =>
      items
        .getIds()
        .map(String)
        .filter((id) => !isBucketItemId(id) && eventIdOfItem(id) === eventId);
    reloadRef.current = () => {
      forgetDayCounts(db);
      client.refresh();
      void load();
    };

    // Rapid zoom clicks or wheel turns settle before the window is (re)loaded.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const settled = (): void => {
      const { start, end } = timeline.getWindow();
      if (start.getTime() !== loaded.start || end.getTime() !== loaded.end) void load();
      callbacks.current.onWindowChange?.(start, end);
    };
    // A window the app sets itself loads at once (vis-timeline reports it "changed" only 200 ms later).
    loadNowRef.current = () => {
      clearTimeout(pending);
      void load();
    };
    // A window set by the app (fit, a remembered view, a search match) loads at once; the user's gestures settle first.
    timeline.on('rangechanged', (props: { byUser?: boolean }) => {
      clearTimeout(pending);
      if (props.byUser) pending = setTimeout(settled, RELOAD_DELAY_MS);
      else settled();
    });
    timeline.on('select', (props: { items: Array<string | number> }) => {
      const eventIds = [
        ...new Set(
          props.items
            .map(String)
            .filter((id) => !isBucketItemId(id))
            .map(eventIdOfItem),
        ),
      ];
      const many = callbacks.current.onSelectMany;
      if (many) return many(eventIds);
      callbacks.current.onSelect(eventIds[0] ?? null);
    });
    timeline.on('doubleClick', (props: { item: string | number | null; time: Date | null; what: string | null }) => {
      if (props.item === null && props.time && props.what !== 'axis') callbacks.current.onDoubleClickDate?.(localDateToIso(props.time));
    });
    timeline.on('click', (props: { item: string | number | null }) => {
      const id = props.item === null ? null : String(props.item);
      if (id && isBucketItemId(id)) expandBucket(items.get(id));
    });
    const expandBucket = (item: VisItem | null): void => {
      if (!item?.end) return;
      if (isWideBandId(item.id)) return timeline.zoomOut(0.7, { animation: false });
      const start = new Date(item.start).getTime();
      const end = start + (new Date(item.end).getTime() - start) / (1 - BUCKET_GAP);
      const pad = (end - start) * 0.05;
      timeline.setWindow(new Date(start - pad), new Date(end + pad), { animation: false });
    };
    const onLaneAction = (event: MouseEvent): void => {
      const button = (event.target as HTMLElement).closest<HTMLElement>('[data-lane-action]');
      if (!button?.dataset.lane) return;
      event.stopPropagation();
      const store = useUiStore.getState();
      if (button.dataset.laneAction === 'toggle') store.toggleLane(button.dataset.lane);
      else store.setLaneOrder(moveLane(shownLanes, button.dataset.lane, button.dataset.laneAction === 'up' ? 'up' : 'down'));
    };
    container.addEventListener('click', onLaneAction);
    bucketExpandRef.current = (id) => expandBucket(items.get(id));
    // The view settings (filters, search, lanes) redraw at once.
    const unsubscribe = useUiStore.subscribe((state, previous) => {
      if (
        state.filters !== previous.filters ||
        state.search !== previous.search ||
        state.laneMode !== previous.laneMode ||
        state.collapsedLanes !== previous.collapsedLanes ||
        state.laneOrder !== previous.laneOrder
      )
        void load();
    });
    // The worker's index changed (first read, or writes applied): only views it answers need it.
    const unready = client.onReady(() => {
      const settings = settingsOf(useUiStore.getState());
      if (!dayCountsCanAnswer(settings.filters, settings.laneMode, settings.search)) void load();
    });
    const unwatch = onEventsChanged(db.name, () => reloadRef.current());
    // The side panel opens after its data loads and narrows the timeline: keep the selected item readable then too.
    const resized = new ResizeObserver(() => {
      const selected = selectedRef.current;
      if (selected) keepInView(timeline, items.get(itemIdsOf(selected)[0] ?? '')?.start, container.clientWidth);
    });
    resized.observe(container);
    let disposed = false;
    const opening = callbacks.current.openingWindow;
    if (opening) {
      const open = (window: OpeningWindow | null): void => {
        if (disposed) return;
        if (window && 'exact' in window) timeline.setWindow(window.exact.start, window.exact.end, { animation: false });
        else if (window) {
          const padded = paddedWindow(window.fit, container.clientWidth);
          timeline.setWindow(padded.start, padded.end, { animation: false });
        }
        opened = true;
        void load();
      };
      opening().then(open, (error: unknown) => {
        console.error('could not restore the view', error);
        open(null);
      });
    } else void load();
    return () => {
      disposed = true;
      resized.disconnect();
      unsubscribe();
      unready();
      unwatch();
      container.removeEventListener('click', onLaneAction);
      clearTimeout(pending);
      clearTimeout(warming);
      sequence++;
      timeline.destroy();
      timelineRef.current = null;
    };
  }, [db]);
  const bucketExpandRef = useRef<(id: string) => void>(() => {});

  useEffect(() => {
    const timeline = timelineRef.current;
    const items = itemsRef.current;
    if (!timeline || !items) return;
    const wanted = new Set(selectedEventIds ?? (selectedEventId ? [selectedEventId] : []));
    const ids =
      wanted.size > 0
        ? items
            .getIds()
            .map(String)
            .filter((id) => !isBucketItemId(id) && wanted.has(eventIdOfItem(id)))
        : [];
    timeline.setSelection(ids);
    selectedRef.current = selectedEventId;
    const primary = ids.find((id) => eventIdOfItem(id) === selectedEventId);
    if (selectedEventId) keepInView(timeline, items.get(primary ?? '')?.start, containerRef.current?.clientWidth ?? 0);
  }, [selectedEventId, selectedEventIds?.join('|')]);

  useImperativeHandle(handleRef, (): TimelineHandle => ({
    zoomIn: () => timelineRef.current?.zoomIn(0.5, { animation: false }),
    zoomOut: () => timelineRef.current?.zoomOut(0.5, { animation: false }),
    showWindow: (window) => {
      const padded = paddedWindow(window, containerRef.current?.clientWidth ?? 1000);
      timelineRef.current?.setWindow(padded.start, padded.end, { animation: false });
      loadNowRef.current();
    },
    visibleWindow: () => {
      const visible = timelineRef.current?.getWindow();
      if (!visible) return { start: localDateToIso(new Date()), end: localDateToIso(new Date()) };
      return isoWindow(visible.start, visible.end);
    },
    reload: () => reloadRef.current(),
    setExactWindow: (start, end) => {
      timelineRef.current?.setWindow(start, end, { animation: false });
      loadNowRef.current();
    },
  }));

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const target = event.target as HTMLElement;
    const bucket = target.closest<HTMLElement>('.vis-item.bucket-item');
    if ((event.key === 'Enter' || event.key === ' ') && target.dataset.eventId) {
      event.preventDefault();
      callbacks.current.onSelect(target.dataset.eventId);
    } else if ((event.key === 'Enter' || event.key === ' ') && target.dataset.bucketStart && bucket) {
      event.preventDefault();
      const id = itemsRef.current?.get({ filter: (item) => item.content === target })[0]?.id;
      if (id) bucketExpandRef.current(id);
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
