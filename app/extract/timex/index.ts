// Public API of the temporal tagger (TIMEX3 recognition + normalisation, HeidelTime-style rules).

import type { Timex } from '../../model/timex';
import { tagText } from './engine';
import { TIMEX_RULES } from './rules';

export { timexSpan, type DaySpan } from './span';
export { clauseTense, type Tense } from './tense';
export { TIMEX_RULES } from './rules';

/**
 * Finds temporal expressions in `text` and normalises them against `dct` (publication date
 * YYYY-MM-DD, or null). Offsets are UTF-16; the result is sorted and non-overlapping.
 */
export function findTimexes(text: string, dct: string | null): Timex[] {
  return tagText(text, dct, TIMEX_RULES);
}
