// Dates an event placed by a duration from "now": "The talks come two years after Russia invaded Ukraine",
// "Friday marks six months since the earthquake", "It has been a year since the coup". The offset is counted back
// (after, since) or forward (before, ahead of) from the publication date, at the precision of the duration's unit
// (P2Y → a year, P6M → a month). Only a present-tense main clause counts as "now": in "Police arrested him three
// days after the bombing" the arrest, not the publication, is the reference, and its date is unknown.

import type { Timex } from '../../model/timex';
import { timexSpan } from '../timex';
import { parseIsoDate } from '../timex/calendar';
import { formatAt, shiftDate, unitGranularity } from '../timex/normalise';
import type { DatedTimex } from './dates';
import type { TriggerMatch } from './find-triggers';
import { firstIndexAtOrAfter } from '../text/sorted-search';

export interface DurationOffsetRule {
  id: string;
  /** Text between the duration and the event's trigger: the relation word and at most a few words of the event's clause. */
  relation: RegExp;
  direction: -1 | 1;
  example: string;
}

export const DURATION_OFFSET_RULES: readonly DurationOffsetRule[] = [
  {
    id: 'offset-after',
    relation: /^\s+(?:after|since)\s+(?:[\p{L}\d'’.-]+\s+){0,4}$/u,
    direction: -1,
    example: 'The talks come two years after Russia invaded Ukraine.',
  },
  {
    id: 'offset-before',
    relation: /^\s+(?:before|ahead\s+of)\s+(?:[\p{L}\d'’.-]+\s+){0,4}$/u,
    direction: 1,
    example: 'The vote comes two weeks before the summit in Brussels.',
  },
];

/** A present-tense main clause just before the duration: the offset is counted from the time of writing. */
const PRESENT_MAIN_CLAUSE_BEFORE =
  /\b(?:comes?|marks?|falls?|is|are|has\s+been|have\s+been|it['’]s\s+been|now)\s+(?:(?:nearly|almost|exactly|about|roughly|more\s+than|less\s+than|just|some|over)\s+)?$/i;

/** The value `amount` units (Y, M, W or D) back or forward from the publication date, at that unit's granularity. */
function offsetValue(published: string, amount: number, unit: string, direction: -1 | 1): string | null {
  const day = parseIsoDate(published);
  return day ? formatAt(shiftDate(day, unit, amount * direction), unitGranularity(unit)) : null;
}

/** Dates that present-tense duration offsets give to triggers, by trigger index. */
export function durationOffsetDates(
  text: string,
  triggers: readonly TriggerMatch[],
  timexes: readonly Timex[],
  published: string | null,
): Map<number, DatedTimex> {
  const found = new Map<number, DatedTimex>();
  if (!published) return found;
  for (const timex of timexes) {
    const duration = timex.type === 'DURATION' ? /^P(\d+)([YMWD])$/.exec(timex.value) : null;
    if (!duration) continue;
    // The first trigger starting within 80 characters after the duration, in its sentence (triggers are sorted by start).
    const inReach = (t: TriggerMatch | undefined): t is TriggerMatch => t !== undefined && t.start - timex.end <= 80;
    let index = firstIndexAtOrAfter(triggers, timex.end, (t) => t.start);
    while (
      inReach(triggers[index]) &&
      !(triggers[index]!.sentence.start <= timex.start && triggers[index]!.sentence.end >= triggers[index]!.end)
    )
      index++;
    const trigger = triggers[index];
    if (!inReach(trigger)) continue;
    const rule = DURATION_OFFSET_RULES.find((r) => r.relation.test(text.slice(timex.end, trigger.start)));
    if (!rule) continue;
    const before = text.slice(Math.max(trigger.sentence.start, timex.start - 40), timex.start);
    if (!PRESENT_MAIN_CLAUSE_BEFORE.test(before)) continue;
    const value = offsetValue(published, Number(duration[1]), duration[2]!, rule.direction);
    const span = value ? timexSpan(value) : null;
    if (!value || !span) continue;
    found.set(index, {
      timex: { ...timex, type: 'DATE', value, ruleId: `${timex.ruleId}+${rule.id}` },
      start: span.start,
      end: span.end,
      precision: span.precision,
      reporting: false,
    });
  }
  return found;
}
