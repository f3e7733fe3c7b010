// The complete rule table, in priority order for equally long matches.

import type { TimexRule } from './rule';
import { DURATION_RULES } from './rules-duration';
import { EXPLICIT_RULES } from './rules-explicit';
import { HOLIDAY_RULES } from './rules-holiday';
import { QUARTER_RULES } from './rules-quarter';
import { REFERENCE_RULES } from './rules-reference';
import { RELATIVE_RULES } from './rules-relative';
import { SPOKEN_YEAR_RULES } from './rules-spoken-year';
import { TIME_RULES } from './rules-time';

export const TIMEX_RULES: readonly TimexRule[] = [
  ...TIME_RULES,
  ...EXPLICIT_RULES,
  ...QUARTER_RULES,
  ...HOLIDAY_RULES,
  ...SPOKEN_YEAR_RULES,
  ...RELATIVE_RULES,
  ...REFERENCE_RULES,
  ...DURATION_RULES,
];
