// Regex fragments shared by several rule files (modifiers, years, day numbers), as plain strings.

import { MONTH_RE } from './lexicon';

/** "early", "mid-", "late", "the end of", ... before a date: part of the expression, not of its value. */
export const POSITION_PREFIX =
  '(?:(?:the\\s+)?(?:very\\s+)?(?:early|mid|middle|late|end|beginning|start)(?:\\s*-\\s*|\\s+)(?:of\\s+)?|(?:the\\s+)?(?:end|beginning|start|middle|first\\s+days?|last\\s+days?)\\s+of\\s+)?';
/** Hedges before a quantity: "almost four years ago", "more than a decade". */
export const HEDGE =
  '(?:(?:about|around|almost|nearly|roughly|some|approximately|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|barely|a\\s+little\\s+(?:more|less)\\s+than|well\\s+over)\\s+)?';
/** A four-digit year 1000-2099. */
export const YEAR = '(?<year>1\\d{3}|20\\d{2})';
/** Day of the month, 1-31, with an optional ordinal suffix. */
export const DAY = '(?<day>[0-3]?\\d)(?:st|nd|rd|th)?';
export const MONTH = `(?<month>${MONTH_RE})`;
/** An optional leading weekday: "Thursday, " / "Thu. ". */
export const WEEKDAY_LEAD =
  '(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\\.?,?\\s+)?';
