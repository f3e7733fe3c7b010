// Finds, for one timex, the trigger of its sentence it is nearest to under dates.ts's distance (characters between
// them, +10 when the date comes first, +60 per clause mark between). Measured: comparing every timex with every
// trigger and counting clause marks on the text between them took minutes on a few hundred KB of date-dense or
// unpunctuated text. Here the sentence's triggers are found by binary search, the search walks outwards from the
// timex and stops once the distance can no longer beat the best (it only grows with the gap), and clause marks are
// counted from one pass over the text. Same choice as the full scan: the smallest distance, then the lowest index.

import type { Timex } from '../../model/timex';
import { firstIndexAtOrAfter } from '../text/sorted-search';
import type { TriggerMatch } from './find-triggers';

/** Clause marks of the whole text, in order: start and end offsets of each match. */
export interface ClauseMarks {
  starts: number[];
  ends: number[];
}

export function clauseMarksOf(text: string, pattern: RegExp): ClauseMarks {
  const starts: number[] = [];
  const ends: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

const WORD_CHAR = /[A-Za-z0-9_]/;

/** `from` lies inside a word: a regex \b sees the slice's edge where the whole text has none. */
function insideWord(text: string, at: number): boolean {
  return at > 0 && at < text.length && WORD_CHAR.test(text[at - 1]!) && WORD_CHAR.test(text[at]!);
}

function firstAtOrAfter(sorted: readonly number[], at: number): number {
  return firstIndexAtOrAfter(sorted, at, (x) => x);
}

/** Clause marks of the whole text lying within [from, to): a lower bound of the count on the slice, and equal to it
 * when neither end is inside a word (the only place where a slice's matches can differ from the whole text's). */
function containedMarks(marks: ClauseMarks, from: number, to: number): number {
  return Math.max(0, firstAtOrAfter(marks.ends, to + 1) - firstAtOrAfter(marks.starts, from));
}

export interface DistanceContext {
  text: string;
  marks: ClauseMarks;
  pattern: RegExp;
}

/** The distance between [from, to) (the text between trigger and timex) as dates.ts defines it, and a lower bound. */
function gapDistance(ctx: DistanceContext, from: number, to: number, before: number): { bound: number; exact: () => number } {
  const contained = containedMarks(ctx.marks, from, to);
  const bound = to - from + before + 60 * contained;
  const exact = (): number => {
    if (!insideWord(ctx.text, from) && !insideWord(ctx.text, to)) return bound;
    return to - from + before + 60 * (ctx.text.slice(from, to).match(ctx.pattern)?.length ?? 0);
  };
  return { bound, exact };
}

/** Index of the trigger (of the timex's own sentence, not overlapping it) nearest to the timex, or -1. */
export function nearestTriggerIndex(ctx: DistanceContext, triggers: readonly TriggerMatch[], timex: Timex): number {
  const lo = firstIndexAtOrAfter(triggers, timex.end, (t) => t.sentence.end);
  const sentence = triggers[lo]?.sentence;
  if (!sentence || sentence.start > timex.start) return -1;
  const hi = firstIndexAtOrAfter(triggers, sentence.end, (t) => t.sentence.start); // later sentences start after its end
  const inSentence = (at: number, key: (t: TriggerMatch) => number): number => {
    let [a, b] = [lo, hi];
    while (a < b) {
      const mid = (a + b) >> 1;
      if (key(triggers[mid]!) < at) a = mid + 1;
      else b = mid;
    }
    return a;
  };
  let best = -1;
  let bestDistance = Infinity;
  const consider = (index: number, d: number): void => {
    if (d < bestDistance || (d === bestDistance && index < best)) {
      best = index;
      bestDistance = d;
    }
  };
  // Triggers after the timex, nearest first.
  for (let k = inSentence(timex.end, (t) => t.start); k < hi; k++) {
    const { bound, exact } = gapDistance(ctx, timex.end, triggers[k]!.start, 10);
    if (bound > bestDistance || (bound === bestDistance && k > best)) break;
    consider(k, exact());
  }
  // Triggers before the timex, nearest first (their ends ascend: triggers of a sentence do not overlap).
  for (let k = inSentence(timex.start + 1, (t) => t.end) - 1; k >= lo; k--) {
    const { bound, exact } = gapDistance(ctx, triggers[k]!.end, timex.start, 0);
    if (bound > bestDistance) break;
    consider(k, exact());
  }
  return best;
}
