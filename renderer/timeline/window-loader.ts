// Loads one timeline window at a time into vis-timeline's DataSets: asks window-query.ts for the drawn window (the
// visible one plus margins, in buckets about BUCKET_PX wide) and for the count of the visible one under the store's
// filters, search and lanes, turns the answer into items and lanes (draw-answer.ts) and hands over only what changed
// (sync-data-set.ts). A newer load supersedes an older one still running. Starts the view-index worker a little
// after the first drawn events, so its first read of the case never competes with the first paint.

import type { DataSet } from 'vis-data/peer';
import type { DataGroup, Timeline } from 'vis-timeline/peer';
import type { DateWindow } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';
import { measureSince } from '../lib/perf-measure';
import type { ViewIndexClient } from '../search/view-index-client';
import { useUiStore } from '../state/ui-store';
import { drawGroups, drawItems, isBucketItemId, type VisGroup, type VisItem } from './draw-answer';
import { ROWS_PER_TASK, syncDataSet } from './sync-data-set';
import { BUCKET_PX, DAY_MS, MARGIN_SHARE, WIDE_ZOOM_DAYS } from './timeline-options';
import { loadedWindowsOf } from './timeline-window';
import { queryDrawnAndVisible, type ViewSettings } from './window-query';

/** The search index worker starts this long after the first drawn events (unless a view needs it sooner). */
const WARM_UP_DELAY_MS = 1_500;

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

export const settingsOf = (state: ReturnType<typeof useUiStore.getState>): ViewSettings => ({
  filters: state.filters,
  search: state.search,
  laneMode: state.laneMode,
});

interface Target {
  db: TimelineDb;
  client: ViewIndexClient;
  timeline: Timeline;
  container: HTMLElement;
  items: DataSet<VisItem, 'id'>;
  groups: DataSet<VisGroup, 'id'>;
  onLoaded(info: LoadedInfo): void;
  /** After a window went over in full (to restore the selection on the new items). */
  onHandedOver(): void;
}

export class WindowLoader {
  /** False until the opening window is set: nothing is queried or drawn for the default window. */
  opened = false;
  /** Lane keys drawn by the last load, in order. */
  shownLanes: string[] = [];
  private sequence = 0;
  /** The window of the last load, so vis-timeline's late "rangechanged" after an app-set window does not load it twice. */
  private loaded = { start: NaN, end: NaN };
  private grouped = false;
  private readonly itemSignatures = new Map<string, string>();
  private readonly groupSignatures = new Map<string, string>();
  private warming: ReturnType<typeof setTimeout> | undefined;
  /** vis-timeline redraws after the DataSet changes: measured until its 'changed' event. */
  private redrawFrom: number | null = null;

  constructor(private readonly target: Target) {
    target.timeline.on('changed', () => {
      if (this.redrawFrom !== null) measureSince('timeline:redraw', this.redrawFrom);
      this.redrawFrom = null;
    });
  }

  /** Whether the last load was of exactly this window. */
  isLoaded(start: Date, end: Date): boolean {
    return start.getTime() === this.loaded.start && end.getTime() === this.loaded.end;
  }

  /** Stops a load still running (its results are dropped) and the worker's delayed start. */
  dispose(): void {
    this.sequence++;
    clearTimeout(this.warming);
  }

  async load(): Promise<void> {
    if (!this.opened) return;
    const { db, client, timeline, container, items, groups } = this.target;
    const mine = ++this.sequence;
    const began = performance.now();
    const state = useUiStore.getState();
    const settings = settingsOf(state);
    const visible = timeline.getWindow();
    this.loaded = { start: visible.start.getTime(), end: visible.end.getTime() };
    const spanMs = visible.end.getTime() - visible.start.getTime();
    const { drawn: drawnWindow, visible: visibleWindow } = loadedWindowsOf(visible.start, visible.end);
    const buckets = Math.max(4, Math.round(((1 + 2 * MARGIN_SHARE) * container.clientWidth) / BUCKET_PX));
    const { result, visibleTotal } = await queryDrawnAndVisible(db, client, { window: drawnWindow, buckets }, visibleWindow, settings);
    if (mine !== this.sequence) return void measureSince('timeline:superseded', began);
    const queried = measureSince('timeline:query', began, { source: result.source });
    const input = {
      answer: result.answer,
      events: result.events,
      laneMode: settings.laneMode,
      collapsed: new Set(state.collapsedLanes),
      laneOrder: state.laneOrder,
      laneLabels: result.laneLabels,
      highlight: settings.search.trim() !== '',
    };
    const wantGroups = settings.laneMode !== 'none';
    if (wantGroups !== this.grouped) {
      items.clear();
      this.itemSignatures.clear();
      groups.clear();
      this.groupSignatures.clear();
      timeline.setGroups(wantGroups ? (groups as unknown as DataSet<DataGroup>) : undefined);
      this.grouped = wantGroups;
    }
    if (wantGroups) {
      const lanes = drawGroups(input);
      this.shownLanes = lanes.map((lane) => lane.group.id);
      void syncDataSet(
        groups,
        this.groupSignatures,
        lanes.map((lane) => ({ row: lane.group, signature: lane.signature })),
      );
    }
    const drawn = drawItems(input);
    const handedOver = syncDataSet(
      items,
      this.itemSignatures,
      drawn.map((entry) => ({ row: entry.item, signature: entry.signature })),
      () => mine === this.sequence,
      ROWS_PER_TASK,
    );
    this.redrawFrom = measureSince('timeline:draw', queried, { items: drawn.length });
    container.classList.toggle('is-wide-zoom', spanMs > WIDE_ZOOM_DAYS * DAY_MS);
    container.dataset.windowTotal = String(visibleTotal);
    container.dataset.source = result.source;
    const bucketCount = drawn.filter((entry) => isBucketItemId(entry.item.id)).length;
    this.target.onLoaded({
      shown: drawn.length - bucketCount,
      capped: bucketCount > 0,
      total: visibleTotal,
      buckets: bucketCount,
      window: visibleWindow,
    });
    if (!(await handedOver)) return; // a newer window took over
    this.target.onHandedOver();
    if (visibleTotal > 0 && !this.warming) this.warming = setTimeout(() => client.warmUp(), WARM_UP_DELAY_MS);
  }
}
