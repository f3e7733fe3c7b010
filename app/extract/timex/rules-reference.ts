// Rules for vague references to the present, past and future ("now", "recently", "in the coming
// months") and for the reporting period of earnings news ("the quarter", "the year-earlier period").

import { lastCompletedQuarter } from './anchor';
import { formatYear } from './calendar';
import { shiftValue } from './normalise';
import { deicticUnitValue } from './relative';
import { wordPattern, type TimexRule } from './rule';

const UNIT_PLURAL = '(?:days|weeks|months|years|decades)';

/** Sentence-initial "Now," is a discourse marker ("Now, he says, ..."), not a time. */
function isDiscourseNow(m: RegExpExecArray, text: string): boolean {
  return (
    /^now$/i.test(m[0]) && text[m.index + 3] === ',' && /(?:^|[.!?"“”'’]\s*|\n\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index))
  );
}

export const REFERENCE_RULES: readonly TimexRule[] = [
  {
    id: 'reference.present',
    type: 'DATE',
    example: 'currently',
    exampleValue: 'PRESENT_REF',
    pattern: wordPattern(
      'now|currently|at\\s+present|presently|nowadays|these\\s+days|at\\s+the\\s+moment|the\\s+present(?:\\s+time)?|current',
    ),
    accept: (m, text) =>
      !isDiscourseNow(m, text) &&
      !/^\s+(?:that|account|accounts|affairs|events|rates?|dollars|(?:fiscal\s+)?(?:year|quarter|month|week|period))\b/i.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 12),
      ),
    resolve: () => ({ value: 'PRESENT_REF' }),
  },
  {
    id: 'reference.past',
    type: 'DATE',
    example: 'recently',
    exampleValue: 'PAST_REF',
    pattern: wordPattern(
      `(?:more\\s+|most\\s+)?recently|lately|the\\s+past(?!\\s+(?:\\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|quarter|century))`,
    ),
    resolve: () => ({ value: 'PAST_REF' }),
  },
  {
    id: 'reference.future',
    type: 'DATE',
    example: 'in the coming months',
    exampleValue: 'FUTURE_REF',
    pattern: wordPattern(
      `the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|(?:the\\s+)?(?:coming|upcoming)\\s+(?:${UNIT_PLURAL}|quarters)|future\\s+quarters|the\\s+(?:near|short|long)(?:er)?[- ]term(?![- ]\\w)`,
    ),
    accept: (m, text) => !/^\s+(?:as|after)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)),
    resolve: () => ({ value: 'FUTURE_REF' }),
  },
  {
    id: 'reference.the-year',
    type: 'DATE',
    example: 'the end of the year',
    exampleValue: '2023',
    // "the year" of a report: the DCT's year (TimeBank marks "for the year" as that DATE too).
    pattern: wordPattern(
      "(?:(?:the\\s+)?(?:end|beginning|start|middle|rest|remainder)\\s+of\\s+)?the\\s+(?:(?:full|fiscal|calendar|current|latest)\\s+)*year|(?:the\\s+)?year(?:['’]s)?[- ]end",
    ),
    accept: (m, text) => !/^\s+(?:before|after|earlier|ago|later|\d)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)),
    resolve: (_m, context) => (context.dct ? { value: formatYear(context.dct.year) } : null),
  },
  {
    id: 'reference.part-of-current-unit',
    type: 'DATE',
    example: 'the end of the month',
    exampleValue: '2023-09',
    pattern: wordPattern('(?:the\\s+)?(?:end|beginning|start|middle|rest|remainder)\\s+of\\s+the\\s+(?<unit>month|week)'),
    resolve: (m, context) => {
      const value = context.dct ? deicticUnitValue(context.dct, m.groups?.unit ?? 'month', 0) : null;
      return value ? { value } : null;
    },
  },
  {
    id: 'reference.reporting-quarter',
    type: 'DATE',
    example: 'the latest quarter',
    exampleValue: '2023-Q2',
    pattern: wordPattern(
      '(?:the|this)\\s+(?:latest|recent|most\\s+recent|just[- ]ended|current|same)?\\s*(?:fiscal\\s+)?quarter|the\\s+(?:latest|most\\s+recent|just[- ]ended)\\s+(?:fiscal\\s+)?period',
    ),
    resolve: (m, context) => {
      const latest = /latest|recent|just/i.test(m[0]);
      if (context.previousQuarter && !(latest && context.dct && context.previousQuarter > lastCompletedQuarter(context.dct))) {
        return { value: context.previousQuarter };
      }
      return context.dct ? { value: lastCompletedQuarter(context.dct) } : null;
    },
  },
  {
    id: 'reference.year-period',
    type: 'DATE',
    example: 'the 2022 period',
    exampleValue: '2022-Q2',
    pattern: wordPattern('the\\s+(?<year>1\\d{3}|20\\d{2})\\s+(?:fiscal\\s+)?(?:quarter|period)'),
    resolve: (m, context) => {
      const quarter = context.previousQuarter ?? (context.dct ? lastCompletedQuarter(context.dct) : null);
      return { value: quarter ? `${m.groups?.year ?? ''}${quarter.slice(4)}` : (m.groups?.year ?? '') };
    },
  },
  {
    id: 'reference.year-earlier-period',
    type: 'DATE',
    example: 'the year-earlier quarter',
    exampleValue: '2022-Q2',
    pattern: wordPattern(
      '(?:the\\s+)?(?:year-earlier|year-ago|year\\s+earlier|prior-year)(?:\\s+(?:fiscal\\s+)?(?:quarter|period))?|(?:the\\s+)?comparable\\s+(?:year-ago\\s+|year-earlier\\s+)?(?:fiscal\\s+)?(?:quarter|period)',
    ),
    resolve: (m, context) => {
      const reference = context.previousQuarter ?? (context.dct ? lastCompletedQuarter(context.dct) : null);
      if (!/(?:quarter|period)$/i.test(m[0]) && !context.previousQuarter && context.dct) return { value: formatYear(context.dct.year - 1) };
      const value = reference ? shiftValue(reference, 'Y', -1) : null;
      return value ? { value } : null;
    },
  },
];
