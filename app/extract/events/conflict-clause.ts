// Clause rules for the arguments of attacks and invasions (used by arguments.ts), each with an example from the
// development part (WikiEvents dev): places joined into one locative ("in Helmand Province, Afghanistan"), the
// possessor that owns the trigger ("the IRA's bombing", not "Forest's role in the Rolando attack"), a result clause
// after the trigger (", killing 168 people"), the passive whose by-phrase the trigger heads ("was shattered by an
// explosion"), and scare quotes around a group name ("the "Islamic State" militant group"), which end no clause.
// The role a name plays is read from the preposition that governs it, not from its distance to the trigger: a name
// after a conflict trigger is hit by it only as its object ("attacked X", "an attack on X", "the bombing of X"), and a
// place is where the attack happened only under a locative preposition or as a modifier of the trigger noun.

import type { EntityMention } from '../entities/types';
import { isPassiveAt, verbSubjectAt } from '../syntax/clause';
import type { EventArguments } from './arguments';
import type { TriggerMatch } from './find-triggers';

/**
 * Between a possessive and a conflict trigger it owns only modifiers of the trigger's noun may stand ("Russia's
 * full-scale invasion", "the IRA's bombing"); "Forest's role in the Rolando attack" or "the Public Prosecutor's office
 * has delivered ... about the failed attack" make the possessor no attacker.
 */
export const POSSESSOR_OF_TRIGGER_BETWEEN =
  /^(?:['’]s?)?\s+(?:(?!(?:of|in|on|at|to|for|with|by|from|into|over|about|against|after|before|during|has|have|had|was|were|is|are|be|been|will|would|and|or|but|that|which|who|the|a|an)\b)[\p{L}\d'’-]+\s+){0,3}$/iu;

/** Quotation marks around a title-case name ("the “Islamic State” militant group"): scare quotes, not quoted speech. */
const QUOTED_NAME = /^[“"](?:\p{Lu}[\p{L}'’-]*\s?){1,5}[”"]/u;

/** The hard boundaries without the quotation marks of quoted names (QUOTED_NAME), which do not end a clause. */
export function withoutNameQuotes<B extends { start: number }>(boundaries: B[], text: string): B[] {
  const dropped = new Set<number>();
  for (const b of boundaries) {
    const quoted = /[“"]/.test(text[b.start]!) && !dropped.has(b.start) ? QUOTED_NAME.exec(text.slice(b.start, b.start + 80)) : null;
    if (quoted) dropped.add(b.start).add(b.start + quoted[0].length - 1);
  }
  return dropped.size === 0 ? boundaries : boundaries.filter((b) => !dropped.has(b.start));
}

/**
 * ", killing six NATO service members", ", wounding 13 people on a busy pedestrian street in the city of Lyon": a
 * participle clause after a conflict trigger states its result, and its victims and place are the attack's.
 */
export const RESULT_CLAUSE_AFTER = /^\s*(?:killing|wounding|injuring|leaving|claiming|destroying|damaging)\b/i;

/** "shattered by an explosion", "were wounded by the blast": the passive verb whose by-phrase the trigger heads. */
const PASSIVE_VERB_BY_BEFORE = /(\p{L}+)\s+by\s+(?:an?|the|two|twin|several)?\s*(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * Whether a conflict noun is the agent of a passive verb ("The Murrah Federal Building in Oklahoma City was shattered
 * by an explosion"): the subject of that verb is then hit by the attack, as with a passive trigger ("was attacked").
 */
export function isPassiveAgentNoun(trigger: TriggerMatch): boolean {
  const before = trigger.sentence.text.slice(
    Math.max(0, trigger.start - trigger.sentence.start - 60),
    trigger.start - trigger.sentence.start,
  );
  const m = PASSIVE_VERB_BY_BEFORE.exec(before);
  if (!m) return false;
  const verbStart = trigger.start - before.length + m.index;
  return isPassiveAt(trigger.sentence, verbStart);
}

/** Between two places of one locative: "in Helmand Province, Afghanistan", "in Badia al-Sukhnah and Badia al-Sham". */
const PLACE_CHAIN_BETWEEN = /^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$/;
const COORDINATION_ONLY = /^\s*(?:and|or)\s+$/;

/**
 * A name joined by a comma or "and" to a place of a conflict is a place of it too: a comma adds the region or country
 * it lies in ("attacked Camp Shorabak in Helmand Province, Afghanistan"), "and" a second place ("in Badia al-Sukhnah
 * and Badia al-Sham"; an untitled two-word name there is a place, as after "in"). A titled person, a possessive or a
 * name after a comma that is not a place ("in Lyon, Macron said") breaks the chain.
 */
export function extendPlaceChain(result: EventArguments, usable: readonly EntityMention[], text: string, nextTriggerStart: number): void {
  for (let k = 0; k < result.places.length; k++) {
    const place = result.places[k]!;
    const next = usable.find((e) => e.start >= place.end && e.start < nextTriggerStart);
    if (!next || next.possessive || result.places.includes(next)) continue;
    const between = text.slice(place.end, next.start);
    if (!PLACE_CHAIN_BETWEEN.test(between)) continue;
    const placeLike = next.kind === 'place' || next.kind === 'country';
    const untitledName = next.kind === 'person' && next.ruleId === 'person-name' && !next.title && COORDINATION_ONLY.test(between);
    if (!placeLike && !untitledName) continue;
    result.agents = result.agents.filter((e) => e !== next);
    result.patients = result.patients.filter((e) => e !== next);
    result.places.push(next);
  }
}

/** A place noun owned by the possessive before it: "Britain's capital", "Syria's north", "Ukraine's territory". */
const POSSESSED_PLACE_AFTER =
  /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:capital|north|south|east|west|north-?east|north-?west|south-?east|south-?west|soil|territory|territories|borders?|coast|cities|city|provinces?|regions?|heartland|airspace|waters|interior|countryside)\b/iu;

/**
 * Whether a possessive country names where a conflict happened, not who took part: "the van-and-knife attack in the
 * London Bridge district of Britain's capital" (Britain is no target).
 */
export function isPossessedPlace(e: EntityMention, text: string): boolean {
  return e.possessive === true && POSSESSED_PLACE_AFTER.test(text.slice(e.end, e.end + 40));
}

/**
 * Between a name and a conflict trigger: the name claims the attack ("the Provisional IRA accepted responsibility for
 * the bombings", "ETA has claimed responsibility for the attack", "the Taliban claimed the attack"); a denial
 * ("denied responsibility for") or a claim made for others ("claimed they were responsible") does not make the name
 * the attacker.
 */
const CLAIMED_RESPONSIBILITY_BETWEEN =
  /^(?:['’]s?)?\s+(?:(?:has|have|had|also|quickly|later|swiftly|reportedly|formally|later|since)\s+)*(?:(?:claimed|claims|claim|claiming|accepted|accepts|accept|admitted|admits|took|takes|take|assumed|assumes)\s+(?:full\s+)?responsibility\s+for|claimed|claims|claiming)\s+(?:(?:the|this|that|these|those|its|their|a|an|[\p{L}\d]+['’]s?)\s+)?(?:[\p{L}\d-]+\s+){0,3}$/iu;

export function claimsResponsibility(between: string): boolean {
  return CLAIMED_RESPONSIBILITY_BETWEEN.test(between);
}

/** Prepositions that can govern a name after a conflict trigger, found last-first between the two. */
const PREPOSITION =
  /\b(?:about|across|after|against|among|amid|around|at|before|behind|beside|between|beyond|despite|during|for|from|in|inside|into|near|of|on|onto|outside|over|since|through|throughout|to|toward|towards|under|upon|via|with|within|without)\b/gi;
/** The prepositions of a conflict's object: "an attack on X", "strikes against X", "fired at X", "the bombing of X". */
const OBJECT_PREPOSITIONS = new Set(['on', 'onto', 'upon', 'against', 'at', 'of', 'into']);
/** Locative prepositions: the name under them is where the conflict happened. */
const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'within', 'throughout', 'through']);

function lastPreposition(between: string): string | null {
  let last: string | null = null;
  PREPOSITION.lastIndex = 0;
  for (let m = PREPOSITION.exec(between); m; m = PREPOSITION.exec(between)) last = m[0].toLowerCase();
  return last;
}

/**
 * Whether a name after a conflict trigger (`between` is the text from the trigger's end to the name) is its object:
 * governed by no preposition ("attacked Camp Shorabak", ", killing six NATO service members") or by an object
 * preposition ("attacks on security forces"). "by attacking without UN approval" (TimeBank) names no target.
 */
export function isObjectAfterConflict(between: string): boolean {
  const preposition = lastPreposition(between);
  return preposition === null || OBJECT_PREPOSITIONS.has(preposition);
}

/**
 * Whether a place named next to a conflict trigger is where it happened: after the trigger, unless another kind of
 * preposition governs it ("rockets fired from Gaza", "talks with London"); before it, only as a modifier of the trigger
 * noun ("the Birmingham bombing", "Boston Marathon bombing") or under a locative preposition ("in Bagram, a suicide
 * bomber blew himself up"). "Washington and London are virtually alone in warning Iraq of military strikes" (TimeBank):
 * the subjects of another verb are not where the strikes happen.
 */
export function isPlaceOfConflict(between: string, side: 'left' | 'right', locativeBefore: boolean): boolean {
  if (locativeBefore) return true;
  if (side === 'left') return POSSESSOR_OF_TRIGGER_BETWEEN.test(between);
  const preposition = lastPreposition(between);
  return preposition === null || OBJECT_PREPOSITIONS.has(preposition) || LOCATIVE_PREPOSITIONS.has(preposition);
}

/**
 * Whether a person's name directly modifies a conflict noun (no possessive, nothing between): in an English noun
 * compound the name before an attack noun says what the attack is about or where it was ("the Rolando bombing", a
 * cafe named like a person: WikiEvents dev), not who did it, so it is no attacker. A group before the noun still is
 * ("today's Taliban attack"), and so is the subject of a verb trigger.
 */
export function isPersonModifierOfConflict(e: EntityMention, trigger: TriggerMatch, text: string): boolean {
  if (e.kind !== 'person' || e.possessive || e.end > trigger.start || text.slice(e.end, trigger.start).trim() !== '') return false;
  return verbSubjectAt(trigger.sentence, trigger.start) === null;
}

/**
 * After a conflict noun, the passive of a verb of doing it, whose by-phrase names who did it: "the attack is widely
 * believed to have been carried out by the armed Basque separatist group ETA" (WikiEvents dev), "the attacks were
 * perpetrated by ...", "a spate of attacks carried out by ...". "Condemned by", "claimed by" (land claimed by a
 * people: TimeBank) are not doing it.
 */
const PASSIVE_DOER_AFTER =
  /^\s*,?\s*(?:(?:is|was|were|are|has\s+been|have\s+been|had\s+been|being|been)\s+(?:\p{Ll}+ly\s+)?(?:(?:believed|thought|said|suspected|alleged|reported|understood|known)\s+to\s+have\s+been\s+)?)?(?:carried\s+out|perpetrated|committed|staged|orchestrated|masterminded|conducted|mounted|executed)\s+by\s+/iu;
/** What may stand between "by" and the name of the doer: determiners and modifiers ("the armed Basque separatist group"). */
const DOER_MODIFIERS = /^(?:(?!(?:in|on|at|of|for|from|with|and|or|but|who|which|that|after|before|during|since)\b)[\p{L}'’-]+\s+){0,6}$/iu;

/** The names the by-phrase of PASSIVE_DOER_AFTER gives as doers of a conflict noun (empty when there is none). */
export function passiveDoers(trigger: TriggerMatch, usable: readonly EntityMention[], text: string): EntityMention[] {
  const m = PASSIVE_DOER_AFTER.exec(text.slice(trigger.end, trigger.end + 160));
  if (!m) return [];
  const by = trigger.end + m[0].length;
  const first = usable.find((e) => e.start >= by && DOER_MODIFIERS.test(text.slice(by, e.start)));
  if (!first || first.start > trigger.sentence.end) return [];
  const doers = [first];
  for (let next = usable[usable.indexOf(first) + 1]; next; next = usable[usable.indexOf(next) + 1]) {
    if (!/^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(doers[doers.length - 1]!.end, next.start))) break;
    doers.push(next); // "carried out by brothers Cherif and Said Kouachi"
  }
  return doers;
}

/**
 * "a friend of Boston Marathon bombing suspect Dzokhar Tsarnaev", "the attack suspects Ali and Omar": a suspect is
 * accused, not known to have done it, and not its target either (WikiEvents dev annotates no attacker there), so the
 * name gets no role. "the bomber Salman Abedi" still names the attacker.
 */
const SUSPECT_BETWEEN = /^\s+(?:(?:prime|chief|main|key|lead|alleged|two|three|four)\s+)?suspects?\s+(?:[\p{Lu}][\p{L}.'’-]*\s+)?$/u;

/** A count or quantity just before a name: "six", "13", "dozens of", "scores of", "at least 20". */
const COUNT_BEFORE =
  /(?:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens|scores|hundreds|several|many|some)(?:\s+of)?)\s+(?:the\s+)?$/i;
/** A group noun with "of" before a name, as the object: "(on) members of the", "(ambushed) a convoy of", "hundreds of". */
const GROUP_OF_BEFORE =
  /(?:^|\b(?:on|against|at|into|under|killing|wounding|injuring|targeting))\s+(?:the\s+|an?\s+)?(?:\p{Ll}[\p{L}-]*\s+){1,2}of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+and\s+)?$/u;
/** People or units after the name, which the name qualifies: "service members", "soldiers", "pro-regime militiamen". */
const PEOPLE_AFTER =
  /^(?:\s+and\s+[\p{Lu}][\p{L}.'’-]*)?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:members|soldiers|troops|forces|personnel|officers|policemen|police|militiamen|fighters|servicemen|marines|civilians|citizens|nationals|workers|staff|guards|pilgrims|tourists|students|people)\b/u;

/**
 * Whether a state or group named after a conflict trigger only qualifies its victims, who are the people the phrase
 * counts or heads: "killing six NATO service members", "this cowardly attack on members of the U.S. and Afghan forces",
 * "a convoy of Russian soldiers and Syrian pro-regime militiamen" (WikiEvents dev: the target is "members", "convoy").
 * The name is then no target of its own. "attacks on NATO", "an attack on Afghan forces" still make it the target.
 */
function qualifiesVictims(between: string, after: string): boolean {
  return (COUNT_BEFORE.test(between) || GROUP_OF_BEFORE.test(between)) && PEOPLE_AFTER.test(after);
}

/** Whether a name after the trigger of `e`'s conflict takes no role: a suspect of it, or a state or group qualifying its victims. */
export function takesNoRoleAfterConflict(e: EntityMention, trigger: TriggerMatch, text: string): boolean {
  const between = text.slice(trigger.end, e.start);
  return SUSPECT_BETWEEN.test(between) || (e.kind !== 'person' && qualifiesVictims(between, text.slice(e.end, e.end + 60)));
}
