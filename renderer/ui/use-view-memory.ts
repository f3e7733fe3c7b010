// Puts the timeline at the case's remembered window when the app opens (loaded with the rest of the view before
// the first render, renderer/cases/case-view.ts), or fits all events when there is none or it misses every stored
// event; from then on every settled window is handed to the case's view saver.

import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { StartedCase } from '../cases/start-case';
import { eventExtent } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';
import { isoToLocalDate } from '../lib/iso-date';
import type { TimelineHandle } from '../timeline/TimelineView';

const DAY_MS = 86_400_000;

/** Whether a saved window overlaps the span of the stored events. */
async function windowMeetsEvents(db: TimelineDb, window: { start: number; end: number }): Promise<boolean> {
  const extent = await eventExtent(db);
  if (!extent) return true;
  return window.start <= isoToLocalDate(extent.end).getTime() + DAY_MS && window.end >= isoToLocalDate(extent.start).getTime();
}

export function useViewMemory(
  db: TimelineDb,
  timeline: RefObject<TimelineHandle | null>,
  fitAll: () => Promise<void>,
  remembered: StartedCase | undefined,
): (start: Date, end: Date) => void {
  const restored = useRef(false);
  useEffect(() => {
    let current = true;
    const window = remembered?.window ?? null;
    void (async () => {
      // A remembered window that misses every stored event (saved before an import landed, say) would show an
      // empty timeline: fit all instead.
      const exact = window !== null && (await windowMeetsEvents(db, window));
      if (!current) return;
      restored.current = true;
      if (exact && timeline.current?.setExactWindow) timeline.current.setExactWindow(new Date(window.start), new Date(window.end));
      else await fitAll();
    })();
    return () => {
      current = false;
    };
  }, [db, timeline, fitAll, remembered]);
  return useCallback(
    (start: Date, end: Date) => {
      if (restored.current) remembered?.saver.rememberWindow({ start: start.getTime(), end: end.getTime() });
    },
    [remembered],
  );
}
