// Names that only describe another argument of the event, so they are no party, destination or place of it
// (TempEval-3 TimeBank, a development part):
// - a state right after a person and "of" says whom the person represents: "King Hussein of Jordan arrived in
//   Washington" is no visit to Jordan;
// - a person after a noun for someone's staff and "to" / "for" is whom the staff serve: "Two top aides to Netanyahu
//   ... left for Europe" is no journey of Netanyahu.

import type { EntityMention } from '../entities/types';

const OF_BETWEEN = /^\s+of\s+(?:the\s+)?$/;
/** Nouns for people who act for someone else, before "to" / "for" and that someone. */
const STAFF_BEFORE =
  /\b(?:aides?|advis[eo]rs?|assistants?|deputies|deputy|envoys?|emissar(?:y|ies)|representatives?|spokes(?:man|men|woman|women|person|people)|secretar(?:y|ies)|lawyers?|attorneys?|bodyguards?|staff(?:ers)?)\s+(?:to|for)\s+(?:the\s+)?$/i;

/** Whether `e` is a state that describes the person named just before it ("<person> of <state>"). */
export function isCountryOfPerson(e: EntityMention, entities: readonly EntityMention[], text: string): boolean {
  if (e.kind !== 'country') return false;
  return entities.some(
    (p) => p.kind === 'person' && p.end <= e.start && e.start - p.end <= 9 && OF_BETWEEN.test(text.slice(p.end, e.start)),
  );
}

/** Whether `e` is the person that staff named just before it serve ("aides to Netanyahu", "a lawyer for Currie"). */
export function isPrincipalOfStaff(e: EntityMention, text: string): boolean {
  return e.kind === 'person' && STAFF_BEFORE.test(text.slice(Math.max(0, e.start - 40), e.start));
}

/** Whether `e` only describes another argument (isCountryOfPerson, isPrincipalOfStaff). */
export function isDescriptiveName(e: EntityMention, entities: readonly EntityMention[], text: string): boolean {
  return isCountryOfPerson(e, entities, text) || isPrincipalOfStaff(e, text);
}
