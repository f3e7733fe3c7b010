// Remembers the timeline view of a case (window, lanes, filters, search) in the case database's meta table, so
// it comes back after a restart: `loadSavedView` reads it (validated; anything malformed is ignored),
// `applySavedView` puts it into the store, and `saveViewSoon` writes the current view after a short pause.

import { NO_FILTERS, type EventFilters } from '../../app/model/event-filter';
import { LANE_MODES, type LaneMode } from '../../app/view/lanes';
import { TIMELINE_VIEW_KEY } from '../../app/storage/schema';
import type { TimelineDb } from '../db/timeline-db';
import { useUiStore } from './ui-store';

export interface SavedView {
  /** Window edges in epoch milliseconds. */
  window: { start: number; end: number } | null;
  laneMode: LaneMode;
  collapsedLanes: string[];
  laneOrder: string[];
  filters: EventFilters;
  search: string;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function parseFilters(value: unknown): EventFilters {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const day = (v: unknown): string | null => (typeof v === 'string' && /^-?\d{4,}-\d{2}-\d{2}$/.test(v) ? v : null);
  return {
    ...NO_FILTERS,
    types: strings(raw.types) as EventFilters['types'],
    statuses: strings(raw.statuses) as EventFilters['statuses'],
    participants: strings(raw.participants),
    places: strings(raw.places),
    articleIds: strings(raw.articleIds),
    from: day(raw.from),
    to: day(raw.to),
    minConfidence: typeof raw.minConfidence === 'number' && raw.minConfidence >= 0 && raw.minConfidence <= 1 ? raw.minConfidence : 0,
  };
}

export function parseSavedView(text: string): SavedView | null {
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    const window = raw.window as { start?: unknown; end?: unknown } | null;
    const validWindow = window && typeof window.start === 'number' && typeof window.end === 'number' && window.end > window.start;
    return {
      window: validWindow ? { start: window.start as number, end: window.end as number } : null,
      laneMode: LANE_MODES.includes(raw.laneMode as LaneMode) ? (raw.laneMode as LaneMode) : 'none',
      collapsedLanes: strings(raw.collapsedLanes),
      laneOrder: strings(raw.laneOrder),
      filters: parseFilters(raw.filters),
      search: typeof raw.search === 'string' ? raw.search : '',
    };
  } catch {
    return null;
  }
}

export async function loadSavedView(db: TimelineDb): Promise<SavedView | null> {
  const row = await db.meta.get(TIMELINE_VIEW_KEY);
  return typeof row?.value === 'string' ? parseSavedView(row.value) : null;
}

export function applySavedView(view: SavedView): void {
  useUiStore.setState({
    laneMode: view.laneMode,
    collapsedLanes: view.collapsedLanes,
    laneOrder: view.laneOrder,
    filters: view.filters,
    search: view.search,
  });
}

let timer: ReturnType<typeof setTimeout> | undefined;

/** Saves the store's view with this window after a pause (later calls replace earlier ones). */
export function saveViewSoon(db: TimelineDb, window: { start: number; end: number } | null, delayMs = 400): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const state = useUiStore.getState();
    const view: SavedView = {
      window,
      laneMode: state.laneMode,
      collapsedLanes: state.collapsedLanes,
      laneOrder: state.laneOrder,
      filters: state.filters,
      search: state.search,
    };
    void db.meta.put({ key: TIMELINE_VIEW_KEY, value: JSON.stringify(view) });
  }, delayMs);
}
