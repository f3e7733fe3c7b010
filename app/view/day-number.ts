// Calendar days as integers (days since 1970-01-01, proleptic Gregorian, no time zone) and back, for bucketing
// dates quickly without Date objects per event.

const DAY_MS = 86_400_000;

/** "YYYY-MM-DD" (also negative or 5-digit years) -> day number. */
export function dayNumber(iso: string): number {
  const dash = iso.indexOf('-', 1);
  const year = Number(iso.slice(0, dash));
  const month = Number(iso.slice(dash + 1, dash + 3));
  const day = Number(iso.slice(dash + 4, dash + 6));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

/** Day number -> "YYYY-MM-DD". */
export function isoOfDay(dayNo: number): string {
  const date = new Date(dayNo * DAY_MS);
  const year = date.getUTCFullYear();
  const yearText = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  return `${yearText}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}
