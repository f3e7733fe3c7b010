// Refiner run after tagging: in a range whose second end names its year and whose first end does not ("from March
// to May 2022", "between Jan. 5 and Feb. 2, 2021"), the first end takes that year instead of the one the
// publication date suggested ("March" alone, read in 2023, would be March 2023).

import type { Timex } from '../../model/timex';

/** What may stand between the two ends of a range. */
const RANGE_LINK = /^\s*(?:-|–|—|to|through|thru|until|till|and)\s*$/i;
const HAS_YEAR = /\b(?:1[0-9]|20)\d{2}\b/;
const YEAR_FIRST_VALUE = /^\d{4}(?=-\d{2})/;

/** Returns `timexes` with the year of each range's second end carried over to a year-less first end. */
export function shareRangeYears(text: string, timexes: readonly Timex[]): Timex[] {
  const out = [...timexes];
  for (let i = 0; i + 1 < out.length; i++) {
    const first = out[i]!;
    const second = out[i + 1]!;
    if (first.type !== 'DATE' || second.type !== 'DATE') continue;
    if (HAS_YEAR.test(first.text) || !HAS_YEAR.test(second.text)) continue;
    if (!YEAR_FIRST_VALUE.test(first.value) || !YEAR_FIRST_VALUE.test(second.value)) continue;
    if (!RANGE_LINK.test(text.slice(first.end, second.start))) continue;
    const year = second.value.slice(0, 4);
    // A start after the end in that year means the range crosses a new year ("December to February 2023").
    const carried = `${year}${first.value.slice(4)}`;
    const value = carried > second.value ? `${String(Number(year) - 1).padStart(4, '0')}${first.value.slice(4)}` : carried;
    out[i] = { ...first, value };
  }
  return out;
}
