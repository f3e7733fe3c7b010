// Clause structure around an event trigger, read from part-of-speech tags (tagger.ts): the voice of a verb trigger
// ("was attacked by"), the subject a non-finite or coordinated verb shares with its governing clause ("Obama will meet
// X before traveling to Rota": Obama travels), and the speakers of reporting clauses ("the mayor confirmed", "said
// Mayor X", "according to X") and their addressees ("told Reuters"), who are sources, not participants.

import { tagSentence, type TaggedToken } from './tagger';

interface SentenceLike {
  text: string;
  start: number;
}

export interface Span {
  start: number; // article offsets
  end: number;
}

/** Index of the first token starting at or after `offset` (tokens are in order). */
export function tokenIndexAt(tokens: readonly TaggedToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Past participles that do not end in -ed. */
const IRREGULAR_PARTICIPLE =
  /^(?:shot|hit|struck|blown|taken|seen|held|made|given|met|led|sent|brought|caught|beaten|overrun|stabbed|killed)$/;

/**
 * Whether the trigger starting at `start` is a passive verb: a form of "be" (or "got"), perhaps with adverbs or "not",
 * just before a past participle ("was attacked", "were later shelled", "has been bombed").
 */
export function isPassiveAt(sentence: SentenceLike, start: number): boolean {
  const tokens = tagSentence(sentence);
  const i = tokenIndexAt(tokens, start);
  const head = tokens[i];
  if (!head || !(/ed$/.test(head.lower) || IRREGULAR_PARTICIPLE.test(head.lower))) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k]!;
    if (t.tag === 'ADV' || t.tag === 'NEG') continue;
    return t.tag === 'BE' || t.lower === 'got' || t.lower === 'get' || t.lower === 'gets';
  }
  return false;
}

/** Whether the word at `start` is a verb after "to" or a modal ("had to strike", "will strike"), not a noun. */
export function isVerbAfterToOrModalAt(sentence: SentenceLike, start: number): boolean {
  const tokens = tagSentence(sentence);
  const i = tokenIndexAt(tokens, start);
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.tag === 'ADV' || tokens[k]!.tag === 'NEG')) k--;
  return tokens[i]?.tag === 'VERB' && k >= 0 && (tokens[k]!.tag === 'TO' || tokens[k]!.tag === 'MODAL');
}

/**
 * Verbs whose object, not their subject, does what the infinitive after it says ("urged X to sign", "asked X to
 * attend"; TimeBank APW19980308.0201): object control.
 */
const OBJECT_CONTROL = new RegExp(
  '^(?:urged|urges|urge|asked|asks|ask|told|tells|invited|invites|invite|pressed|presses|press|encouraged|encourages|' +
    'persuaded|forced|allowed|authori[sz]ed|ordered|requested|begged|convinced|called)$',
);

/** Subordinators and prepositions that open a subjectless -ing clause ("before traveling", "after meeting"). */
const NON_FINITE_OPENERS = /^(?:before|after|while|when|without|by|on|upon|since)$/;
/** Tags of the words a noun phrase is made of. */
export const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'POSS', 'NUM']);
const VERB_GROUP_TAGS = new Set(['AUX', 'MODAL', 'NEG', 'ADV', 'BE']);

/** The noun phrase (names, nouns, determiners) that ends just before token `end` (exclusive), as token indexes. */
function nounPhraseBefore(tokens: readonly TaggedToken[], end: number): [number, number] | null {
  let k = end - 1;
  while (k >= 0 && VERB_GROUP_TAGS.has(tokens[k]!.tag)) k--;
  const last = k;
  while (k >= 0 && (NOUN_PHRASE_TAGS.has(tokens[k]!.tag) || (tokens[k]!.tag === 'CONJ' && k > 0 && tokens[k - 1]!.tag === 'PROPN'))) k--;
  return last > k && (tokens[last]!.tag === 'PROPN' || tokens[last]!.tag === 'NOUN' || tokens[last]!.tag === 'PRON')
    ? [k + 1, last + 1]
    : null;
}

/**
 * The object of the verb of urging that governs the infinitive trigger at `start` ("Turkey urged all Balkan states to
 * sign a joint declaration": the states sign, not Turkey), or null.
 */
export function objectControlAt(sentence: SentenceLike, start: number): Span | null {
  const tokens = tagSentence(sentence);
  const i = tokenIndexAt(tokens, start);
  if (tokens[i - 1]?.tag !== 'TO') return null;
  // A reporting-verb form after a determiner or a name is a noun ("all Balkan states").
  const nominal = (j: number): boolean =>
    NOUN_PHRASE_TAGS.has(tokens[j]!.tag) || (tokens[j]!.tag === 'REPORT' && j > 0 && /^(?:DET|ADJ|PROPN|NUM)$/.test(tokens[j - 1]!.tag));
  let k = i - 2;
  while (k >= 0 && nominal(k)) k--;
  const verb = tokens[k];
  if (!verb || k === i - 2 || !(verb.tag === 'VERB' || verb.tag === 'REPORT') || !OBJECT_CONTROL.test(verb.lower)) return null;
  return { start: tokens[k + 1]!.start, end: tokens[i - 2]!.end };
}

/**
 * The subject a subjectless verb trigger takes from its governing clause: for "-ing" after a subordinator, "to" +
 * verb, or a verb coordinated by "and" with nothing between, the subject of the nearest finite verb to the left.
 * Null when the trigger has a subject of its own or none can be found.
 */
export function sharedSubject(sentence: SentenceLike, start: number): Span | null {
  const tokens = tagSentence(sentence);
  const i = tokenIndexAt(tokens, start);
  const head = tokens[i];
  const opener = tokens[i - 1];
  if (!head || !opener) return null;
  const nonFinite = /ing$/.test(head.lower) && NON_FINITE_OPENERS.test(opener.lower);
  const infinitive = opener.tag === 'TO';
  const coordinated = opener.tag === 'CONJ' && opener.lower === 'and' && tokens[i - 2]?.tag !== 'PROPN' && tokens[i - 2]?.tag !== 'NOUN';
  if (!nonFinite && !infinitive && !coordinated) return null;
  // The governing finite verb: the nearest verb to the left, not crossing a clause mark or another subordinator.
  for (let k = i - 2; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.tag === 'PUNCT' && /[;:.!?“”"()]/.test(t.text)) return null;
    if (t.tag === 'WH' || (t.tag === 'SUB' && k < i - 1)) return null;
    if (t.tag === 'VERB' || t.tag === 'REPORT') {
      const controlled = infinitive ? objectControlAt(sentence, start) : null;
      if (controlled) return controlled;
      const np = nounPhraseBefore(tokens, k);
      if (!np) continue;
      return { start: tokens[np[0]]!.start, end: tokens[np[1] - 1]!.end };
    }
  }
  return null;
}

/** Tags a subject noun phrase may hold: names, nouns, determiners, possessives, numbers, adjectives. */
const SUBJECT_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'POSS', 'NUM']);

/**
 * The subject noun phrase of an active verb trigger, read back from the verb over its auxiliaries and adverbs:
 * names, nouns and their modifiers, with "and" / "or" joining two noun phrases ("Taliban gunmen and suicide bombers
 * attacked Camp Shorabak"). Null when the trigger is not a verb (a noun after a determiner: "the bombing"), when a
 * preposition, "to" or a subordinator stands before it ("about to attack"), when an -ing form has no "be" before it or
 * an auxiliary follows the word (then it heads a noun phrase), or when no noun ends the phrase.
 */
export function verbSubjectAt(sentence: SentenceLike, start: number): Span | null {
  const tokens = tagSentence(sentence);
  const i = tokenIndexAt(tokens, start);
  if (tokens[i]?.tag !== 'VERB' || tokens[i]!.start !== start) return null;
  let k = i - 1;
  while (k >= 0 && VERB_GROUP_TAGS.has(tokens[k]!.tag)) k--;
  // An -ing form is finite only after "be" ("were attacking"); "the Cafetería Rolando bombing was" is a noun.
  if (/ing$/.test(tokens[i]!.lower) && !tokens.slice(k + 1, i).some((t) => t.tag === 'BE')) return null;
  // A word followed by its own auxiliary is the head noun of a subject ("Forest's role in the Rolando attack had been").
  if (/^(?:AUX|BE|MODAL)$/.test(tokens[i + 1]?.tag ?? '')) return null;
  const last = k;
  if (last < 0 || !/^(?:PROPN|NOUN|PRON)$/.test(tokens[last]!.tag)) return null;
  const nominal = (t: TaggedToken | undefined): boolean => t !== undefined && (t.tag === 'PROPN' || t.tag === 'NOUN');
  while (k >= 0) {
    const t = tokens[k]!;
    if (SUBJECT_TAGS.has(t.tag) || (k === last && t.tag === 'PRON')) k--;
    else if (t.tag === 'CONJ' && t.lower !== 'but' && nominal(tokens[k - 1]) && k < last) k--;
    else break;
  }
  return { start: tokens[k + 1]!.start, end: tokens[last]!.end };
}

/**
 * Whether [from, to) holds the finite verb group of another clause: an auxiliary, "be" or a modal before a verb ("Police
 * in the city of Lyon were searching for a man ... responsible for a Friday blast"). Reporting verbs are not counted.
 */
export function hasVerbGroupBetween(sentence: SentenceLike, from: number, to: number): boolean {
  const tokens = tagSentence(sentence);
  for (let k = tokenIndexAt(tokens, from); k + 1 < tokens.length && tokens[k + 1]!.end <= to; k++) {
    if (!/^(?:AUX|BE|MODAL)$/.test(tokens[k]!.tag)) continue;
    let v = k + 1;
    while (v < tokens.length && (tokens[v]!.tag === 'ADV' || tokens[v]!.tag === 'NEG')) v++;
    if (tokens[v]?.tag === 'VERB' && tokens[v]!.end <= to) return true;
  }
  return false;
}

const TITLE_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PUNCT']);

/**
 * Whether the name at [start, end) speaks in its sentence: the subject of a reporting verb ("the mayor, X,
 * confirmed"; "X told reporters"), the name after one ("said Mayor X"), or the source after "according to".
 */
export function isSpeakerAt(sentence: SentenceLike, start: number, end: number): boolean {
  const tokens = tagSentence(sentence);
  const first = tokenIndexAt(tokens, start);
  let after = tokenIndexAt(tokens, end);
  while (after < tokens.length && /^(?:ADV|AUX|MODAL)$/.test(tokens[after]!.tag)) after++;
  if (tokens[after]?.tag === 'REPORT') return true;
  // A name with a predicate of its own is the subject of what is reported, not a speaker put after it: "Cilcorp Inc.,
  // Peoria, Ill., said it agreed to acquire ..." (TimeBank) against "..., said Mayor John Smith."
  const ownPredicate = /^(?:VERB|BE)$/.test(tokens[after]?.tag ?? '');
  for (let k = first - 1, steps = 0; k >= 0 && steps < 5; k--, steps++) {
    const t = tokens[k]!;
    if (t.lower === 'that') return false; // "said that Mr Whitelaw ...": the name is in what was said
    if (t.tag === 'REPORT' && (k === 0 || tokens[k - 1]!.tag === 'PUNCT')) return !ownPredicate;
    if (t.lower === 'to' && tokens[k - 1]?.lower === 'according') return true;
    if (!TITLE_TAGS.has(t.tag) || (t.tag === 'PUNCT' && t.text !== ',')) return false;
  }
  return false;
}

/**
 * Whether the name at [start, end) is told what is reported: the object of "told", "informed", "briefed" ("Witnesses
 * told Reuters the gunmen opened fire", "a police source told AFP"), optionally after a determiner. It is the
 * addressee of the report, never a participant of a conflict the report speaks of.
 */
function isReportAddresseeAt(sentence: SentenceLike, start: number): boolean {
  const tokens = tagSentence(sentence);
  let k = tokenIndexAt(tokens, start) - 1;
  if (tokens[k]?.tag === 'DET') k--;
  const verb = tokens[k];
  return verb !== undefined && verb.tag === 'REPORT' && /^(?:told|tells|tell|telling|informed|briefed)$/.test(verb.lower);
}

/** Whether the name at [start, end) speaks in its sentence (isSpeakerAt) or is told what is reported (isReportAddresseeAt). */
export function isReporterAt(sentence: SentenceLike, start: number, end: number): boolean {
  return isSpeakerAt(sentence, start, end) || isReportAddresseeAt(sentence, start);
}

/** Words opening a sentence-initial phrase in which the speaker of the main clause is the subject of the event. */
export const SCENE_OPENER = /^(?:after|before|during|at|following|speaking|addressing|upon|on|while|when|in)$/;

/** Subject pronouns that, right after a speaker's reporting verb, most often stand for the speaker. */
const SELF_PRONOUN = /^(?:he|she|they|we|i)$/;

/** Reporting verbs with a person as object before what is reported ("told Putin that ..."). */
const OBJECT_REPORTING_VERBS = /^(?:told|tells|tell|telling|assured|informed|briefed|reminded|warned|urged)$/;

/**
 * Whether the speaker at [start, end) reports a clause that holds the trigger at `triggerStart`, so the speaker is a
 * source of the event and not one of its parties: the speaker comes after the trigger ("X met Y, Z said"), or the
 * reporting verb is followed by a clause with its own subject ("Heitz said the suspect had visited Lyon"). A speaker
 * whose verb is followed by a preposition or a subordinator takes part ("Putin said after meeting Xi", "Wang told
 * Putin at their meeting").
 */
export function reportsClauseWith(sentence: SentenceLike, start: number, end: number, triggerStart: number): boolean {
  const tokens = tagSentence(sentence);
  // An appositive speaker: "France's prosecutor, Remy Heitz, said ...".
  const after = tokenIndexAt(tokens, end);
  const first = tokenIndexAt(tokens, start);
  const appositive = tokens[first - 1]?.text === ',' && tokens[after]?.text === ',' && tokens[after + 1]?.tag === 'REPORT';
  if (!appositive && !isSpeakerAt(sentence, start, end)) return false;
  // "After a two-hour meeting with King Hussein, Bush said": the trigger is in a phrase that sets the speaker's scene.
  if (start >= triggerStart)
    return !(SCENE_OPENER.test(tokens[0]?.lower ?? '') && !/["“”‘’`]/.test(sentence.text.slice(0, triggerStart - sentence.start)));
  let k = tokenIndexAt(tokens, end);
  while (k < tokens.length && tokens[k]!.tag !== 'REPORT' && tokens[k]!.start < triggerStart) k++;
  if (k >= tokens.length || tokens[k]!.start >= triggerStart) return true; // "said Mayor X": post-posed, nothing between
  const verb = tokens[k]!;
  k++;
  if (OBJECT_REPORTING_VERBS.test(verb.lower)) while (k < tokens.length && /^(?:PROPN|NOUN|PRON|DET|POSS)$/.test(tokens[k]!.tag)) k++;
  while (k < tokens.length && tokens[k]!.tag === 'ADV') k++;
  const next = tokens[k];
  if (!next || next.start >= triggerStart) return false;
  // "Nancy Marshall reports on Mr. Blair's current visit": "on" / "about" gives the topic, not the speaker's scene.
  if (next.lower === 'on' || next.lower === 'about') return true;
  // "Kishida said he had accepted an invitation to visit": a subject pronoun in the report is the speaker.
  const subject = next.lower === 'that' ? tokens[k + 1] : next;
  if (subject && SELF_PRONOUN.test(subject.lower)) return false;
  if (next.lower === 'that') return true;
  // A reported clause: a noun phrase, then its verb ("said the suspect had visited"); "announced the development at a
  // conference" has an object instead, and the speaker took part.
  while (k < tokens.length && /^(?:DET|PRON|PROPN|NOUN|NUM|POSS|ADJ)$/.test(tokens[k]!.tag)) k++;
  return k < tokens.length && tokens[k]!.start <= triggerStart && /^(?:VERB|AUX|MODAL|BE|REPORT)$/.test(tokens[k]!.tag);
}
