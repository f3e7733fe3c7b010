// Wires the remembered view into the app: on open, restores the saved view of the case (or fits all events when
// there is none), then saves the view whenever the window, lanes, filters or search change.

import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { applySavedView, loadSavedView, saveViewSoon } from '../state/view-persistence';
import { useUiStore } from '../state/ui-store';
import { eventExtent } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';
import { isoToLocalDate } from '../lib/iso-date';
import type { TimelineHandle } from '../timeline/TimelineView';

/** Whether a saved window overlaps the span of the stored events. */
async function windowMeetsEvents(db: TimelineDb, window: { start: number; end: number }): Promise<boolean> {
  const extent = await eventExtent(db);
  if (!extent) return true;
  return window.start <= isoToLocalDate(extent.end).getTime() + DAY_MS && window.end >= isoToLocalDate(extent.start).getTime();
}

const DAY_MS = 86_400_000;

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
      // A remembered window that misses every stored event (saved before an import landed, say) would show an
      // empty timeline: fit all instead.
      if (view?.window && timeline.current?.setExactWindow && (await windowMeetsEvents(db, view.window))) {
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
