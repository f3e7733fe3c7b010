// Attaches participants (agents before the trigger, patients after it) and places ("in Saint Petersburg",
// "visit China") to a trigger, from the entity mentions of the trigger's clause. The syntactic layer (../syntax)
// corrects what position alone gets wrong: a passive subject is the target ("the base was attacked by X"), a
// subjectless verb shares its governing clause's subject ("Obama will meet X before traveling to Rota"), and the
// speakers of reporting clauses are never participants of a conflict or agreement.

import type { EntityMention } from '../entities/types';
import type { TriggerMatch } from './find-triggers';
import {
  hasVerbGroupBetween,
  isPassiveAt,
  isReporterAt,
  objectControlAt,
  reportsClauseWith,
  sharedSubject,
  verbSubjectAt,
} from '../syntax/clause';
import { FACILITY_RULE } from '../entities/organisation-names';
import { relativeClauseBefore } from './relative-clause';
import { isDescriptiveName } from './descriptive-names';
import { actsAtForum } from './forum-attendance';
import { isInOtherPhrase, isNounTrigger, isTopicOfMeeting } from './gathering-subject';
import { abbreviatesTrigger } from './name-parentheses';
import { sideEntities } from './clause-sides';
import {
  claimsResponsibility,
  extendPlaceChain,
  isObjectAfterConflict,
  isPassiveAgentNoun,
  isPlaceOfConflict,
  isPossessedPlace,
  isPersonModifierOfConflict,
  takesNoRoleAfterConflict,
  passiveDoers,
  POSSESSOR_OF_TRIGGER_BETWEEN,
} from './conflict-clause';

export interface EventArguments {
  agents: EntityMention[];
  patients: EntityMention[];
  places: EntityMention[];
}

/** "in Lyon", "in the city of Lyon", "in the Serbian province of Kosovo" (TimeBank PRI19980306.2000.1675). */
const LOCATIVE_BEFORE = new RegExp(
  '\\b(?:in|at|to|near|outside|inside|into|across|around|toward|towards|through|within)\\s+(?:the\\s+)?' +
    '(?:(?:[a-z-]+\\s+){0,2}?(?:city|town|village|capital|province|region|port|resort)\\s+of\\s+)?$',
  'i',
);
/** "the U.S. Embassy in Nairobi", "a Russian air base": a country before a site it owns names the owner, not the place. */
const OWNED_SITE_AFTER = new RegExp(
  '^\\s+(?:embassy|embassies|consulate|consulates|mission|missions|military\\s+base|air\\s+base|' +
    'naval\\s+base|base|bases|headquarters|compound|chancery)\\b',
  'i',
);
/** The place a journey starts from. */
const ORIGIN_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
const AGENT_BY_BEFORE = /\bby\s+(?:the\s+)?$/i;
/** "the bomber Salman Abedi": a name after a perpetrator noun is the attacker, not the target (a suspect: takesNoRoleAfterConflict). */
/** "Saddam was the target of an assassination attempt" (TimeBank): the subject of "be the target of" is attacked. */
const TARGET_OF_BETWEEN =
  /^\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|became|becomes|become)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?targets?\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i;
const PERPETRATOR_BETWEEN = /^\s+(?:bombers?|gunm[ae]n|attackers?|assailants?|perpetrators?|mastermind|ringleader|plotters?)\s+$/i;
/** Nobody is "in" a person: an untitled two-word name right after "in", "at" or "near" is a place ("in Badia al-Sukhnah"). */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near|outside|inside)\s+$/i;
/** A determiner before a state that modifies a conflict noun; not "that", mostly a complementiser ("warnings that US air strikes"). */
const DETERMINER_BEFORE = /\b(?:its|their|his|her|the|a|an|this|last|new)\s+$/i;
export const INVITER_AFTER = /^\s*(?:['’]s?\s+)?invitations?\b/i;
/** Between a would-be participant and a gathering: the participant stays away ("will not attend", "to skip"). */
export const ABSENCE_BETWEEN =
  /\b(?:not|n['’]t|never|skip|skips|skipped|skipping|miss|misses|boycott|boycotts|boycotting|snub|snubs|instead of)\b/i;
/** Only a negated auxiliary between subject and verb ("Putin did not meet Biden"): the subject takes part in the denied event. */
const NEGATED_AUXILIARY_BETWEEN =
  /^\s+(?:(?:did|does|do|has|have|had|will|would|could|can|was|were|is|are)(?:\s+not|n['’]t)|never|not)\s+$/i;
const PARTICIPANT_KINDS = new Set(['person', 'country', 'organisation']);
/**
 * Between the agent of an attack or invasion and its trigger only these words may stand ("Russia launched a massive
 * missile attack", "Israeli forces shelled"); "X condemned the bombing" does not make X the attacker.
 */
const CONFLICT_AGENT_BETWEEN = new RegExp(
  '^(?:\\s|,|[”"]|(?:forces|troops|army|military|militants?|groups?|organi[sz]ations?|networks?|cells?|' +
    'fighters|gunman|bombers?|attackers|assailants|insurgents|jihadists|extremists|militias?|militiamen|jets|' +
    'warplanes|drones|missiles?|rockets?|aircraft|soldiers|police|gunmen|rebels|navy|air|ground|artillery|' +
    'suicide|car|bomb|and|its|their|his|her|the|a|an|new|massive|fresh|heavy|deadly|major|overnight|had|has|' +
    'have|also|then|reportedly|allegedly|later|again|repeatedly|launched|launches|launch|carried|carries|' +
    'carry|out|conducted|staged|mounted|fired|began|started|unleashed|full-scale|surprise|coordinated|twin|' +
    'series|wave|of)\\b)*$',
  'i',
);
/**
 * The parties a gathering or agreement trigger spans after its own "with": "agreed with Russia and China to expand",
 * "agreed with the Irish government to set up" (agreement-agreed-with). The sides of the trigger hold none of them.
 */
function withinTriggerParties(trigger: TriggerMatch, entities: readonly EntityMention[], text: string): EntityMention[] {
  if (trigger.type === 'attack' || trigger.type === 'invasion') return [];
  return entities.filter(
    (e) =>
      PARTICIPANT_KINDS.has(e.kind) &&
      e.start > trigger.start &&
      e.end <= trigger.end &&
      /\bwith\b/i.test(text.slice(trigger.start, e.start)),
  );
}

/** Arguments of one trigger from the entity mentions of its sentence (attributive demonyms excluded). */
export function attachArguments(
  trigger: TriggerMatch,
  sentenceEntities: readonly EntityMention[],
  text: string,
  nextTriggerStart = Infinity,
): EventArguments {
  const usable = sentenceEntities.filter((e) => !e.attributive && !INVITER_AFTER.test(text.slice(e.end, e.end + 14)));
  const result: EventArguments = { agents: [], patients: [], places: [] };
  const isVisitVerb = trigger.type === 'visit' && /(?:visit|visits|visited|visiting|tour of)$/i.test(trigger.text);
  const isGathering = trigger.type === 'meeting' || trigger.type === 'visit' || trigger.type === 'forum';
  const nounTrigger = isGathering && isNounTrigger(trigger.sentence, trigger.start);
  const conflict = trigger.type === 'attack' || trigger.type === 'invasion';
  const passive = conflict && (isPassiveAt(trigger.sentence, trigger.start) || isPassiveAgentNoun(trigger));
  const speakersExcluded = conflict || trigger.type === 'agreement';
  // "Taliban gunmen and suicide bombers attacked X": the names of an active conflict verb's subject are its agents.
  const subject = conflict && !passive ? verbSubjectAt(trigger.sentence, trigger.start) : null;
  // "Pope Francis, who is visiting Canada, met X": the clause describes the subject, which stands right before it.
  const relative = conflict ? null : relativeClauseBefore(trigger.sentence, trigger.start);
  if (relative)
    result.agents.push(
      ...usable.filter((e) => PARTICIPANT_KINDS.has(e.kind) && e.end <= relative.start && /^\s*$/.test(text.slice(e.end, relative.start))),
    );
  // "Turkey urged all Balkan states to sign a declaration": only the object of the verb of urging acts.
  const controlled = objectControlAt(trigger.sentence, trigger.start);
  for (const side of ['left', 'right'] as const) {
    for (const e of sideEntities(trigger, usable, side, nextTriggerStart)) {
      if (controlled && side === 'left' && !(e.start >= controlled.start && e.end <= controlled.end)) continue;
      if (relative && e.start >= relative.start && e.end <= relative.end) continue;
      if (isDescriptiveName(e, usable, text)) continue; // "King Hussein of Jordan", "aides to Netanyahu"
      if (side === 'right' && abbreviatesTrigger(e.start, e.end, trigger.end, text)) continue; // "the ... Conference (WWDC)"
      if (conflict && side === 'left' && claimsResponsibility(text.slice(e.end, trigger.start))) {
        result.agents.push(e); // "the Provisional IRA accepted responsibility for the bombings"
        continue;
      }
      if (speakersExcluded && isReporterAt(trigger.sentence, e.start, e.end)) continue; // "X said", "told Reuters"
      // A gathering's speaker takes part only when speaking of it from inside it ("Putin said after meeting Xi").
      if (isGathering && PARTICIPANT_KINDS.has(e.kind) && reportsClauseWith(trigger.sentence, e.start, e.end, trigger.start)) continue;
      const before = text.slice(Math.max(0, e.start - 40), e.start);
      const adjacentAfterTrigger = side === 'right' && /^\s*(?:the\s+)?$/i.test(text.slice(trigger.end, e.start));
      const adjacentBeforeTrigger = side === 'left' && text.slice(e.end, trigger.start).trim() === '';
      const ownedSite = e.kind === 'country' && OWNED_SITE_AFTER.test(text.slice(e.end, e.end + 24));
      const locative = !ownedSite && (LOCATIVE_BEFORE.test(before) || (isVisitVerb && adjacentAfterTrigger));
      // "attacked Camp Shorabak", "Camp Bastion was shelled": a site hit by an attack is its target, not only its place.
      const siteHit = conflict && e.ruleId === FACILITY_RULE && ((passive && side === 'left') || adjacentAfterTrigger);
      if (siteHit) {
        result.patients.push(e);
        continue;
      }
      if (trigger.type === 'visit' && ORIGIN_BEFORE.test(before)) continue; // "the departure from France": where from, not who
      // "The Malaysia visit": a state named right before a visit noun is where the visit goes.
      // A state named after a visit trigger is a destination too ("a tour of Asia and Australia"); hosts are people, and
      // "by the French foreign minister" names the visitor.
      const visitedState =
        trigger.type === 'visit' &&
        e.kind === 'country' &&
        !ownedSite &&
        ((adjacentBeforeTrigger && !e.possessive) || (side === 'right' && e.ruleId === 'country-name' && !AGENT_BY_BEFORE.test(before)));
      if (visitedState) {
        result.places.push(e);
        continue;
      }
      const personAsPlace = e.kind === 'person' && e.ruleId === 'person-name' && !e.possessive && PLACE_PREPOSITION_BEFORE.test(before);
      const ownsPlace = conflict && e.kind === 'country' && isPossessedPlace(e, text); // "Britain's capital"
      if (e.kind === 'place' || personAsPlace || ownsPlace || (e.kind === 'country' && locative && !e.possessive)) {
        const between = side === 'left' ? text.slice(e.end, trigger.start) : text.slice(trigger.end, e.start);
        // "Police in the city of Lyon were searching for ... a Friday blast": the place of another clause's verb (a
        // passive the trigger is the agent of is the trigger's own clause: "... in Oklahoma City was shattered by an explosion").
        const otherClause = conflict && !passive && side === 'left' && hasVerbGroupBetween(trigger.sentence, e.end, trigger.start);
        if (!conflict || ownsPlace || (!otherClause && isPlaceOfConflict(between, side, locative || personAsPlace))) result.places.push(e);
        continue;
      }
      if (!PARTICIPANT_KINDS.has(e.kind)) continue;
      const between = text.slice(e.end, trigger.start);
      if (conflict && side === 'left' && isPersonModifierOfConflict(e, trigger, text)) continue;
      if (conflict && side === 'right' && takesNoRoleAfterConflict(e, trigger, text)) continue; // "bombing suspect X", "six NATO soldiers"
      if (isGathering && side === 'left' && ABSENCE_BETWEEN.test(between) && !NEGATED_AUXILIARY_BETWEEN.test(between)) continue;
      if (trigger.type === 'forum' && side === 'left' && actsAtForum(trigger.sentence, e.end, trigger.start)) continue;
      if (isGathering && side === 'left' && nounTrigger && isInOtherPhrase(trigger.sentence, e.start, e.end, trigger.start)) continue;
      if (trigger.type === 'visit' && side === 'right' && e.kind === 'organisation') continue;
      if (trigger.type === 'meeting' && side === 'right' && isTopicOfMeeting(text.slice(trigger.end, e.start))) continue;
      if (trigger.type === 'visit' && ownedSite) continue; // "traveling to a U.S. naval base": the owner is not a host
      if (trigger.type === 'invasion' && e.kind !== 'country') continue; // states invade states
      if (AGENT_BY_BEFORE.test(before) || (conflict && side === 'right' && PERPETRATOR_BETWEEN.test(text.slice(trigger.end, e.start))))
        result.agents.push(e);
      else if ((passive || (conflict && TARGET_OF_BETWEEN.test(between))) && side === 'left')
        result.patients.push(e); // "the convoy was ambushed", "Saddam was the target of an assassination attempt"
      else if (
        conflict &&
        side === 'left' &&
        (subject
          ? !(e.start >= subject.start && e.end <= subject.end)
          : e.possessive
            ? !POSSESSOR_OF_TRIGGER_BETWEEN.test(between)
            : !CONFLICT_AGENT_BETWEEN.test(between))
      )
        continue;
      else if (
        adjacentBeforeTrigger &&
        e.kind === 'country' &&
        e.ruleId === 'country-name' &&
        !e.possessive &&
        DETERMINER_BEFORE.test(before)
      ) {
        result.patients.push(e); // "its Ukraine offensive"
      } else if (side === 'left') result.agents.push(e);
      else if (!conflict || isObjectAfterConflict(text.slice(trigger.end, e.start))) result.patients.push(e);
    }
  }
  result.patients.push(...withinTriggerParties(trigger, usable, text));
  if (conflict && !subject && !passive)
    for (const e of passiveDoers(trigger, usable, text))
      if (PARTICIPANT_KINDS.has(e.kind) && !result.agents.includes(e)) result.agents.push(e);
  if (conflict) extendPlaceChain(result, usable, text, nextTriggerStart);
  if (result.agents.length === 0) {
    const subject = sharedSubject(trigger.sentence, trigger.start);
    if (subject)
      result.agents.push(...usable.filter((e) => PARTICIPANT_KINDS.has(e.kind) && e.start >= subject.start && e.end <= subject.end));
  }
  return result;
}
