// The one mechanism that remembers a case's view (main view, window, lanes, filters, search): one record in the case
// database's view table (key 'ui', app/view/saved-view.ts), so the view comes back when the analyst returns to
// the case and travels with its backups. `loadCaseView` reads it into the UI store before the app renders;
// `persistCaseView` writes the whole record back (debounced) whenever those store fields or the window change.

import { DEFAULT_SAVED_VIEW, parseSavedView, SAVED_VIEW_KEY, type SavedView } from '../../app/view/saved-view';
import type { TimelineDb } from '../db/timeline-db';
import { useUiStore, type UiState } from '../state/ui-store';

export type ViewWindow = SavedView['window'];

/** The view fields of the UI store (everything of the saved view but the window). */
function storeView(state: Omit<SavedView, 'window'> | UiState): Omit<SavedView, 'window'> {
  const { mainView, filters, laneMode, collapsedLanes, laneOrder, search } = state;
  return { mainView, filters, laneMode, collapsedLanes, laneOrder, search };
}

/** Reads the case's saved view, puts its store fields into the UI store and returns it (the defaults when none). */
export async function loadCaseView(db: TimelineDb): Promise<SavedView> {
  const stored = await db.view.get(SAVED_VIEW_KEY);
  const view = stored ? parseSavedView(stored.value) : DEFAULT_SAVED_VIEW;
  useUiStore.setState(storeView(view));
  return view;
}

export interface CaseViewSaver {
  /** The window to save from now on (the timeline reports it after every settled move). */
  rememberWindow(window: NonNullable<ViewWindow>): void;
  /** Writes what is pending now (tests), then stops saving. */
  stop(): Promise<void>;
}

/**
 * Keeps the case's view record up to date: the store's view fields and the last remembered window (starting with
 * `window`, the loaded one), written as one record `delayMs` after the last change.
 */
export function persistCaseView(db: TimelineDb, window: ViewWindow, delayMs = 300): CaseViewSaver {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: ViewWindow = window;
  const snapshot = (): string => JSON.stringify({ ...storeView(useUiStore.getState()), window: current });
  let last = snapshot();
  let writing: Promise<unknown> = Promise.resolve();
  const write = (): void => {
    timer = undefined;
    const next = snapshot();
    if (next === last) return;
    last = next;
    writing = db.view.put({ key: SAVED_VIEW_KEY, value: JSON.parse(next) as unknown }).catch(console.error);
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  };
  const unsubscribe = useUiStore.subscribe((state, previous) => {
    const changed =
      state.mainView !== previous.mainView ||
      state.filters !== previous.filters ||
      state.search !== previous.search ||
      state.laneMode !== previous.laneMode ||
      state.collapsedLanes !== previous.collapsedLanes ||
      state.laneOrder !== previous.laneOrder;
    if (changed) schedule();
  });
  return {
    rememberWindow: (next) => {
      current = { start: next.start, end: next.end };
      schedule();
    },
    stop: async () => {
      unsubscribe();
      if (timer !== undefined) {
        clearTimeout(timer);
        write();
      }
      await writing;
    },
  };
}
