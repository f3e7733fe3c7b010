// The clause of a trigger on each side, for argument attachment (arguments.ts): hard boundaries (clause marks,
// subordinators, reporting verbs) on both sides, a finite verb, a comma or a new verb phrase after the trigger, and for
// conflicts the comma of a result clause is crossed and "and its <noun>" ends the object. Boundaries are computed once
// per sentence and searched by binary search, so long sentences stay linear.

import type { EntityMention } from '../entities/types';
import { newVerbPhraseStarts } from '../syntax/new-verb-phrase';
import { firstIndexAtOrAfter } from '../text/sorted-search';
import { RESULT_CLAUSE_AFTER, withoutNameQuotes } from './conflict-clause';
import type { TriggerMatch } from './find-triggers';
import { withoutNameParentheses } from './name-parentheses';

/** Words and marks that end the clause of a trigger. Commas are soft: crossed once on the left when nothing was found. */
const HARD_BOUNDARY = new RegExp(
  '[;:“”"()—]|\\b(?:which|who|whom|that|while|whereas|but|after|before|when|because|although|though|since|' +
    'until|unless|if|whether|said|says|told|according|amid|despite|as|where|how|during)\\b',
  'giu',
);
/** After the trigger, a finite verb ends the trigger's noun phrase ("the strikes were a response to ..."). */
const RIGHT_ONLY_BOUNDARY =
  /\b(?:was|were|is|are|has|have|had|will|would|could|should|may|might|did|does|followed|prompted|came|comes)\b/giu;
const SOFT_BOUNDARY = /,/g;
/**
 * "Iraq's invasion of oil-wealthy Kuwait and its subsequent military buildup on the border of Saudi Arabia" (TimeBank
 * AP900816-0139): after "and its" the names belong to another noun's phrase, not to the conflict's object.
 */
const POSSESSIVE_COORDINATION = /\b(?:and|or)\s+(?:its|their|his|her)\s+(?=\p{Ll})/giu;

interface Boundary {
  start: number; // sentence-local offsets of the boundary match
  end: number;
}

/** Boundary matches of one sentence per pattern, computed once per sentence (articles can have very long ones). */
const boundaryCache = new WeakMap<TriggerMatch['sentence'], SentenceBoundaries>();

interface SentenceBoundaries {
  hard: Boundary[];
  rightOnly: Boundary[];
  soft: Boundary[];
  /** The commas that do not open a result clause (RESULT_CLAUSE_AFTER): the right edge of a conflict trigger. */
  softBeforeNoResult: Boundary[];
  /** Where a coordinated or purpose verb phrase starts ("and discussed", "to discuss"): the right edge of a trigger. */
  newVerbPhrase: Boundary[];
  /** "and its", "or their" before a noun: a second noun phrase with a head of its own, the right edge of a conflict. */
  possessiveCoordination: Boundary[];
}

function matchesOf(pattern: RegExp, text: string): Boundary[] {
  const out: Boundary[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function boundariesOf(sentence: TriggerMatch['sentence']): SentenceBoundaries {
  let cached = boundaryCache.get(sentence);
  if (!cached) {
    const soft = matchesOf(SOFT_BOUNDARY, sentence.text);
    cached = {
      hard: withoutNameParentheses(withoutNameQuotes(matchesOf(HARD_BOUNDARY, sentence.text), sentence.text), sentence.text),
      rightOnly: matchesOf(RIGHT_ONLY_BOUNDARY, sentence.text),
      soft,
      softBeforeNoResult: soft.filter((b) => !RESULT_CLAUSE_AFTER.test(sentence.text.slice(b.end, b.end + 16))),
      newVerbPhrase: newVerbPhraseStarts(sentence).map((at) => ({ start: at, end: at })),
      possessiveCoordination: matchesOf(POSSESSIVE_COORDINATION, sentence.text),
    };
    boundaryCache.set(sentence, cached);
  }
  return cached;
}

/** Start of the first boundary at or after `local` (binary search), or the text length. */
function firstBoundaryAfter(boundaries: readonly Boundary[], local: number, textLength: number): number {
  return boundaries[firstIndexAtOrAfter(boundaries, local, (b) => b.start)]?.start ?? textLength;
}

/** End of the last boundary that ends at or before `local` (binary search), or 0. */
function lastBoundaryBefore(boundaries: readonly Boundary[], local: number): number {
  // Boundaries ending at or before `local` are those whose end is below local + 1 (offsets are integers).
  const count = firstIndexAtOrAfter(boundaries, local + 1, (b) => b.end);
  return count > 0 ? boundaries[count - 1]!.end : 0;
}

/** Longest clause side read, in characters: arguments lie close to their trigger, and run-on text stays linear. */
export const MAX_SIDE_CHARS = 250;

/** Article offset where the trigger's clause ends on one side. */
function clauseEdge(trigger: TriggerMatch, direction: 'left' | 'right', crossComma: boolean, nextTriggerStart: number): number {
  const { text, start } = trigger.sentence;
  const { hard, rightOnly, soft, softBeforeNoResult, newVerbPhrase, possessiveCoordination } = boundariesOf(trigger.sentence);
  if (direction === 'left') {
    const local = trigger.start - start;
    const edge = lastBoundaryBefore(hard, local);
    return start + Math.max(local - MAX_SIDE_CHARS, crossComma ? edge : Math.max(edge, lastBoundaryBefore(soft, local)));
  }
  const local = trigger.end - start;
  const conflict = trigger.type === 'attack' || trigger.type === 'invasion';
  const ends = [hard, rightOnly, conflict ? softBeforeNoResult : soft, newVerbPhrase, ...(conflict ? [possessiveCoordination] : [])];
  const edge = Math.min(local + MAX_SIDE_CHARS, ...ends.map((b) => firstBoundaryAfter(b, local, text.length)));
  return Math.min(start + edge, nextTriggerStart);
}

/** Entities of the clause on one side of the trigger; on the left a comma is crossed when the nearer part holds none. */
export function sideEntities(
  trigger: TriggerMatch,
  entities: readonly EntityMention[],
  direction: 'left' | 'right',
  nextTriggerStart: number,
): EntityMention[] {
  // No name on this side at all: no clause edge to compute (it tags the sentence).
  if (!entities.some((e) => (direction === 'left' ? e.end <= trigger.start : e.start >= trigger.end))) return [];
  for (const crossComma of direction === 'left' ? [false, true] : [false]) {
    const edge = clauseEdge(trigger, direction, crossComma, nextTriggerStart);
    const found = entities.filter((e) =>
      direction === 'left' ? e.start >= edge && e.end <= trigger.start : e.start >= trigger.end && e.end <= edge,
    );
    if (found.length > 0) return found;
  }
  return [];
}
