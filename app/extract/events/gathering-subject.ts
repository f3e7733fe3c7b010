// Which names before a gathering noun ("meeting", "talks", "summit", "visit") take part in it (used by arguments.ts):
// its possessor or premodifier ("Kuchma's four-day state visit", "an emergency Security Council meeting"), or the end
// of the subject of the clause it is in, which a verb, an auxiliary, an adverb or a comma follows ("Mr Whitelaw and
// Lord Carrington immediately flew back to Belfast ... for their emergency meeting"; "representatives of Dow Jones and
// Telerate began negotiations"), or the object of a verb whose adjunct is the gathering ("Chinese Premier Li Qiang is
// expected to represent Beijing at the Jakarta meeting"). A name followed by a preposition or a noun of its own is inside another phrase:
// "an article in The New York Times on Friday about her statements regarding a meeting with the president" (TimeBank
// NYT19980206.0466), "a town bordering Northern Ireland on the eve of the return to peace talks" (APW19980322.0749),
// "There are 500 Apple engineers at ... their largest developers conference" (MEANTIME dev 10450: the engineers were
// there; Apple only says whose).

import { NOUN_PHRASE_TAGS, tokenIndexAt } from '../syntax/clause';
import { tagSentence } from '../syntax/tagger';

const AFTER_SUBJECT_TAGS = new Set(['VERB', 'REPORT', 'AUX', 'BE', 'MODAL', 'ADV', 'NEG']);

/** Whether the trigger at `triggerStart` is a noun (its first word is tagged as a noun or a name). */
export function isNounTrigger(sentence: { text: string; start: number }, triggerStart: number): boolean {
  const tokens = tagSentence(sentence);
  const tag = tokens[tokenIndexAt(tokens, triggerStart)]?.tag;
  return tag === 'NOUN' || tag === 'PROPN' || tag === 'ADJ';
}

/** Whether the name at [start, end), before a gathering noun at `triggerStart`, stands in a phrase of its own (see above). */
export function isInOtherPhrase(sentence: { text: string; start: number }, start: number, end: number, triggerStart: number): boolean {
  const tokens = tagSentence(sentence);
  let k = tokenIndexAt(tokens, end);
  const trigger = tokenIndexAt(tokens, triggerStart);
  // A possessor or premodifier of the gathering noun: only noun-phrase words up to it.
  if (tokens.slice(k, trigger).every((t) => NOUN_PHRASE_TAGS.has(t.tag))) return false;
  // Skip names coordinated with this one ("Dow Jones and Telerate"): the subject ends after the last of them.
  while (k < trigger && (tokens[k]!.tag === 'CONJ' || tokens[k]!.text === ',') && tokens[k + 1]?.tag === 'PROPN') {
    k++;
    while (k < trigger && tokens[k]!.tag === 'PROPN') k++;
  }
  const next = tokens[k];
  if (!next || k >= trigger) return false;
  // A word the tagger does not know as a verb, before a determiner or pronoun, is one ("Gerry Adams kept his party out").
  const unknownVerb = next.tag === 'NOUN' && /^(?:DET|PRON)$/.test(tokens[k + 1]?.tag ?? '');
  // The object of a verb whose adjunct is the gathering itself ("to represent Beijing at the Jakarta meeting").
  const adjunctOfGathering =
    (next.tag === 'PREP' || next.tag === 'TO') && tokens.slice(k + 1, trigger).every((t) => NOUN_PHRASE_TAGS.has(t.tag));
  return !(AFTER_SUBJECT_TAGS.has(next.tag) || next.text === ',' || unknownVerb || adjunctOfGathering);
}

/** Prepositions that give what a meeting is about ("talks on Kosovo", "negotiations ... for the return of X"). */
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'over', 'regarding', 'concerning', 'for']);
/** Prepositions that give who meets: "with", "between", "among". */
const PARTY_PREPOSITIONS = new Set(['with', 'between', 'among', 'amongst']);
const PREPOSITION_WORD = /\b(?:on|about|over|regarding|concerning|for|with|between|among|amongst)\b/gi;
/** "on Monday", "for two hours": a time phrase after "on" or "for" gives no topic. */
const TIME_AFTER = new RegExp(
  '^\\s+(?:(?:the|a|an|two|three|several|many)\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
    'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|hours?|days?|weeks?|months?|years?|minutes?|\\d)',
  'i',
);

/**
 * Whether a name after a meeting trigger (`between` is the text from the trigger's end to the name) is what the meeting
 * is about: the last of the prepositions before it that give a party or a topic gives a topic ("the negotiations with
 * the kidnappers for the return of Hernandez": TimeBank APW19980213.1380). "talks in Paris on Friday with Macron" still
 * makes Macron a party.
 */
export function isTopicOfMeeting(between: string): boolean {
  let last: string | null = null;
  PREPOSITION_WORD.lastIndex = 0;
  for (let m = PREPOSITION_WORD.exec(between); m; m = PREPOSITION_WORD.exec(between)) {
    const word = m[0].toLowerCase();
    if (TOPIC_PREPOSITIONS.has(word) && TIME_AFTER.test(between.slice(m.index + m[0].length))) continue;
    last = word;
  }
  return last !== null && TOPIC_PREPOSITIONS.has(last) && !PARTY_PREPOSITIONS.has(last);
}
