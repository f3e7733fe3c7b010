// Chooses the date of each trigger: the timex of its sentence that governs it (nearest, same clause preferred),
// else a date mentioned just before in the article that no other event took, else the publication date.
// Timexes that date a reporting act ("said Thursday", "Asked Thursday") never date an event, nor do superseded dates
// ("originally planned for May", "initially scheduled for June"): the event was moved away from them.

import type { DatePrecision } from '../../model/event';
import type { Timex } from '../../model/timex';
import { timexSpan } from '../timex';
import { rangeLastYear } from '../timex/rules-explicit';
import type { TriggerMatch } from './find-triggers';
import { clauseMarksOf, nearestTriggerIndex } from './governing-trigger';
import { firstIndexAtOrAfter } from '../text/sorted-search';

export interface DatedTimex {
  timex: Timex;
  start: string;
  end: string;
  precision: DatePrecision;
  /** The timex dates a reporting verb, not an event. */
  reporting: boolean;
}

const REPORTING_BEFORE =
  /\b(?:said|says|say|saying|told|tells|telling|reported|reports|announced|added|asked|stated|confirmed|wrote|tweeted|posted|declared|explained|noted|insisted|disclosed|revealed)\s+(?:on\s+|late\s+|early\s+)?$/i;
/** A date the event was moved away from. */
const SUPERSEDED_BEFORE =
  /\b(?:originally|initially|previously|first)\s+(?:planned|scheduled|slated|set|due|expected)\s+(?:to\s+(?:be\s+held|take\s+place|open|start)\s+)?(?:for|in|on)\s+(?:early\s+|late\s+|mid-?)?$/i;
const CLAUSE_MARK = /[,;:“”"]|\b(?:which|who|when|while|but|and said|after|before)\b/gi;

/** "TOKYO, March 18 (Reuters) -": a dateline dates the report; like a reporting date it is context, never an event's own date. */
const DATELINE_AFTER = /^\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]/;

function isDateline(text: string, timex: Timex): boolean {
  // The line start, looked for only as far back as it may lie (a search to the text start is quadratic on one long line).
  const from = Math.max(0, timex.start - 41);
  const lineStart = from + text.slice(from, timex.start).lastIndexOf('\n') + 1;
  return (lineStart > from || from === 0) && timex.start - lineStart <= 40 && DATELINE_AFTER.test(text.slice(timex.end, timex.end + 40));
}

/** "2014-16", "1998–2001": a year range's timex is valued at its first year; an event it dates spans to the last. */
function yearRangeEnd(timex: Timex): string | null {
  if (timex.ruleId !== 'explicit.year-range') return null;
  const m = /(\d{4})\s*[-–—]\s*(\d{4}|\d{2})\b/.exec(timex.text);
  if (!m) return null;
  const first = Number(m[1]);
  const last = rangeLastYear(first, m[2]!);
  return last > first ? `${String(last).padStart(4, '0')}-12-31` : null;
}

/** DATE/TIME timexes with a calendar span, flagged when they date a reporting verb. */
export function datedTimexes(text: string, timexes: readonly Timex[]): DatedTimex[] {
  const out: DatedTimex[] = [];
  for (const timex of timexes) {
    if (timex.type !== 'DATE' && timex.type !== 'TIME') continue;
    const span = timexSpan(timex.value);
    if (!span || span.precision === 'century') continue; // too coarse to place an event
    if (SUPERSEDED_BEFORE.test(text.slice(Math.max(0, timex.start - 60), timex.start))) continue;
    const reporting = REPORTING_BEFORE.test(text.slice(Math.max(0, timex.start - 30), timex.start)) || isDateline(text, timex);
    out.push({ timex, start: span.start, end: yearRangeEnd(timex) ?? span.end, precision: span.precision, reporting });
  }
  return out;
}

/** Maps each trigger (by index) to the timex that governs it; a timex governs one trigger, and a clause coordinated after it. */
export function assignTimexes(text: string, triggers: readonly TriggerMatch[], timexes: readonly DatedTimex[]): Map<number, DatedTimex> {
  const assigned = new Map<number, DatedTimex>();
  // The nearest trigger of the timex's sentence by distance(): characters between, +10 when the timex comes first,
  // +60 per clause mark between (governing-trigger.ts finds it without comparing every timex with every trigger).
  const ctx = { text, marks: clauseMarksOf(text, CLAUSE_MARK), pattern: CLAUSE_MARK };
  for (const dated of timexes) {
    if (dated.reporting) continue;
    const best = nearestTriggerIndex(ctx, triggers, dated.timex);
    if (best >= 0 && !assigned.has(best)) assigned.set(best, dated);
  }
  shareWithCoordinatedClause(text, triggers, assigned);
  return assigned;
}

/** ", and the two governments signed": a coordinated clause of a few plain words, then the next trigger. */
const COORDINATED_BETWEEN =
  /^\s*,?\s+and\s+(?:(?!(?:which|who|when|while|but|after|before|said|says|will|would|could|may|might|plans?|expects?|expected|hopes?|wants?|to)\b)[\p{L}\d'’-]+\s+){0,5}$/iu;
/** The coordinated trigger starts with a past-tense verb: it reports something done then, not planned or said. */
const PAST_TENSE_START =
  /^(?:[a-z]+ed|met|held|signed|began|took|struck|hit|fought|sought|won|led|made|went|flew|drove|came|gave|saw|shot)\b/i;

/**
 * "Scholz met Kishida in Tokyo on Monday, and the two governments signed an agreement": the date that closes the first
 * clause also dates a past-tense event coordinated right after it, when nothing else dates that event.
 */
function shareWithCoordinatedClause(text: string, triggers: readonly TriggerMatch[], assigned: Map<number, DatedTimex>): void {
  for (const [index, dated] of [...assigned]) {
    const trigger = triggers[index]!;
    const next = triggers[index + 1];
    if (!next || assigned.has(index + 1) || next.sentence !== trigger.sentence) continue;
    if (dated.timex.start < trigger.end || dated.timex.end > next.start) continue;
    if (COORDINATED_BETWEEN.test(text.slice(dated.timex.end, next.start)) && PAST_TENSE_START.test(next.text))
      assigned.set(index + 1, dated);
  }
}

/**
 * The date "just mentioned" before `offset`, that no event took: a reporting date of the same sentence ("said on
 * Tuesday that ... had visited"), or the last date of the window before the sentence (from `windowStart`).
 */
export function contextTimex(
  timexes: readonly DatedTimex[],
  taken: ReadonlySet<DatedTimex>,
  offset: number,
  windowStart: number,
  sentenceStart: number,
): DatedTimex | undefined {
  let found: DatedTimex | undefined;
  // Timexes are sorted and do not overlap: those starting before the window are skipped by binary search (the
  // loop below would skip them one by one, or stop at the one before them if it ended after `offset`).
  const first = firstIndexAtOrAfter(timexes, windowStart, (d) => d.timex.start);
  if (first > 0 && timexes[first - 1]!.timex.end > offset) return undefined;
  for (let k = first; k < timexes.length; k++) {
    const dated = timexes[k]!;
    if (dated.timex.end > offset) break;
    if (taken.has(dated) || dated.timex.start < windowStart) continue;
    if (dated.timex.start < sentenceStart || dated.reporting) found = dated;
  }
  return found;
}

/** Names of dates that recur every year: months (and their days), seasons. */
const YEARLY_RECURRING =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter)\b/i;

/**
 * Safety net for a planned event whose year-less date the tagger still resolved into the past because its clause
 * carries no tense marker ("Biden plans a visit to Kyiv in June", "the upcoming visit ... in June was announced"):
 * the next occurrence is meant, so the year moves forward by one. ("accepted an invitation to visit Germany in June"
 * is resolved forward by the tagger itself.) A weekday resolved into the past stays: "travelled to Washington to meet
 * Biden on Wednesday" is last Wednesday, not a day a year later (which is no Wednesday).
 */
export function reanchorForPlannedEvent(dated: DatedTimex, published: string | null): DatedTimex {
  if (!published || dated.end >= published || /\d{4}|\b(?:last|ago|previous|past)\b/i.test(dated.timex.text)) return dated;
  // Only a month or season recurs a year later; a weekday or "yesterday" a year on is another day.
  if (!YEARLY_RECURRING.test(dated.timex.text)) return dated;
  const m = /^(\d{4})(-.*)?$/.exec(dated.timex.value);
  if (!m) return dated;
  const value = `${Number(m[1]) + 1}${m[2] ?? ''}`;
  const span = timexSpan(value);
  if (!span || span.start < published.slice(0, span.start.length)) return dated;
  return { ...dated, timex: { ...dated.timex, value }, start: span.start, end: span.end, precision: span.precision };
}
