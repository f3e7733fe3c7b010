// Conversions between the model's calendar dates ("YYYY-MM-DD", no time zone) and local-time Date objects,
// which is what vis-timeline works with. Local midnight is used so that a date is drawn on its own day.

const ISO_DATE = /^(-?\d{4,})-(\d{2})-(\d{2})$/;

/** Local midnight of a "YYYY-MM-DD" date. Throws on anything else so bad data is noticed. */
export function isoToLocalDate(iso: string): Date {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`not an ISO calendar date: ${iso}`);
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  date.setFullYear(Number(match[1])); // years 0..99 would otherwise be read as 1900..1999
  return date;
}

/** The local calendar date of a Date, as "YYYY-MM-DD". */
export function localDateToIso(date: Date): string {
  const year = date.getFullYear();
  const yearText = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  return `${yearText}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The date `days` days after (or before, when negative) an ISO date. */
export function addDaysIso(iso: string, days: number): string {
  const date = isoToLocalDate(iso);
  date.setDate(date.getDate() + days);
  return localDateToIso(date);
}

/** Whole days from `a` to `b` (b - a). */
export function daysBetweenIso(a: string, b: string): number {
  return Math.round((isoToLocalDate(b).getTime() - isoToLocalDate(a).getTime()) / 86_400_000);
}

/** How many calendar days an event covers (a one-day event: 1). */
export function eventSpanDays(event: { start: string; end: string }): number {
  return daysBetweenIso(event.start, event.end) + 1;
}
