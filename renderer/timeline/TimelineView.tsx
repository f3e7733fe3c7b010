// The zoomable timeline (vis-timeline + vis-data DataSets) at any case size: every event of the window is drawn,
// as an item where the window's events fit (ITEM_BUDGET), else as per-lane time buckets with counts by type that
// expand on zoom or click. Windows are loaded by window-loader.ts under the store's filters, search and lanes; this
// component wires vis-timeline's events (range changes, selection, clicks, double-clicks, lane buttons) to it and to
// the app. Exposes zoom/fit/window commands via a ref (TimelineHandle). Ctrl/Cmd-click adds an item to the selection
// (for Merge); a double-click on an empty spot reports its date (for Add event).

import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { measureSince } from '../lib/perf-measure';
import { DataSet } from 'vis-data/peer';
import { Timeline, type DataItem } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { DateWindow } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';
import { localDateToIso } from '../lib/iso-date';
import { viewIndexClient } from '../search/view-index-client';
import { useUiStore } from '../state/ui-store';
import { eventIdOfItem, isBucketItemId, type VisGroup, type VisItem } from './draw-answer';
import { dayCountsCanAnswer, forgetDayCounts } from './day-count-view';
import { onEventsChanged } from './on-events-changed';
import { OPTIONS } from './timeline-options';
import { handleTimelineKey } from './timeline-keys';
import { expandBucket, wirePointer } from './timeline-pointer';
import { isoWindow, keepInView, paddedWindow } from './timeline-window';
import { settingsOf, WindowLoader, type LoadedInfo } from './window-loader';

export type { LoadedInfo } from './window-loader';

const RELOAD_DELAY_MS = 120;

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
  /** After a window's items went over to vis-timeline in full (the drawn view is complete). */
  onDrawn?(): void;
  /** Called (debounced) after the window moved, with the new window. */
  onWindowChange?(start: Date, end: Date): void;
  /** Called once at mount: the window to open on. Nothing is drawn before it answers (no throw-away first draw). */
  openingWindow?(): Promise<OpeningWindow | null>;
  handleRef: Ref<TimelineHandle>;
}

export function TimelineView(props: Props) {
  const {
    db,
    selectedEventId,
    onSelect,
    onLoaded,
    onDrawn,
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
  const callbacks = useRef({ onSelect, onLoaded, onDrawn, onWindowChange, onSelectMany, onDoubleClickDate, openingWindow });
  callbacks.current = { onSelect, onLoaded, onDrawn, onWindowChange, onSelectMany, onDoubleClickDate, openingWindow };

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const creating = performance.now();
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
    measureSince('timeline:create', creating);
    const itemIdsOf = (eventId: string): string[] =>
      items
        .getIds()
        .map(String)
        .filter((id) => !isBucketItemId(id) && eventIdOfItem(id) === eventId);
    const loader = new WindowLoader({
      db,
      client,
      timeline,
      container,
      items,
      groups,
      onLoaded: (info) => callbacks.current.onLoaded(info),
      onHandedOver: () => {
        callbacks.current.onDrawn?.();
        if (selectedRef.current) timeline.setSelection(itemIdsOf(selectedRef.current));
      },
    });
    loader.opened = !callbacks.current.openingWindow;
    const load = (): Promise<void> => loader.load();
    reloadRef.current = () => {
      forgetDayCounts(db);
      client.refresh();
      void load();
    };

    // Rapid zoom clicks or wheel turns settle before the window is (re)loaded.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const settled = (): void => {
      const { start, end } = timeline.getWindow();
      if (!loader.isLoaded(start, end)) void load();
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
    const unwire = wirePointer(timeline, container, items, {
      onSelect: (eventIds) => {
        const many = callbacks.current.onSelectMany;
        if (many) return many(eventIds);
        callbacks.current.onSelect(eventIds[0] ?? null);
      },
      onDoubleClickDate: (isoDate) => callbacks.current.onDoubleClickDate?.(isoDate),
      shownLanes: () => loader.shownLanes,
    });
    bucketExpandRef.current = (id) => expandBucket(timeline, items.get(id));
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
      const asked = performance.now();
      const open = (window: OpeningWindow | null): void => {
        measureSince('startup:opening-window', asked);
        if (disposed) return;
        if (window && 'exact' in window) timeline.setWindow(window.exact.start, window.exact.end, { animation: false });
        else if (window) {
          const padded = paddedWindow(window.fit, container.clientWidth);
          timeline.setWindow(padded.start, padded.end, { animation: false });
        }
        loader.opened = true;
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
      unwire();
      clearTimeout(pending);
      loader.dispose();
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
    handleTimelineKey(event, timeline, {
      onSelect: (eventId) => callbacks.current.onSelect(eventId),
      expandBucketOf: (content) => {
        const id = itemsRef.current?.get({ filter: (item) => item.content === content })[0]?.id;
        if (id) bucketExpandRef.current(id);
      },
    });
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
