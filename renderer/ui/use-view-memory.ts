// Wires the remembered view into the app: `openingWindow` (the timeline calls it once, before its first draw)
// restores the saved view of the case (lanes, filters, search) and says which window to open on: the remembered
// one, or all events when there is none; then the view is saved whenever the window, lanes, filters or search change.

import { useCallback, useEffect, useRef } from 'react';
import { applySavedView, loadSavedView, saveViewSoon } from '../state/view-persistence';
import { useUiStore } from '../state/ui-store';
import { eventExtent } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';
import { isoToLocalDate } from '../lib/iso-date';
import type { OpeningWindow } from '../timeline/TimelineView';

const DAY_MS = 86_400_000;

export interface ViewMemory {
  /** The window the timeline opens on (null: no events, keep the default). Restores the saved view first. */
  openingWindow(): Promise<OpeningWindow | null>;
  /** Called after the window moved. */
  onWindowChange(start: Date, end: Date): void;
}

export function useViewMemory(db: TimelineDb): ViewMemory {
  const restored = useRef(false);
  const lastWindow = useRef<{ start: number; end: number } | null>(null);
  const openingWindow = useCallback(async (): Promise<OpeningWindow | null> => {
    try {
      const [view, extent] = await Promise.all([loadSavedView(db), eventExtent(db)]);
      if (view) applySavedView(view);
      // A remembered window that misses every stored event (saved before an import landed, say) would show an
      // empty timeline: fit all instead.
      const saved = view?.window;
      const meetsEvents =
        saved &&
        (!extent || (saved.start <= isoToLocalDate(extent.end).getTime() + DAY_MS && saved.end >= isoToLocalDate(extent.start).getTime()));
      if (saved && meetsEvents) {
        lastWindow.current = saved;
        return { exact: { start: new Date(saved.start), end: new Date(saved.end) } };
      }
      return extent ? { fit: extent } : null;
    } finally {
      restored.current = true;
    }
  }, [db]);
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
  const onWindowChange = useCallback(
    (start: Date, end: Date) => {
      lastWindow.current = { start: start.getTime(), end: end.getTime() };
      if (restored.current) saveViewSoon(db, lastWindow.current);
    },
    [db],
  );
  return { openingWindow, onWindowChange };
}
