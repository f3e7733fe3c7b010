// Date strings as publishers and analysts write them, shared by the publication-date detectors (ingest) and
// the imported event lists (extract): month names, validated ISO dates, and a parser for the date strings
// found in document metadata ("2023-09-21T08:15:00+03:00",
// "Thu, 21 Sep 2023 08:15:00 GMT", "September 21, 2023", "20230921", ...).

import { isValidDate } from './calendar';

/** Month-name alternation for regexes: full names and abbreviations, with "Sept" before "Sep". */
export const MONTH_NAME_PATTERN =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept(?:ember)?|Sep|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

export const WEEKDAY_PATTERN = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1–12 for an English month name or abbreviation ("Sept.", "september"), else null. */
export function monthNumber(name: string): number | null {
  const index = MONTH_PREFIXES.indexOf(name.trim().slice(0, 3).toLowerCase());
  return index < 0 ? null : index + 1;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** True when year/month/day name a real calendar day (no 31 June, 29 February only in leap years). */
export const isValidDay = isValidDate;

/** "YYYY-MM-DD" for a valid day in a plausible publishing range (1800–2199), else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2199 || !isValidDay(year, month, day)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Whether a string is a valid ISO calendar date prefix: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export function isIsoDatePrefix(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  return isValidDay(year, month, day);
}

const METADATA_DATE_FORMATS: readonly { pattern: RegExp; toIso: (m: RegExpExecArray) => string | null }[] = [
  // 2023-09-21, 2023-09-21T08:15:00Z, 2023/09/21 (the calendar date as the publisher wrote it, no TZ shift)
  { pattern: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/, toIso: (m) => isoDay(+m[1]!, +m[2]!, +m[3]!) },
  // 20230921 or 20230921T081500
  { pattern: /^(\d{4})(\d{2})(\d{2})(?:$|T)/, toIso: (m) => isoDay(+m[1]!, +m[2]!, +m[3]!) },
  // Thu, 21 Sep 2023 ... / 21 September 2023
  {
    pattern: new RegExp(`^(?:${WEEKDAY_PATTERN},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME_PATTERN})\\.?,?\\s+(\\d{4})\\b`, 'i'),
    toIso: (m) => isoDay(+m[3]!, monthNumber(m[2]!) ?? 0, +m[1]!),
  },
  // Thursday, September 21, 2023 / Sept. 21 2023
  {
    pattern: new RegExp(`^(?:${WEEKDAY_PATTERN},?\\s+)?(${MONTH_NAME_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    toIso: (m) => isoDay(+m[3]!, monthNumber(m[1]!) ?? 0, +m[2]!),
  },
];

/** Parses a metadata date string to "YYYY-MM-DD"; null when it is not a recognisable full date. */
export function parseMetadataDate(raw: string): string | null {
  const value = raw.trim();
  for (const format of METADATA_DATE_FORMATS) {
    const match = format.pattern.exec(value);
    if (match) return format.toIso(match);
  }
  return null;
}

/**
 * A coarser metadata date: "2023" or "2023-09" (also "September 2023"), as a valid ISO prefix;
 * null when the value is not one.
 */
export function parsePartialMetadataDate(raw: string): string | null {
  const value = raw.trim();
  const iso = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (iso) return isIsoDatePrefix(value) && Number(iso[1]) >= 1800 ? value : null;
  const named = new RegExp(`^(${MONTH_NAME_PATTERN})\\.?,?\\s+(\\d{4})$`, 'i').exec(value);
  const month = named ? monthNumber(named[1]!) : null;
  return named && month ? `${named[2]}-${pad(month, 2)}` : null;
}
