// Rules for dates written out in full or in part: "Sept. 21, 2023", "21 September 2023", "2023-09-21",
// "9/21/2023", "September 2023", "Sept. 21", "1998", "the 1990s", "the first half of 2023".

import { anchorMonthYear, validDate } from './anchor';
import { formatDay, formatMonth, formatYear } from './calendar';
import { monthNumber, SEASONS } from './lexicon';
import { DAY, MONTH, POSITION_PREFIX, WEEKDAY_LEAD, YEAR } from './patterns';
import { group, monthCapitalised, wordPattern, type TimexRule } from './rule';

/** Words before a number that make it a label, not a year ("Section 2023", "No. 1998", "$1990"). */
const LABEL_BEFORE =
  /(?:section|article|chapter|paragraph|no\.?|number|nos?\.|room|flight|route|page|pages|rule|resolution|model|highway|interstate|suite|box|item|code|lot|form|grade|level|pp?\.|[#$£€,:/]|\d)\s*$/i;
/** Words after a number that make it a count, not a year ("1998 people", "2000 troops", "1990-1"). */
const COUNT_AFTER =
  /^(?:\s*(?:%|percent|per\s*cent|people|persons|men|women|children|troops|soldiers|dollars|euros|yuan|rubles|units|votes|cars|shares|points|members|workers|employees|jobs|tons|tonnes|feet|foot|meters|metres|miles|km|kilometers|barrels|acres|pounds|kg|kilograms|homes|houses|deaths|cases|times|copies)\b|[-–:/.,]\d|\s*(?:-|to)\s*\d+\s+(?:vote|margin))/i;
/** Phrases that introduce a year of a fiscal or calendar kind: "fiscal 1989", "the year 1998". */
const YEAR_LEAD = '(?:(?:fiscal|calendar|the\\s+(?:fiscal\\s+)?year|FY)\\s*)?';

/** The last year of a range written "2014-16" or "2014-2016": two digits take the first year's century. */
export function rangeLastYear(first: number, last: string): number {
  return last.length === 2 ? Math.floor(first / 100) * 100 + Number(last) : Number(last);
}

function yearAccept(match: RegExpExecArray, text: string): boolean {
  const before = text.slice(Math.max(0, match.index - 16), match.index);
  const after = text.slice(match.index + match[0].length, match.index + match[0].length + 16);
  if (LABEL_BEFORE.test(before)) return false;
  return !COUNT_AFTER.test(after);
}

function dayValue(year: number, monthWord: string, day: string): string | null {
  const date = validDate(year, monthNumber(monthWord), Number(day));
  return date ? formatDay(date) : null;
}

export const EXPLICIT_RULES: readonly TimexRule[] = [
  {
    id: 'explicit.month-day-year',
    type: 'DATE',
    example: 'Thursday, Sept. 21, 2023',
    exampleValue: '2023-09-21',
    pattern: wordPattern(`${WEEKDAY_LEAD}${MONTH}\\s+${DAY},?\\s+${YEAR}`),
    resolve: (m) => {
      const v = dayValue(+group(m, 'year'), group(m, 'month'), group(m, 'day'));
      return v ? { value: v } : null;
    },
  },
  {
    id: 'explicit.day-month-year',
    type: 'DATE',
    example: '21 September 2023',
    exampleValue: '2023-09-21',
    pattern: wordPattern(`${WEEKDAY_LEAD}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`),
    resolve: (m) => {
      const v = dayValue(+group(m, 'year'), group(m, 'month'), group(m, 'day'));
      return v ? { value: v } : null;
    },
  },
  {
    id: 'explicit.iso-date',
    type: 'DATE',
    example: '2023-09-21',
    exampleValue: '2023-09-21',
    pattern: wordPattern(`${YEAR}-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?:T(?<hh>[0-2]\\d):(?<mm>[0-5]\\d))?`),
    resolve: (m) => {
      const date = validDate(+group(m, 'year'), +group(m, 'm'), +group(m, 'd'));
      if (!date) return null;
      const time = group(m, 'hh') ? `T${group(m, 'hh')}:${group(m, 'mm')}` : '';
      return { value: formatDay(date) + time, type: time ? 'TIME' : 'DATE' };
    },
  },
  {
    id: 'explicit.numeric-date',
    type: 'DATE',
    example: '9/21/2023',
    exampleValue: '2023-09-21',
    pattern: wordPattern('(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)/(?<y>(?:19|20)\\d{2}|\\d{2})'),
    accept: (m, text) => !/^\d/.test(text.slice(m.index + m[0].length)),
    resolve: (m) => {
      const rawYear = group(m, 'y');
      const year = rawYear.length === 2 ? (+rawYear < 50 ? 2000 : 1900) + +rawYear : +rawYear;
      const a = +group(m, 'a');
      const b = +group(m, 'b');
      const date = a > 12 ? validDate(year, b, a) : validDate(year, a, b); // US month/day unless impossible
      return date ? { value: formatDay(date) } : null;
    },
  },
  {
    id: 'explicit.dotted-date',
    type: 'DATE',
    example: '21.09.2023',
    exampleValue: '2023-09-21',
    pattern: wordPattern('(?<d>[0-3]?\\d)\\.(?<m>[01]?\\d)\\.(?<y>(?:19|20)\\d{2})'),
    accept: (m, text) =>
      !/^\.?\d/.test(text.slice(m.index + m[0].length)) &&
      !/(?:\d\.|\b(?:version|v|release|build|no)\.?\s*)$/i.test(text.slice(Math.max(0, m.index - 12), m.index)),
    resolve: (m) => {
      const date = validDate(+group(m, 'y'), +group(m, 'm'), +group(m, 'd')); // day first, as everywhere dots are used
      return date ? { value: formatDay(date) } : null;
    },
  },
  {
    id: 'explicit.month-year',
    type: 'DATE',
    example: 'late September 2023',
    exampleValue: '2023-09',
    pattern: wordPattern(`${POSITION_PREFIX}${MONTH},?\\s+(?:of\\s+)?${YEAR}`),
    accept: (m, text) => monthCapitalised(m) && yearAccept(m, text),
    resolve: (m) => ({ value: formatMonth(+group(m, 'year'), monthNumber(group(m, 'month'))) }),
  },
  {
    id: 'explicit.month-day',
    type: 'DATE',
    example: 'Sept. 21',
    exampleValue: '2023-09-21',
    pattern: wordPattern(`${WEEKDAY_LEAD}${MONTH}\\s+${DAY}(?!\\s*(?:%|percent|,\\s*\\d|\\.\\d|-\\d|:\\d))`),
    accept: (m) => monthCapitalised(m) && +group(m, 'day') >= 1 && +group(m, 'day') <= 31,
    resolve: (m, context) => {
      if (!context.dct)
        return { value: `XXXX-${String(monthNumber(group(m, 'month'))).padStart(2, '0')}-${group(m, 'day').padStart(2, '0')}` };
      const month = monthNumber(group(m, 'month'));
      const v = dayValue(anchorMonthYear(context.dct, month, context.tense()), group(m, 'month'), group(m, 'day'));
      return v ? { value: v } : null;
    },
  },
  {
    id: 'explicit.day-month',
    type: 'DATE',
    example: 'the 21st of September',
    exampleValue: '2023-09-21',
    pattern: wordPattern(`${WEEKDAY_LEAD}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}`),
    accept: (m) => monthCapitalised(m),
    resolve: (m, context) => {
      const month = monthNumber(group(m, 'month'));
      if (!context.dct) return { value: `XXXX-${String(month).padStart(2, '0')}-${group(m, 'day').padStart(2, '0')}` };
      const v = dayValue(anchorMonthYear(context.dct, month, context.tense()), group(m, 'month'), group(m, 'day'));
      return v ? { value: v } : null;
    },
  },
  {
    id: 'explicit.year',
    type: 'DATE',
    example: 'fiscal 1998',
    exampleValue: '1998',
    pattern: wordPattern(`${POSITION_PREFIX}${YEAR_LEAD}${YEAR}(?!s\\b|'s\\b)`),
    accept: yearAccept,
    resolve: (m) => ({ value: formatYear(+group(m, 'year')) }),
  },
  {
    id: 'explicit.year-range',
    type: 'DATE',
    example: 'the 2014-16 outbreak',
    exampleValue: '2014',
    // One expression for the whole range, valued at its first year (where it starts on a timeline).
    pattern: wordPattern(`${YEAR}\\s*[-–—]\\s*(?<last>\\d{4}|\\d{2})`),
    accept: (m, text) => {
      const first = +group(m, 'year');
      const last = rangeLastYear(first, group(m, 'last'));
      return last > first && last - first <= 50 && !LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index));
    },
    resolve: (m) => ({ value: group(m, 'year') }),
  },
  {
    id: 'explicit.decade',
    type: 'DATE',
    example: 'the mid-1990s',
    exampleValue: '199',
    pattern: wordPattern(`(?:the\\s+)?${POSITION_PREFIX}(?<decade>1\\d\\d|20\\d)0'?s`),
    resolve: (m) => ({ value: group(m, 'decade') }),
  },
  {
    id: 'explicit.decade-short',
    type: 'DATE',
    example: "the early '80s",
    exampleValue: '198',
    pattern: wordPattern(`(?:the\\s+)?${POSITION_PREFIX}(?:'|’)(?<decade>[2-9])0'?s`),
    resolve: (m, context) => {
      const century = context.dct && context.dct.year >= 2030 && +group(m, 'decade') <= 2 ? 20 : 19;
      return { value: `${century}${group(m, 'decade')}` };
    },
  },
  {
    id: 'explicit.decade-word',
    type: 'DATE',
    example: 'the nineties',
    exampleValue: '199',
    pattern: wordPattern(`the\\s+${POSITION_PREFIX}(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`),
    resolve: (m) => {
      const digit =
        ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(
          group(m, 'word').toLowerCase(),
        ) + 2;
      return { value: `19${digit}` };
    },
  },
  {
    id: 'explicit.century',
    type: 'DATE',
    example: 'the 20th century',
    exampleValue: '19',
    pattern: wordPattern(`(?:the\\s+)?${POSITION_PREFIX}(?<n>\\d{1,2})(?:st|nd|rd|th)\\s+century`),
    resolve: (m) => ({ value: String(+group(m, 'n') - 1).padStart(2, '0') }),
  },
  {
    id: 'explicit.half',
    type: 'DATE',
    example: 'the second half of 2023',
    exampleValue: '2023-H2',
    pattern: wordPattern(`(?:the\\s+)?(?<ord>first|second|last)\\s+half\\s+of\\s+(?:fiscal\\s+)?${YEAR}`),
    resolve: (m) => ({ value: `${group(m, 'year')}-H${group(m, 'ord').toLowerCase() === 'first' ? 1 : 2}` }),
  },
  {
    id: 'explicit.season-year',
    type: 'DATE',
    example: 'the summer of 2023',
    exampleValue: '2023-SU',
    pattern: wordPattern(`(?:the\\s+)?${POSITION_PREFIX}(?<season>spring|summer|fall|autumn|winter)(?:\\s+of)?,?\\s+${YEAR}`),
    resolve: (m) => ({ value: `${group(m, 'year')}-${SEASONS[group(m, 'season').toLowerCase()]}` }),
  },
];
