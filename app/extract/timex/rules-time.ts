// Rules for times of day: "10 a.m.", "10:35 a.m. EDT Tuesday", "noon Saturday", "midnight".

import { formatDay, addDays, type CalendarDate } from './calendar';
import { anchorMonthYear, validDate } from './anchor';
import { FULL_WEEKDAY_RE, MONTH_RE, monthNumber, weekdayNumber } from './lexicon';
import { weekdayValue } from './relative';
import { group, wordPattern, type ResolveContext, type TimexRule } from './rule';

const ZONE = '(?:\\s+(?<tz>[ECMP][SD]T|GMT|UTC|BST|CET|local\\s+time))?';
const DAY_AFTER = `(?:,?\\s+(?:on\\s+)?(?<wd>${FULL_WEEKDAY_RE})|\\s+(?<rel>today|yesterday|tomorrow|tonight)|,?\\s+(?:on\\s+)?(?<month>${MONTH_RE})\\s+(?<day>[0-3]?\\d)(?!\\d))?`;
const REL_OFFSET: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** The day a time of day belongs to: the weekday or day word after it, else the previous date or the DCT. */
function dayOfTime(m: RegExpExecArray, context: ResolveContext): string | null {
  const dct: CalendarDate | null = context.dct;
  if (!dct) return null;
  if (group(m, 'wd')) return weekdayValue(dct, weekdayNumber(group(m, 'wd')), '', context.tense());
  if (group(m, 'rel')) return formatDay(addDays(dct, REL_OFFSET[group(m, 'rel').toLowerCase()] ?? 0));
  if (group(m, 'month')) {
    const month = monthNumber(group(m, 'month'));
    const date = validDate(anchorMonthYear(dct, month, context.tense()), month, +group(m, 'day'));
    if (date) return formatDay(date);
  }
  if (context.previous && /^\d{4}-\d{2}-\d{2}/.test(context.previous)) return context.previous.slice(0, 10);
  return formatDay(dct);
}

/** Marks a time whose words name no day of their own ("3 p.m." against "3 p.m. Friday"): dayOfTime took the context's. */
function dayFromContext(m: RegExpExecArray): { dayFromContext?: true } {
  return group(m, 'wd') || group(m, 'rel') || group(m, 'month') ? {} : { dayFromContext: true };
}

const pad = (n: number): string => String(n).padStart(2, '0');

export const TIME_RULES: readonly TimexRule[] = [
  {
    id: 'time.clock',
    type: 'TIME',
    example: '10:35 a.m. EDT Thursday',
    exampleValue: '2023-09-21T10:35',
    pattern: wordPattern(`(?<h>[01]?\\d)(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)${ZONE}${DAY_AFTER}`),
    accept: (m) => +group(m, 'h') >= 1 && +group(m, 'h') <= 12,
    resolve: (m, context) => {
      let hour = +group(m, 'h') % 12;
      if (/^p/i.test(group(m, 'ap'))) hour += 12;
      const day = dayOfTime(m, context);
      const utc = /^(?:UTC|GMT)$/i.test(group(m, 'tz')) ? 'Z' : '';
      const clock = `T${pad(hour)}:${group(m, 'min') || '00'}${utc}`;
      return { value: day ? day + clock : `XXXX-XX-XX${clock}`, ...dayFromContext(m) };
    },
  },
  {
    id: 'time.clock-24h',
    type: 'TIME',
    example: '14:30 GMT',
    exampleValue: '2023-09-21T14:30Z',
    pattern: wordPattern(`(?<h>[0-2]?\\d):(?<min>[0-5]\\d)\\s+(?<tz>[ECMP][SD]T|GMT|UTC|BST|CET|local\\s+time)${DAY_AFTER}`),
    accept: (m) => +group(m, 'h') <= 24,
    resolve: (m, context) => {
      const day = dayOfTime(m, context);
      const utc = /^(?:UTC|GMT)$/i.test(group(m, 'tz')) ? 'Z' : '';
      const clock = `T${pad(+group(m, 'h'))}:${group(m, 'min')}${utc}`;
      return { value: day ? day + clock : `XXXX-XX-XX${clock}`, ...dayFromContext(m) };
    },
  },
  {
    id: 'time.hour-of-day-part',
    type: 'TIME',
    example: '4 in the morning',
    exampleValue: '2023-09-21T04:00',
    pattern: wordPattern(`(?<h>[01]?\\d)(?:\\s+o'clock)?\\s+in\\s+the\\s+(?<part>morning|afternoon|evening)${DAY_AFTER}`),
    accept: (m) => +group(m, 'h') >= 1 && +group(m, 'h') <= 12,
    resolve: (m, context) => {
      const hour = (+group(m, 'h') % 12) + (/morning/i.test(group(m, 'part')) ? 0 : 12);
      const day = dayOfTime(m, context);
      const clock = `T${pad(hour)}:00`;
      return { value: day ? day + clock : `XXXX-XX-XX${clock}`, ...dayFromContext(m) };
    },
  },
  {
    id: 'time.noon',
    type: 'TIME',
    example: 'noon Saturday',
    exampleValue: '2023-09-16T12:00',
    pattern: wordPattern(`(?<word>noon|midday|midnight|mid[- ]?afternoon|mid[- ]?morning)${DAY_AFTER}`),
    resolve: (m, context) => {
      const day = dayOfTime(m, context) ?? 'XXXX-XX-XX';
      const word = group(m, 'word').toLowerCase();
      const clock = word === 'midnight' ? 'T24:00' : /afternoon/.test(word) ? 'TAF' : /morning/.test(word) ? 'TMO' : 'T12:00';
      return { value: day + clock, ...dayFromContext(m) };
    },
  },
];
