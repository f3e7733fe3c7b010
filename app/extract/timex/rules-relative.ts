// Rules for dates relative to the publication date or to the date just mentioned: "today",
// "Thursday", "next month", "this October", "February last year", "two weeks ago", "the previous day".

import { anchorMonthYear, validDate } from './anchor';
import { addDays, formatDay, formatMonth, formatYear } from './calendar';
import { FULL_WEEKDAY_RE, NUMBER_RE, SEASONS, monthNumber, parseNumber, weekdayNumber } from './lexicon';
import { SEASON_START } from './normalise';
import { DAY, HEDGE, MONTH, POSITION_PREFIX } from './patterns';
import { deicticUnitValue, directionStep, shiftedValue, weekdayValue, weekendValue, withDayPart } from './relative';
import { group, monthCapitalised, wordPattern, type TimexRule } from './rule';

const DAY_WORD_OFFSET: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
const PART = '(?<part>morning|afternoon|evening|night)';
const DIRECTION = '(?<dir>last|this|next|past|coming|current|previous|upcoming)';
/**
 * Words that make a bare month name (especially "May", "March") a date: "in May", "since March", and "for" after a
 * scheduling word ("planned for May"; a bare "for May" may be the person: "voted for May").
 */
const MONTH_LEAD_BEFORE =
  /(?:\b(?:in|on|since|until|till|by|from|to|through|during|before|after|between|and|or|of|early|late|mid|last|this|next|around|about)\s+|\b(?:planned|scheduled|slated|set|due|expected|pencil?led|earmarked|postponed|delayed|moved|pushed\s+back)\s+(?:\w+\s+)?for\s+|[-,(]\s*)$/i;

/** Year of "last/this/next <month>": the latest one before the DCT's month, the DCT's year, or the next one after. */
function monthYearFromStep(dctYear: number, dctMonth: number, month: number, step: number): number {
  if (step < 0) return month < dctMonth ? dctYear : dctYear - 1;
  if (step > 0) return month > dctMonth ? dctYear : dctYear + 1;
  return dctYear;
}

export const RELATIVE_RULES: readonly TimexRule[] = [
  {
    id: 'relative.day-word',
    type: 'DATE',
    example: 'yesterday',
    exampleValue: '2023-09-20',
    pattern: wordPattern(`(?:(?:early|late)\\s+)?(?<word>today|tonight|yesterday|tomorrow)(?:\\s+${PART})?`),
    resolve: (m, context) => {
      if (!context.dct) return null;
      const day = formatDay(addDays(context.dct, DAY_WORD_OFFSET[group(m, 'word').toLowerCase()] ?? 0));
      return group(m, 'part') ? { value: withDayPart(day, group(m, 'part')), type: 'TIME' } : { value: day };
    },
  },
  {
    id: 'relative.day-part',
    type: 'TIME',
    example: 'this morning',
    exampleValue: '2023-09-21TMO',
    pattern: wordPattern(`(?<dir>this|last)\\s+(?<part>morning|afternoon|evening|night)`),
    resolve: (m, context) => {
      if (!context.dct) return null;
      const offset = group(m, 'dir').toLowerCase() === 'last' ? -1 : 0;
      return { value: withDayPart(formatDay(addDays(context.dct, offset)), group(m, 'part')) };
    },
  },
  {
    id: 'relative.weekday',
    type: 'DATE',
    example: 'last Thursday night',
    exampleValue: '2023-09-14',
    pattern: wordPattern(`(?:(?<mod>last|this|next|past|coming|early|late)\\s+)?(?<wd>${FULL_WEEKDAY_RE})(?:\\s+${PART})?`),
    accept: (m) => /^[A-Z]/.test(group(m, 'wd')),
    resolve: (m, context) => {
      if (!context.dct) return { value: `XXXX-WXX-${weekdayNumber(group(m, 'wd'))}` };
      const day = weekdayValue(context.dct, weekdayNumber(group(m, 'wd')), group(m, 'mod'), context.tense());
      // "Friday night" is annotated as the day itself in TimeBank/AQUAINT more often than as ...TNI.
      const part = group(m, 'part').toLowerCase();
      return part && part !== 'night' ? { value: withDayPart(day, part), type: 'TIME' } : { value: day };
    },
  },
  {
    id: 'relative.deictic-unit',
    type: 'DATE',
    example: 'earlier this year',
    exampleValue: '2023',
    pattern: wordPattern(
      `(?:(?:early|late|earlier|later|mid)\\s*-?\\s*|(?:the\\s+)?(?:end|beginning|start|middle|rest|remainder)\\s+of\\s+)?(?:the\\s+)?${DIRECTION}\\s+(?<unit>week|month|year|quarter|decade|century|weekend)`,
    ),
    resolve: (m, context) => {
      if (!context.dct) return null;
      const value = deicticUnitValue(context.dct, group(m, 'unit'), directionStep(group(m, 'dir')));
      return value ? { value } : null;
    },
  },
  {
    id: 'relative.deictic-month',
    type: 'DATE',
    example: 'this October',
    exampleValue: '2023-10',
    pattern: wordPattern(`${POSITION_PREFIX}(?<dir>last|this|next|past|coming)\\s+${MONTH}(?:\\s+${DAY}(?!\\s*,?\\s*\\d))?`),
    accept: (m) => monthCapitalised(m),
    resolve: (m, context) => {
      const month = monthNumber(group(m, 'month'));
      if (!context.dct) return { value: `XXXX-${String(month).padStart(2, '0')}` };
      const year = monthYearFromStep(context.dct.year, context.dct.month, month, directionStep(group(m, 'dir')));
      if (!group(m, 'day')) return { value: formatMonth(year, month) };
      const date = validDate(year, month, +group(m, 'day'));
      return date ? { value: formatDay(date) } : null;
    },
  },
  {
    id: 'relative.month-of-relative-year',
    type: 'DATE',
    example: 'February last year',
    exampleValue: '2022-02',
    pattern: wordPattern(`${POSITION_PREFIX}${MONTH}(?:\\s+of)?\\s+(?<dir>last|this|next)\\s+year`),
    accept: (m) => monthCapitalised(m),
    resolve: (m, context) => {
      if (!context.dct) return null;
      return { value: formatMonth(context.dct.year + directionStep(group(m, 'dir')), monthNumber(group(m, 'month'))) };
    },
  },
  {
    id: 'relative.season',
    type: 'DATE',
    example: 'last fall',
    exampleValue: '2022-FA',
    pattern: wordPattern(`${POSITION_PREFIX}(?:(?<dir>last|this|next|past|coming)|the)\\s+(?<season>spring|summer|fall|autumn|winter)`),
    accept: (m, text) => group(m, 'dir') !== '' || !/^\s+of\b/i.test(text.slice(m.index + m[0].length)),
    resolve: (m, context) => {
      if (!context.dct) return null;
      const code = SEASONS[group(m, 'season').toLowerCase()] ?? 'SU';
      const step = directionStep(group(m, 'dir'));
      const startMonth = SEASON_START[code] ?? 6;
      let year = context.dct.year;
      if (step < 0 && startMonth >= context.dct.month) year -= 1;
      if (step > 0 && startMonth <= context.dct.month) year += 1;
      if (step === 0 && group(m, 'dir') === '' && context.tense() === 'past' && startMonth > context.dct.month) year -= 1;
      return { value: `${formatYear(year)}-${code}` };
    },
  },
  {
    id: 'relative.bare-month',
    type: 'DATE',
    example: 'October',
    exampleValue: '2023-10',
    pattern: wordPattern(`${POSITION_PREFIX}${MONTH}`),
    accept: (m, text) => {
      const month = group(m, 'month');
      if (!/^[A-Z]/.test(month)) return false;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^\s+of\s+[A-Z]|^\s*\d/.test(after) || /^'s\b/.test(after)) return false;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const ambiguous = /^(?:may|mar|march|jan|sun|sat|dec|aug|sept?)\.?$/i.test(month);
      if (/^[a-z]{3,4}$/i.test(month) && !/^(?:may|june|july)$/i.test(month)) return false; // "Jan" without a dot is a name
      if (m[0].length > month.length || /\bin\s+$/i.test(before)) return true;
      if (/\bthe\s+$/i.test(before)) return false;
      return !ambiguous || MONTH_LEAD_BEFORE.test(before);
    },
    resolve: (m, context) => {
      const month = monthNumber(group(m, 'month'));
      if (!context.dct) return { value: `XXXX-${String(month).padStart(2, '0')}` };
      return { value: formatMonth(anchorMonthYear(context.dct, month, context.tense()), month) };
    },
  },
  {
    id: 'relative.shift',
    type: 'DATE',
    example: 'two weeks ago',
    exampleValue: '2023-W36',
    pattern: wordPattern(
      `${HEDGE}(?<num>${NUMBER_RE})(?:\\s+|-)(?<unit>day|week|month|quarter|year|decade|centur(?:y|ie))s?\\s+(?:or\\s+so\\s+)?(?<dir>ago|earlier|later|hence|from\\s+now|back)`,
    ),
    resolve: (m, context) => {
      const count = parseNumber(group(m, 'num'));
      if (count === null) return { value: /ago|earlier|before|back/i.test(group(m, 'dir')) ? 'PAST_REF' : 'FUTURE_REF' };
      const value = shiftedValue(context, group(m, 'unit'), count, group(m, 'dir'));
      return value ? { value } : null;
    },
  },
  {
    id: 'relative.anaphoric',
    type: 'DATE',
    example: 'the previous day',
    exampleValue: '2023-09-20',
    pattern: wordPattern(
      `(?:(?:earlier|later)\\s+)?(?:the\\s+(?<dir>previous|following|next|preceding|prior)\\s+(?<unit>day|week|month|year)|the\\s+(?<unit2>day|week|month|year)\\s+(?<dir2>before|after)|(?:that|the\\s+same)\\s+(?<unit3>day|week|month|year))`,
    ),
    resolve: (m, context) => {
      const unit = group(m, 'unit') || group(m, 'unit2') || group(m, 'unit3');
      const dirWord = group(m, 'dir') || group(m, 'dir2');
      const step = /^(?:previous|preceding|prior|before)$/i.test(dirWord) ? -1 : dirWord ? 1 : 0;
      const value = shiftedValue(context, unit, Math.abs(step), step < 0 ? 'earlier' : 'later', false);
      return value ? { value } : null;
    },
  },
  {
    id: 'relative.weekend',
    type: 'DATE',
    example: 'the weekend',
    exampleValue: '2023-W37-WE',
    pattern: wordPattern('the\\s+weekend'),
    resolve: (_m, context) => (context.dct ? { value: weekendValue(context.dct, context.tense()) } : null),
  },
];
