// Completes the parties of a meeting or visit that names too few in its own clause with the nearest person of the
// sentence who stands in one of the two clause structures that make a person a party of a gathering named outside
// their own clause:
// - the gathering is in a sentence-initial scene phrase and the person is the subject right after it ("Speaking at a
//   meeting with Mr. Putin in Saint Petersburg, ..., Wang Yi said"; "After a two-hour meeting with King Hussein, Bush
//   said"), the phrase having no finite verb of its own ("While the visit was unrelated to Jaguar, GM Chairman Roger
//   Smith answered": TimeBank wsj_0745, Smith is no visitor);
// - the person is before the gathering with no clause boundary between ("Maduro said during a televised meeting with
//   generals"; "Kishida said he had accepted an invitation to visit Germany"), or is the antecedent of the relative
//   clause that holds it ("Iraq's Saddam, with whom the king met Monday"; "Ritter, who arrived Thursday with some 50
//   inspectors": TimeBank AP900815-0044, APW19980306.1001).
// A person in another clause is not: "A statement after a two-hour emergency meeting at Stormont Castle, said that Mr
// Whitelaw ... had considered" (WikiEvents dev: the meeting names no party), "Netanyahu's comments were in response
// to signals from Syria that it wants to renew the peace talks" (TimeBank APW19980301.0720).
// The person must still be no source of the report and not staying away.

import type { EntityMention } from '../entities/types';
import { reportsClauseWith, SCENE_OPENER } from '../syntax/clause';
import { tagSentence } from '../syntax/tagger';
import { ABSENCE_BETWEEN, INVITER_AFTER } from './arguments';
import { MAX_SIDE_CHARS } from './clause-sides';
import type { TriggerMatch } from './find-triggers';

/** Between a person and a later gathering: a mark or word that opens another clause. */
const CLAUSE_BOUNDARY_BETWEEN = new RegExp(
  '[;:()—“”"]|\\b(?:which|who|whom|that|while|but|because|although|though|unless|if|whether|where)\\b',
  'i',
);
/** Between the antecedent of a relative clause and a gathering the clause holds: ", with whom the king", ", who". */
const RELATIVE_CLAUSE_BETWEEN = /^\s*,\s*(?:(?:with|to|by|for)\s+)?(?:who|whom|which)\b[^;:()—“”",]*$/i;
/** After a scene phrase's closing comma, before its subject: a title or determiner ("Defence Minister", "the"). */
const SUBJECT_AFTER_SCENE = /,\s*(?:(?:the|[\p{Lu}][\p{L}.'’-]*|[\p{Ll}-]+)\s+){0,4}$/u;

/** Whether `e`, after the trigger, is the subject of the main clause whose sentence-initial scene phrase holds it. */
function isSceneSubject(trigger: TriggerMatch, e: EntityMention, text: string): boolean {
  const tokens = tagSentence(trigger.sentence);
  if (!SCENE_OPENER.test(tokens[0]?.lower ?? '')) return false;
  const between = text.slice(trigger.end, e.start);
  if (!SUBJECT_AFTER_SCENE.test(between)) return false;
  const phraseEnd = trigger.end + between.indexOf(',');
  return !tokens.some((t) => t.start >= trigger.end && t.end <= phraseEnd && /^(?:BE|AUX|MODAL)$/.test(t.tag));
}

/** Whether `e` may complete the parties of the gathering at `trigger` by the clause structure it stands in. */
function standsInGatheringClause(trigger: TriggerMatch, e: EntityMention, text: string): boolean {
  if (e.start >= trigger.end) return isSceneSubject(trigger, e, text);
  const between = text.slice(e.end, trigger.start);
  return RELATIVE_CLAUSE_BETWEEN.test(between) || !CLAUSE_BOUNDARY_BETWEEN.test(between);
}

/** The nearest person of the sentence not yet an argument who completes the gathering's parties (see above). */
export function nearestOtherPerson(
  trigger: TriggerMatch,
  sentenceEntities: readonly EntityMention[],
  taken: ReadonlySet<string>,
  text: string,
): EntityMention | undefined {
  const distance = (e: EntityMention): number => (e.end <= trigger.start ? trigger.start - e.end : e.start - trigger.end);
  const candidates = sentenceEntities
    .filter((e) => e.kind === 'person' && !taken.has(e.name) && distance(e) >= 0 && distance(e) <= MAX_SIDE_CHARS)
    .sort((a, b) => distance(a) - distance(b));
  // Checked nearest first, so only the few nearest candidates have their text scanned.
  return candidates.find(
    (e) =>
      !INVITER_AFTER.test(text.slice(e.end, e.end + 14)) &&
      standsInGatheringClause(trigger, e, text) &&
      !reportsClauseWith(trigger.sentence, e.start, e.end, trigger.start) &&
      !(e.end <= trigger.start && ABSENCE_BETWEEN.test(text.slice(Math.max(e.end, trigger.start - MAX_SIDE_CHARS), trigger.start))),
  );
}
