// Converts PDF date strings ("D:20230921101500+03'00'", ISO 32000 §7.9.4) to ISO 8601 as written, without
// shifting the time zone, so that the calendar day the author's machine recorded is kept.

const PDF_DATE = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?/;

/**
 * "D:20230921101500+03'00'" → "2023-09-21T10:15:00+03:00"; "D:2023" → "2023"; an ISO date (as XMP and some
 * producers write) is returned as it is; null when unreadable.
 */
export function pdfDateToIso(raw: string): string | null {
  const value = raw.trim();
  if (/^\d{4}-\d{2}/.test(value)) return value;
  const match = PDF_DATE.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, zone, zoneHour, zoneMinute] = match;
  if (!month) return year!;
  if (!day) return `${year}-${month}`;
  let iso = `${year}-${month}-${day}`;
  if (hour) iso += `T${hour}:${minute ?? '00'}:${second ?? '00'}`;
  if (hour && zone) iso += zone.toUpperCase() === 'Z' ? 'Z' : `${zone}${zoneHour ?? '00'}:${zoneMinute ?? '00'}`;
  return iso;
}
