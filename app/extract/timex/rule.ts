// The shape of one tagging rule and the context rules resolve their values in.

import type { TimexType } from '../../model/timex';
import type { CalendarDate } from './calendar';
import type { Tense } from './tense';

/** What the engine knows when it turns a matched expression into a TIMEX3 value. */
export interface ResolveContext {
  /** Document creation (publication) date, or null when unknown. */
  dct: CalendarDate | null;
  /** Value of the most recent DATE/TIME expression before this one (for "a year earlier", "that day"). */
  previous: string | null;
  /** Most recent quarter value mentioned, for "the quarter", "a year ago" in earnings reports. */
  previousQuarter: string | null;
  /** Type of the expression just before this one: after a DURATION ("the nine months") the period talked about is not a quarter. */
  previousType: TimexType | null;
  /** Tense of the clause around the expression, computed on demand. */
  tense(): Tense;
}

export interface Resolution {
  value: string;
  type?: TimexType; // overrides the rule's type (e.g. a weekday with a time becomes TIME)
  quant?: string;
  freq?: string;
  /** A time of day whose own words name no day: its day was taken from the context (engine.ts may move it). */
  dayFromContext?: true;
}

/** A data-like recognition rule: a regex, the type it yields, a resolver and a worked example. */
export interface TimexRule {
  id: string;
  type: TimexType;
  /** Case-insensitive, global regex; named groups are read by `resolve`. */
  pattern: RegExp;
  /** A phrase containing an expression this rule must recognise (the unit tests iterate over these)... */
  example: string;
  /** ...and the value it must give it with the DCT 2023-09-21 (a Thursday), in a past-tense sentence. */
  exampleValue: string;
  /** Set on rules naming a fiscal/calendar quarter that later "the quarter", "a year ago" refer to. */
  namesReportingQuarter?: boolean;
  /** Optional veto on a match from its surroundings (ambiguous words such as "May", "fall"). */
  accept?(match: RegExpExecArray, text: string): boolean;
  /** The value, or null when the expression cannot be normalised (no DCT, impossible date). */
  resolve(match: RegExpExecArray, context: ResolveContext): Resolution | null;
}

/** The named group `name` of a match, or '' when it did not take part. */
export function group(match: RegExpExecArray, name: string): string {
  return match.groups?.[name] ?? '';
}

/**
 * Builds a case-insensitive global regex bounded by word edges on both sides. Whitespace in the
 * source never matches a line break: a headline and the date line under it are separate expressions.
 */
export function wordPattern(source: string): RegExp {
  const singleLine = source.replaceAll('\\s', '[^\\S\\n]');
  return new RegExp(`(?<![\\w$£€#.-])(?:${singleLine})(?![\\w]|-\\d)`, 'gi');
}

/** True when the `month` group of a match starts with a capital letter ("May 5", not "may 5"). */
export function monthCapitalised(match: RegExpExecArray): boolean {
  const month = group(match, 'month');
  return month === '' || /^[A-Z]/.test(month);
}
