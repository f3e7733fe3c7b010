// Rules for calendar and fiscal quarters: "the third quarter of 1990", "last year's fourth quarter",
// "the first quarter of next year", and the modifier "third-quarter (profit)".

import { anchorQuarterYear } from './anchor';
import { formatYear } from './calendar';
import { ORDINALS } from './lexicon';
import { YEAR } from './patterns';
import { group, wordPattern, type ResolveContext, type TimexRule } from './rule';

/** "last" is an ordinal only in "the last quarter of 2009"; "last quarter" alone is the previous quarter. */
const ORDINAL = '(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th|last(?=\\s+(?:fiscal\\s+)?quarter\\s+of\\b))';

/**
 * Value of a quarter: with its explicit year, or a year named relative to the DCT ("last year's",
 * "of next year"), or else the DCT's year, one earlier for a quarter still to come in a past-tense clause.
 */
function quarterValue(m: RegExpExecArray, context: ResolveContext): string {
  const quarter = ORDINALS[group(m, 'ord').toLowerCase()] ?? 1;
  const explicitYear = group(m, 'year') || group(m, 'year2');
  const relativeYear = (group(m, 'relYear') || group(m, 'leadYear')).toLowerCase();
  let year: number | null = explicitYear ? +explicitYear : null;
  if (year === null && context.dct) {
    year =
      relativeYear === 'last'
        ? context.dct.year - 1
        : relativeYear === 'next'
          ? context.dct.year + 1
          : relativeYear === 'this'
            ? context.dct.year
            : anchorQuarterYear(context.dct, quarter, context.tense());
  }
  return `${year === null ? 'XXXX' : formatYear(year)}-Q${quarter}`;
}

export const QUARTER_RULES: readonly TimexRule[] = [
  {
    id: 'quarter.named',
    type: 'DATE',
    namesReportingQuarter: true,
    example: 'the fiscal third quarter of 2023',
    exampleValue: '2023-Q3',
    pattern: wordPattern(
      `(?:(?:the|(?<leadYear>this|last|next)\\s+year's)\\s+)?(?:${YEAR}\\s+)?(?:fiscal(?:\\s*-\\s*|\\s+))?${ORDINAL}\\s+(?:fiscal\\s+)?quarter(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?:(?<year2>1\\d{3}|20\\d{2})|(?<relYear>last|this|next)\\s+year))?`,
    ),
    resolve: (m, context) => ({ value: quarterValue(m, context) }),
  },
  {
    id: 'quarter.modifier',
    type: 'DATE',
    namesReportingQuarter: true,
    example: 'third-quarter profit',
    exampleValue: '2023-Q3',
    // "third-quarter profit": the hyphenated modifier alone, without a determiner.
    pattern: wordPattern(`(?:fiscal\\s+)?${ORDINAL}-quarter`),
    resolve: (m, context) => ({ value: quarterValue(m, context) }),
  },
];
