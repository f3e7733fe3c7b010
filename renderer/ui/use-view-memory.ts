// Wires the remembered view into the timeline: `openingWindow` (the timeline calls it once, before its first draw)
// says which window to open on: the case's remembered window (loaded with the rest of the view before the first
// render, renderer/cases/case-view.ts), or all events when there is none or it misses every stored event; from then
// on every settled window is handed to the case's view saver.

import { useCallback, useRef } from 'react';
import type { StartedCase } from '../cases/start-case';
import { eventExtent } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';
import { isoToLocalDate } from '../lib/iso-date';
import type { OpeningWindow } from '../timeline/TimelineView';

const DAY_MS = 86_400_000;

export interface ViewMemory {
  /** The window the timeline opens on (null: no events, keep the default). */
  openingWindow(): Promise<OpeningWindow | null>;
  /** Called after the window moved. */
  onWindowChange(start: Date, end: Date): void;
}

export function useViewMemory(db: TimelineDb, remembered: StartedCase | undefined): ViewMemory {
  const restored = useRef(false);
  const openingWindow = useCallback(async (): Promise<OpeningWindow | null> => {
    try {
      // The extent read when the case opened (the first call, at mount), or read now.
      const early = restored.current ? undefined : await remembered?.extent.catch(() => undefined);
      const extent = early === undefined ? await eventExtent(db) : early;
      // A remembered window that misses every stored event (saved before an import landed, say) would show an
      // empty timeline: fit all instead.
      const saved = remembered?.window ?? null;
      const meetsEvents =
        saved !== null &&
        (!extent || (saved.start <= isoToLocalDate(extent.end).getTime() + DAY_MS && saved.end >= isoToLocalDate(extent.start).getTime()));
      if (saved && meetsEvents) return { exact: { start: new Date(saved.start), end: new Date(saved.end) } };
      return extent ? { fit: extent } : null;
    } finally {
      restored.current = true;
    }
  }, [db, remembered]);
  const onWindowChange = useCallback(
    (start: Date, end: Date) => {
      if (restored.current) remembered?.saver.rememberWindow({ start: start.getTime(), end: end.getTime() });
    },
    [remembered],
  );
  return { openingWindow, onWindowChange };
}
