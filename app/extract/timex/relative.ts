// Helpers shared by the relative rules: resolving weekdays, deictic units ("last week") and
// shifts ("two years ago") against the publication date or the previously mentioned date.

import { anchorWeekday } from './anchor';
import { addDays, formatDay, formatWeek, isoWeekday, type CalendarDate } from './calendar';
import { DAY_PARTS, UNITS, unitKey } from './lexicon';
import { formatAt, parseDateValue, shiftDate, shiftValue, unitGranularity, type Granularity } from './normalise';
import type { ResolveContext } from './rule';
import type { Tense } from './tense';

/** Direction word → step: "last"/"past"/"previous" = -1, "this"/"current" = 0, "next"/"coming" = +1. */
export function directionStep(word: string): number {
  const w = word.toLowerCase();
  if (/^(?:last|past|previous|preceding|prior)$/.test(w)) return -1;
  if (/^(?:next|coming|following|upcoming)$/.test(w)) return 1;
  return 0;
}

/** Value of "this/last/next <unit>" seen from `date` ("last week" → "2023-W37"). */
export function deicticUnitValue(date: CalendarDate, unitWord: string, step: number): string | null {
  const unit = UNITS[unitKey(unitWord)];
  if (!unit) return null;
  const shifted = shiftDate(date, unit, step);
  if (unit === 'WE') return `${formatWeek(shifted)}-WE`;
  return formatAt(shifted, unitGranularity(unit));
}

/** A weekday resolved from the DCT: "last" forces the past, "next" the future, otherwise the clause tense. */
export function weekdayValue(dct: CalendarDate, weekday: number, modifier: string, tense: Tense): string {
  const step = directionStep(modifier);
  const direction: Tense = step < 0 ? 'past' : step > 0 ? 'future' : tense;
  let date = anchorWeekday(dct, weekday, direction);
  if (step !== 0 && date.year === dct.year && date.month === dct.month && date.day === dct.day) {
    date = addDays(dct, 7 * step); // "last Thursday" said on a Thursday is a week ago
  }
  return formatDay(date);
}

/** Appends a part of day ("morning" → "TMO") to a day value, or returns it unchanged. */
export function withDayPart(dayValue: string, part: string): string {
  const code = DAY_PARTS[part.toLowerCase()];
  return code ? `${dayValue}T${code}` : dayValue;
}

/**
 * "N units ago / earlier / later": shifts the DCT ("ago", "from now") or the previously mentioned
 * date ("earlier", "later", "before", "after"). With `keepReferenceGrain`, a year-shift keeps the quarter
 * or month of the reference when the text is talking in quarters or months ("a year ago" after "the
 * third quarter"); without it the result has the unit's own granularity ("the year after" → a year).
 */
export function shiftedValue(
  context: ResolveContext,
  unitWord: string,
  count: number,
  directionWord: string,
  keepReferenceGrain = true,
): string | null {
  const unit = UNITS[unitKey(unitWord)];
  if (!unit || !context.dct) return null;
  const backwards = /^(?:ago|earlier|before|previously|back)$/i.test(directionWord);
  const signed = backwards ? -count : count;
  const fromDct = /^(?:ago|from\s+now|hence|back)$/i.test(directionWord.replace(/\s+/g, ' '));
  // After a duration ("in the nine months, compared with 40% a year earlier") the shift is from the DCT.
  const reference = fromDct || context.previousType === 'DURATION' ? null : context.previous;
  const scale = unit === 'DE' ? 10 : unit === 'CE' ? 100 : 1;
  const shiftUnit = scale > 1 ? 'Y' : unit;
  if (keepReferenceGrain && unit === 'Y' && count === 1 && context.previousQuarter && context.previousType !== 'DURATION') {
    const quarterYear = Number(context.previousQuarter.slice(0, 4));
    if (!fromDct || quarterYear === context.dct.year) return shiftValue(context.previousQuarter, 'Y', signed);
  }
  if (reference) {
    const parsed = parseDateValue(reference.replace(/T.*$/, ''));
    const keepsOwnGrain = keepReferenceGrain && parsed && ['quarter', 'month', 'half', 'season'].includes(parsed.granularity);
    if (parsed && keepsOwnGrain && count !== 0 && coarserOrEqual(unitGranularity(shiftUnit), parsed.granularity)) {
      return shiftValue(reference.replace(/T.*$/, ''), shiftUnit, signed * scale);
    }
    // "the day before" after "1990": a year cannot anchor a day, so fall back to the DCT below.
    if (parsed && coarserOrEqual(unitGranularity(shiftUnit), parsed.granularity)) {
      return formatAt(shiftDate(parsed.date, shiftUnit, signed * scale), unitGranularity(shiftUnit));
    }
  }
  return formatAt(shiftDate(context.dct, shiftUnit, signed * scale), unitGranularity(shiftUnit));
}

const GRANULARITY_ORDER: readonly Granularity[] = ['day', 'week', 'month', 'quarter', 'season', 'half', 'year', 'decade', 'century'];

function coarserOrEqual(a: Granularity, b: Granularity): boolean {
  return GRANULARITY_ORDER.indexOf(a) >= GRANULARITY_ORDER.indexOf(b);
}

/** "the weekend": the last one begun by the DCT in past or present clauses, the next one in future clauses. */
export function weekendValue(dct: CalendarDate, tense: Tense): string {
  const toSaturday = 6 - isoWeekday(dct);
  const saturday =
    tense === 'future'
      ? addDays(dct, toSaturday >= 0 ? toSaturday : toSaturday + 7)
      : addDays(dct, toSaturday > 0 ? toSaturday - 7 : toSaturday);
  return `${formatWeek(saturday)}-WE`;
}
