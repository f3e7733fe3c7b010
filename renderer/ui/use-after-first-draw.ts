// Start-up order: what the analyst looks at first is the timeline, so reads that compete with its first query and
// draw (the article list with its event counts: a count per article over the events table) wait until the timeline
// has drawn its first window, or a few seconds at most (a timeline that fails to draw must not hide the list).
// Measured with bench:timeline at 10,000 events: the article list read alongside the first timeline query made the
// query take 280 ms instead of about half of that.

import { useCallback, useEffect, useRef, useState } from 'react';

/** The longest the deferred reads wait for the timeline's first draw. */
export const FIRST_DRAW_FALLBACK_MS = 3_000;

export interface FirstDraw {
  /** True once the timeline drew its first window (or the fallback delay passed). */
  drawn: boolean;
  /** Called by the timeline whenever a window went over in full; only the first call counts. */
  onDrawn(): void;
}

export function useAfterFirstDraw(fallbackMs = FIRST_DRAW_FALLBACK_MS): FirstDraw {
  const [drawn, setDrawn] = useState(false);
  const reported = useRef(false);
  useEffect(() => {
    if (drawn) return;
    const fallback = setTimeout(() => setDrawn(true), fallbackMs);
    return () => clearTimeout(fallback);
  }, [drawn, fallbackMs]);
  // The deferred reads start in a task of their own, after the browser painted the drawn window.
  // Only the first draw counts: later ones (every zoom and pan) schedule nothing.
  const onDrawn = useCallback(() => {
    if (reported.current) return;
    reported.current = true;
    setTimeout(() => setDrawn(true), 0);
  }, []);
  return { drawn, onDrawn };
}
