// The time window an export covers, as UTC milliseconds, and the linear scale from time to x pixels.
// Dates are calendar days (YYYY-MM-DD, end inclusive); full ISO timestamps are accepted too.

import { formatDay, fromUtcDate } from '../calendar/calendar';

export const DAY_MS = 86_400_000;

/** Milliseconds at the start of an ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or the instant of a timestamp. */
export function parseIsoTime(value: string): number {
  const date = /^(-?\d{4,6})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (date) {
    const day = new Date(0);
    day.setUTCFullYear(Number(date[1]), Number(date[2] ?? 1) - 1, Number(date[3] ?? 1)); // years 0–99 stay as written
    return day.getTime();
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new Error(`not an ISO date: ${value}`);
  return time;
}

/** Exclusive end in ms of an inclusive end date: the day after for a date, the instant for a timestamp. */
export function parseInclusiveEnd(value: string): number {
  return value.includes('T') ? parseIsoTime(value) : parseIsoTime(value) + DAY_MS;
}

export interface TimeWindow {
  startMs: number;
  /** Exclusive. */
  endMs: number;
}

/** The window in ms; an empty or reversed window becomes the one day at its start. */
export function toTimeWindow(window: { start: string; end: string }): TimeWindow {
  const startMs = parseIsoTime(window.start);
  const endMs = parseInclusiveEnd(window.end);
  return { startMs, endMs: endMs > startMs ? endMs : startMs + DAY_MS };
}

/** Linear time → x mapping over [left, right]. */
export function timeScale(window: TimeWindow, left: number, right: number): (ms: number) => number {
  const factor = (right - left) / (window.endMs - window.startMs);
  return (ms) => left + (ms - window.startMs) * factor;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function monthAbbreviation(monthIndex: number): string {
  return MONTHS[monthIndex] ?? '';
}

/** "21 Sep 2023" for a UTC instant. */
export function formatDayAt(ms: number): string {
  return formatDay(fromUtcDate(new Date(ms)), 'short');
}
