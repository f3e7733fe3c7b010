// Rule for years spelled out in words, as in broadcast transcripts: "nineteen ninety-six",
// "the year two thousand".

import { formatYear } from './calendar';
import { group, wordPattern, type TimexRule } from './rule';

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "ninety-six" → 96, "oh five" → 5, "ten" → 10; -1 when not a two-digit number word. */
function twoDigitWords(words: string): number {
  const w = words.toLowerCase().replace(/\s+/g, ' ').trim();
  if (TEENS.includes(w)) return 10 + TEENS.indexOf(w);
  const m = /^(?:(oh|o)\s+)?([a-z]+)(?:[- ]([a-z]+))?$/.exec(w);
  if (!m) return -1;
  if (m[1] && ONES.includes(m[2] ?? '') && !m[3]) return ONES.indexOf(m[2] ?? '');
  const tens = TENS.indexOf(m[2] ?? '');
  if (tens < 2) return -1;
  const ones = m[3] ? ONES.indexOf(m[3]) : 0;
  return ones < 0 ? -1 : tens * 10 + ones;
}

const TWO_DIGIT_WORDS = `(?:(?:oh\\s+)?(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)`;

export const SPOKEN_YEAR_RULES: readonly TimexRule[] = [
  {
    id: 'spoken.year',
    type: 'DATE',
    example: 'nineteen ninety-six',
    exampleValue: '1996',
    pattern: wordPattern(
      `(?:the\\s+year\\s+)?(?:(?<century>nineteen|eighteen|twenty)\\s+(?<rest>${TWO_DIGIT_WORDS})|two\\s+thousand(?:\\s+(?:and\\s+)?(?<after>${TWO_DIGIT_WORDS}))?)`,
    ),
    accept: (m) => group(m, 'century') !== '' || /^the\s+year/i.test(m[0]), // "two thousand" alone is a count
    resolve: (m) => {
      const century = { eighteen: 18, nineteen: 19, twenty: 20 }[group(m, 'century').toLowerCase()];
      if (century) {
        const rest = twoDigitWords(group(m, 'rest'));
        return rest < 0 ? null : { value: formatYear(century * 100 + rest) };
      }
      const after = group(m, 'after') ? twoDigitWords(group(m, 'after')) : 0;
      return after < 0 ? null : { value: formatYear(2000 + after) };
    },
  },
];
