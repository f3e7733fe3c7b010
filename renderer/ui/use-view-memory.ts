// Wires the remembered view into the app: on open, restores the saved view of the case (or fits all events when
// there is none), then saves the view whenever the window, lanes, filters or search change.

import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { applySavedView, loadSavedView, saveViewSoon } from '../state/view-persistence';
import { useUiStore } from '../state/ui-store';
import type { TimelineDb } from '../db/timeline-db';
import type { TimelineHandle } from '../timeline/TimelineView';

export function useViewMemory(
  db: TimelineDb,
  timeline: RefObject<TimelineHandle | null>,
  fitAll: () => Promise<void>,
): (start: Date, end: Date) => void {
  const restored = useRef(false);
  const lastWindow = useRef<{ start: number; end: number } | null>(null);
  useEffect(() => {
    let current = true;
    void loadSavedView(db).then(async (view) => {
      if (!current) return;
      if (view) applySavedView(view);
      if (view?.window && timeline.current?.setExactWindow) {
        lastWindow.current = view.window;
        timeline.current.setExactWindow(new Date(view.window.start), new Date(view.window.end));
      } else await fitAll();
      restored.current = true;
    });
    return () => {
      current = false;
    };
  }, [db, timeline, fitAll]);
  useEffect(
    () =>
      useUiStore.subscribe((state, previous) => {
        const changed =
          state.filters !== previous.filters ||
          state.search !== previous.search ||
          state.laneMode !== previous.laneMode ||
          state.collapsedLanes !== previous.collapsedLanes ||
          state.laneOrder !== previous.laneOrder;
        if (changed && restored.current) saveViewSoon(db, lastWindow.current);
      }),
    [db],
  );
  return useCallback(
    (start: Date, end: Date) => {
      lastWindow.current = { start: start.getTime(), end: end.getTime() };
      if (restored.current) saveViewSoon(db, lastWindow.current);
    },
    [db],
  );
}
