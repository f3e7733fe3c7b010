// Word lists of the temporal tagger: month, weekday, season, unit and number words, with the
// regex alternations built from them once at module load.

/** Month names and abbreviations → month number (1..12). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Weekday names and abbreviations → ISO weekday (Monday = 1 .. Sunday = 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};

/** Season words → TIMEX3 season code. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

/** Parts of the day → TIMEX3 time-of-day code. */
export const DAY_PARTS: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
};

/** Calendar units in singular form, as TIMEX3 duration letters ("T" marks time units). */
export const UNITS: Readonly<Record<string, string>> = {
  second: 'TS',
  minute: 'TM',
  hour: 'TH',
  day: 'D',
  week: 'W',
  weekend: 'WE',
  fortnight: 'W2',
  month: 'M',
  quarter: 'Q',
  year: 'Y',
  decade: 'DE',
  century: 'CE',
  millennium: 'ML',
};

/** Number words → value. "a"/"an" are one; vague quantities are null ("several years" → PXY). */
export const NUMBER_WORDS: Readonly<Record<string, number | null>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  'a hundred': 100,
  'a dozen': 12,
  dozen: 12,
  'a couple of': 2,
  'a couple': 2,
  couple: 2,
  'a few': null,
  few: null,
  several: null,
  some: null,
  many: null,
};

/** Ordinal words → number (quarters, halves, days of the month). */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  last: 4,
  final: 4,
};

/** Longest-first regex alternation of the keys of a word list (dots in keys escaped). */
function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** "Sept." / "September" / "Sep" — month name with an optional abbreviation dot. */
const FULL_MONTHS = Object.keys(MONTHS).filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july');
const MONTH_ABBREVIATIONS = Object.keys(MONTHS).filter((m) => !FULL_MONTHS.includes(m));
export const MONTH_RE = `(?:${alternation(FULL_MONTHS)}|(?:${alternation(MONTH_ABBREVIATIONS)})\\.?)`;
export const FULL_WEEKDAY_RE = `(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
/** Compound number words like "twenty-five" or "twenty five" are allowed. */
const TENS_RE = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const SMALL_RE = '(?:one|two|three|four|five|six|seven|eight|nine)';
export const NUMBER_RE = `(?:\\d{1,3}(?:\\.\\d+)?|${TENS_RE}[- ]${SMALL_RE}|${alternation(Object.keys(NUMBER_WORDS))})`;

/** Reads a number written in digits or words; null for vague quantities or unknown words. */
export function parseNumber(raw: string): number | null {
  const word = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  const compound = /^(\w+)[- ](\w+)$/.exec(word);
  if (compound && !(word in NUMBER_WORDS)) {
    const tens = NUMBER_WORDS[compound[1] ?? ''];
    const ones = NUMBER_WORDS[compound[2] ?? ''];
    if (typeof tens === 'number' && typeof ones === 'number') return tens + ones;
    return null;
  }
  const value = NUMBER_WORDS[word];
  return value === undefined ? null : value;
}

/** Singular unit key for a matched unit word ("centuries" → "century", "Years" → "year"). */
export function unitKey(raw: string): string {
  const word = raw.toLowerCase();
  if (word.startsWith('centur')) return 'century';
  if (word.startsWith('millenni')) return 'millennium';
  return word.replace(/s$/, '');
}

/** Month number of a month word ("Sept." → 9), or 0 when unknown. */
export function monthNumber(raw: string): number {
  return MONTHS[raw.toLowerCase().replace(/\.$/, '')] ?? 0;
}

export function weekdayNumber(raw: string): number {
  return WEEKDAYS[raw.toLowerCase().replace(/\.$/, '')] ?? 0;
}
