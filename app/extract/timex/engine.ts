// The tagging pipeline: run every rule's regex over the text, keep the longest non-overlapping
// matches, then resolve their values left to right so each one can refer to the one before it.

import type { Timex, TimexType } from '../../model/timex';
import { lastCompletedQuarter } from './anchor';
import { shareRangeYears } from './refine-ranges';
import { parseIsoDate, type CalendarDate } from './calendar';
import { parseDateValue } from './normalise';
import type { ResolveContext, TimexRule } from './rule';
import { clauseTense, type Tense } from './tense';

interface Candidate {
  start: number;
  end: number;
  order: number; // rule index: earlier rules win ties
  rule: TimexRule;
  match: RegExpExecArray;
}

function collectCandidates(text: string, rules: readonly TimexRule[]): Candidate[] {
  const candidates: Candidate[] = [];
  rules.forEach((rule, order) => {
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (rule.accept && !rule.accept(match, text)) continue;
      candidates.push({ start: match.index, end: match.index + match[0].length, order, rule, match });
    }
  });
  return candidates;
}

/** Longest match first, then leftmost, then the earlier rule; overlapping shorter matches are dropped. */
function selectNonOverlapping(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const chosen: Candidate[] = [];
  // Characters taken by a chosen match: an overlap test reads the candidate's own span, not every match chosen so far.
  const taken = new Uint8Array(candidates.reduce((max, c) => Math.max(max, c.end), 0));
  for (const candidate of ranked) {
    if (taken.subarray(candidate.start, candidate.end).includes(1)) continue;
    taken.fill(1, candidate.start, candidate.end);
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** True for values that can anchor a later relative expression ("2023-09-21", "1989-Q3", "1998"). */
function isAnchorValue(value: string): boolean {
  return parseDateValue(value.replace(/T.*$/, '')) !== null;
}

/** A quarter that has ended by the DCT: one results can be reported for (not "the third quarter of next year"). */
function isReportedQuarter(value: string, dct: CalendarDate | null): boolean {
  return /^\d{4}-Q[1-4]$/.test(value) && (dct === null || value <= lastCompletedQuarter(dct));
}

export function tagText(text: string, dctValue: string | null, rules: readonly TimexRule[]): Timex[] {
  const dct: CalendarDate | null = parseIsoDate(dctValue);
  const selected = selectNonOverlapping(collectCandidates(text, rules));
  const timexes: Timex[] = [];
  const dayless = new Set<Timex>(); // times of day whose day came from the context, not from their own words
  let previous: string | null = null;
  let previousQuarter: string | null = null;
  let previousType: TimexType | null = null;
  for (const candidate of selected) {
    let tense: Tense | null = null;
    const context: ResolveContext = {
      dct,
      previous,
      previousQuarter,
      previousType,
      tense: () => (tense ??= clauseTense(text, candidate.start, candidate.end)),
    };
    const resolution = candidate.rule.resolve(candidate.match, context);
    if (!resolution) continue;
    const type = resolution.type ?? candidate.rule.type;
    const timex: Timex = {
      start: candidate.start,
      end: candidate.end,
      text: candidate.match[0],
      type,
      value: resolution.value,
      ...(resolution.quant ? { quant: resolution.quant } : {}),
      ...(resolution.freq ? { freq: resolution.freq } : {}),
      ruleId: candidate.rule.id,
    };
    timexes.push(timex);
    if (resolution.dayFromContext) dayless.add(timex);
    previousType = type;
    if ((type === 'DATE' || type === 'TIME') && isAnchorValue(resolution.value)) {
      previous = resolution.value;
      if (candidate.rule.namesReportingQuarter && isReportedQuarter(resolution.value, dct)) previousQuarter = resolution.value;
    }
  }
  return shareRangeYears(text, dayOfLaterDate(text, timexes, dayless));
}

/** Between a time of day and the date of its clause: no line break, no "!?;", and no full stop after a word ("D.C." may stand). */
const SAME_CLAUSE_GAP = /^(?:(?![!?;\n])(?!\p{Ll}{2,}\.\s).){1,60}$/su;

/**
 * "will meet at 3 p.m. in Washington, D.C. on Friday": a time of day whose own words name no day takes the day of the
 * date that follows it in the same clause, not the previous date of the text.
 */
function dayOfLaterDate(text: string, timexes: Timex[], dayless: ReadonlySet<Timex>): Timex[] {
  if (dayless.size === 0) return timexes;
  return timexes.map((timex, i) => {
    const next = timexes[i + 1];
    if (!dayless.has(timex) || !next || !/^\d{4}-\d{2}-\d{2}$/.test(next.value)) return timex;
    const gap = text.slice(timex.end, next.start);
    // "at 3 p.m. The talks end on Friday": the full stop of "p.m." may end the sentence too.
    if (!SAME_CLAUSE_GAP.test(gap) || (timex.text.endsWith('.') && /^\s+\p{Lu}/u.test(gap))) return timex;
    const clock = /T.+$/.exec(timex.value)?.[0];
    return clock ? { ...timex, value: next.value + clock } : timex;
  });
}
