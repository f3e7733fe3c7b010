// Rules for durations ("three years", "the past two weeks", "a 10-year anniversary") and sets
// (recurring times: "every week", "annually", "twice a month").

import { FULL_WEEKDAY_RE, NUMBER_RE, UNITS, parseNumber, unitKey, weekdayNumber } from './lexicon';
import { HEDGE } from './patterns';
import { group, wordPattern, type TimexRule } from './rule';

const DURATION_LEAD =
  '(?:(?:the|its|their|his|her)\\s+)?(?:(?:year-earlier|year-ago|comparable)\\s+)?(?:(?:past|last|next|first|previous|coming|following|latest|final|initial|remaining|additional|further|another|full|entire|whole|same|preceding|prior)\\s+)?';
const UNIT_WORD =
  '(?:(?:trading|business|working|calendar)\\s+)?(?<unit>second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|millenni(?:um|a))s?';

/** ISO 8601 duration for `count` units ("Y", 3 → "P3Y"; "TH", 2 → "PT2H"); null count gives "X". */
export function durationValue(unitWord: string, count: number | null): string | null {
  const unit = UNITS[unitKey(unitWord)];
  if (!unit) return null;
  const n = (k: number): string => (count === null ? 'X' : String(Math.round(count * k * 100) / 100));
  const whole = count === null ? 0 : Math.floor(count);
  if (count !== null && count - whole === 0.5 && HALF_UNIT[unit]) {
    const [prefix, half] = HALF_UNIT[unit]!;
    return whole === 0 ? `${prefix}${half}` : `${prefix}${whole}${unit.replace('T', '')}${half}`;
  }
  switch (unit) {
    case 'TS':
      return `PT${n(1)}S`;
    case 'TM':
      return `PT${n(1)}M`;
    case 'TH':
      return `PT${n(1)}H`;
    case 'W2':
      return `P${n(2)}W`;
    case 'WE':
      return `P${n(2)}D`;
    case 'DE':
      return count === null ? 'PXDE' : `P${n(10)}Y`;
    case 'CE':
      return count === null ? 'PXCE' : `P${n(100)}Y`;
    default:
      return `P${n(1)}${unit}`;
  }
}

/** "2 1/2 years" → P2Y6M: the half expressed in the next smaller unit (prefix, half). */
const HALF_UNIT: Readonly<Record<string, readonly [string, string]>> = {
  Y: ['P', '6M'],
  D: ['P', 'T12H'],
  TH: ['PT', '30M'],
  TM: ['PT', '30S'],
};

/** "5 1/2", "two and a half", "a year and a half": a count plus one half. */
const HALF = '(?<half>\\s+1/2|\\s*½|\\s+and\\s+a\\s+half)?';

/** Amounts before "a year" / "a day" that make it a rate ("$5 billion a year", "twice a day"), not a duration. */
const RATE_BEFORE =
  /(?:\d|million|billion|trillion|percent|%|cents?|dollars|tons|barrels|times|once|twice|each|miles|hours|days|weeks|months)\s*$/i;

const SET_ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  monthly: 'P1M',
  annually: 'P1Y',
  yearly: 'P1Y',
};

/** Number + unit phrases that are not durations: ages ("a 6-year-old"), "a second time", "a quarter of". */
function isAgeOrCountNoun(m: RegExpExecArray, text: string): boolean {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
  const num = group(m, 'num').toLowerCase();
  const unit = group(m, 'unit');
  if (/^\s*-?\s*old\b/i.test(after)) return true;
  if (/^(?:a|an)$/.test(num) && /^second/i.test(unit)) return true;
  return /^quarter/i.test(unit) && /^\s+of\b/i.test(after);
}

export const DURATION_RULES: readonly TimexRule[] = [
  {
    id: 'duration.count',
    type: 'DURATION',
    example: 'the past two weeks',
    exampleValue: 'P2W',
    pattern: wordPattern(
      `${DURATION_LEAD}${HEDGE}(?<num>${NUMBER_RE})${HALF}(?:\\s+(?:more|additional|extra|further))?\\s+${UNIT_WORD}(?<halfAfter>\\s+and\\s+a\\s+half)?(?:\\s*-?\\s*long)?`,
    ),
    accept: (m, text) => {
      if (isAgeOrCountNoun(m, text)) return false;
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (/^(?:a|an)$/i.test(group(m, 'num')) && RATE_BEFORE.test(before)) return false; // "$5 billion a year" is a rate
      return true;
    },
    resolve: (m) => {
      const count = parseNumber(group(m, 'num'));
      const halves = group(m, 'half') || group(m, 'halfAfter') ? 0.5 : 0;
      const value = durationValue(group(m, 'unit'), count === null ? null : count + halves);
      return value ? { value } : null;
    },
  },
  {
    id: 'duration.adjective',
    type: 'DURATION',
    example: 'a 10-year anniversary',
    exampleValue: 'P10Y',
    // Hyphenated compounds modify a noun ("a 10-year anniversary"): the article is not part of the expression.
    pattern: wordPattern(`(?<num>${NUMBER_RE})-${UNIT_WORD}(?:-long)?`),
    accept: (m, text) => {
      return !isAgeOrCountNoun(m, text) && /[a-z\d]/i.test(group(m, 'num'));
    },
    resolve: (m) => {
      const value = durationValue(group(m, 'unit'), parseNumber(group(m, 'num')));
      return value ? { value } : null;
    },
  },
  {
    id: 'duration.vague-plural',
    type: 'DURATION',
    example: 'for years',
    exampleValue: 'PXY',
    pattern: wordPattern('(?<=\\b(?:for|over|in|within)\\s+)(?<unit>minutes|hours|days|weeks|months|years|decades)'),
    accept: (m, text) =>
      !/^\s+(?:ago|of|to\s+come|before|after|later|earlier)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)),
    resolve: (m) => {
      const value = durationValue(group(m, 'unit'), null);
      return value ? { value } : null;
    },
  },
  {
    id: 'duration.recent',
    type: 'DURATION',
    example: 'in recent years',
    exampleValue: 'PXY',
    pattern: wordPattern('recent\\s+(?<unit>days|weeks|months|years|decades)'),
    resolve: (m) => {
      const value = durationValue(group(m, 'unit'), null);
      return value ? { value } : null;
    },
  },
  {
    id: 'set.every',
    type: 'SET',
    example: 'every week',
    exampleValue: 'P1W',
    pattern: wordPattern(
      `(?:every|each)\\s+(?:(?<other>other)\\s+)?(?:(?<unit>day|week|month|year|quarter|hour|minute)|(?<wd>${FULL_WEEKDAY_RE})|(?<part>morning|evening|night|weekend|summer|winter|spring|fall))`,
    ),
    resolve: (m) => {
      const weekday = group(m, 'wd');
      if (weekday) return { value: `XXXX-WXX-${weekdayNumber(weekday)}`, quant: 'EVERY' };
      const part = group(m, 'part').toLowerCase();
      if (part) return { value: part === 'weekend' ? 'P1WE' : /summer|winter|spring|fall/.test(part) ? 'P1Y' : 'P1D', quant: 'EVERY' };
      const value = durationValue(group(m, 'unit'), group(m, 'other') ? 2 : 1);
      return value ? { value, quant: 'EVERY' } : null;
    },
  },
  {
    id: 'set.adverb',
    type: 'SET',
    example: 'annually',
    exampleValue: 'P1Y',
    pattern: wordPattern('hourly|daily|nightly|weekly|biweekly|monthly|annually|yearly'),
    resolve: (m) => ({ value: SET_ADVERBS[m[0].toLowerCase()] ?? 'P1D' }),
  },
  {
    id: 'set.times-per',
    type: 'SET',
    example: 'twice a month',
    exampleValue: 'P1M',
    pattern: wordPattern(
      `(?<freq>once|twice|(?:${NUMBER_RE})\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<unit>hour|day|week|month|quarter|year)`,
    ),
    resolve: (m) => {
      const word = group(m, 'freq').toLowerCase();
      const times = word === 'once' ? 1 : word === 'twice' ? 2 : parseNumber(word.replace(/\s+times$/, ''));
      const value = durationValue(group(m, 'unit'), 1);
      return value ? { value, freq: `${times ?? 'X'}X` } : null;
    },
  },
];
