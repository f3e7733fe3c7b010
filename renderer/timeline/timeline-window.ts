// Window geometry of the timeline: a date window with room around it for labels (fit, show a match), keeping a
// selected item readable when the side panel narrows the timeline, the window drawn around the visible one, and the
// visible window as ISO days.

import type { DataItem, Timeline } from 'vis-timeline/peer';
import type { DateWindow } from '../db/queries';
import { addDaysIso, isoToLocalDate, localDateToIso } from '../lib/iso-date';
import { DAY_MS, MARGIN_SHARE } from './timeline-options';

/**
 * The window plus room around it: a little on the left, and on the right enough pixels for the label of
 * the last event (labels of short ranges run on past their range).
 */
export function paddedWindow(window: DateWindow, widthPx: number): { start: Date; end: Date } {
  const start = isoToLocalDate(window.start).getTime();
  const end = isoToLocalDate(addDaysIso(window.end, 1)).getTime();
  const span = Math.max(end - start, 14 * DAY_MS);
  const leftShare = 0.04;
  const rightShare = Math.min(0.4, 380 / Math.max(widthPx, 400));
  const total = span / (1 - leftShare - rightShare);
  return { start: new Date(start - total * leftShare), end: new Date(start - total * leftShare + total) };
}

/** Pixels kept free right of a selected item: its widest label (320 px, styles.css) with a PLANNED tag and a sources badge. */
const SELECTED_LABEL_ROOM_PX = 460;

/**
 * Keeps a selected item readable when the side panel opens and narrows the timeline: an item too far right for its
 * label is brought left by widening the window to the right (nothing else leaves the view); an item outside the
 * window is centred.
 */
export function keepInView(timeline: Timeline, start: DataItem['start'] | undefined, widthPx: number): void {
  if (start === undefined) return;
  const at = new Date(start).getTime();
  const { start: from, end: to } = timeline.getWindow();
  const span = to.getTime() - from.getTime();
  const share = (at - from.getTime()) / span;
  const maxShare = Math.min(0.8, Math.max(0.3, 1 - SELECTED_LABEL_ROOM_PX / Math.max(widthPx, 1)));
  if (share >= 0 && share <= maxShare) return;
  if (share > maxShare && share <= 1) {
    timeline.setWindow(from, new Date(from.getTime() + (at - from.getTime()) / maxShare), { animation: false });
  } else {
    timeline.setWindow(new Date(at - span / 2), new Date(at + span / 2), { animation: false });
  }
}

/** The window drawn for a visible one: the visible window with MARGIN_SHARE of its span on each side (pans draw at once). */
function drawnWindowOf(start: Date, end: Date): { start: Date; end: Date } {
  const marginMs = (end.getTime() - start.getTime()) * MARGIN_SHARE;
  return { start: new Date(start.getTime() - marginMs), end: new Date(end.getTime() + marginMs) };
}

/** The visible window as inclusive ISO days. */
export function isoWindow(start: Date, end: Date): DateWindow {
  return { start: localDateToIso(start), end: localDateToIso(new Date(Math.max(start.getTime(), end.getTime() - 1))) };
}

/** The ISO-day windows a load reads for a visible window: the drawn one around it, and the visible one itself. */
export function loadedWindowsOf(start: Date, end: Date): { drawn: DateWindow; visible: DateWindow } {
  const around = drawnWindowOf(start, end);
  return { drawn: isoWindow(around.start, around.end), visible: isoWindow(start, end) };
}
