// Who attended a forum, read from the clause that names it (used by arguments.ts and event-mention.ts). A forum named
// as the place or occasion of another act is where that act happened: "Apple Inc. today has introduced the iPhone at
// the Macworld Conference", "Steve Jobs gave his annual opening keynote to the World Wide Developers Conference"
// (MEANTIME dev 58207, 10450) say what the subject did there, not that it attended, and MEANTIME links the subject to
// that act's predicate only, never to the conference. The subject of a verb of attending is an attendee ("Putin is
// expected to attend the forum", "leaders gathered at the summit"), and so is a name the forum phrase itself holds
// (its possessor or a premodifier: "the company's Worldwide Developers Conference").

import { NOUN_PHRASE_TAGS, tokenIndexAt } from '../syntax/clause';
import { tagSentence } from '../syntax/tagger';

/** Prepositions that make a forum the place or occasion of the verb before them ("at", "to", "during" the forum). */
const ADJUNCT_PREPOSITIONS = new Set(['at', 'to', 'during', 'in', 'on', 'before', 'after', 'ahead', 'throughout']);
/** Verbs of attending, hosting or travelling to a gathering: their subject takes part in it. */
const ATTENDING_VERB = new RegExp(
  '^(?:attend\\w*|gather\\w*|arriv\\w*|came|come|comes|coming|went|go|goes|going|travel\\w*|flew|fly|flies|flying|head\\w*|' +
    'return\\w*|spoke|speak\\w*|address\\w*|participat\\w*|took|take|takes|taking|join\\w*|host\\w*|held|hold\\w*|open\\w*|' +
    'chair\\w*|conven\\w*|assembl\\w*|met|meet\\w*)$',
);

/**
 * Whether the name ending at `nameEnd`, before the forum trigger at `triggerStart`, is the subject of another act done
 * at the forum: the forum's noun phrase is governed by an adjunct preposition, and a verb other than one of attending
 * stands between the name and that preposition. "There are 500 Apple engineers at ... their largest developers
 * conference" has no such verb; "Putin is expected to attend next month's Belt and Road Forum" has no preposition.
 */
export function actsAtForum(sentence: { text: string; start: number }, nameEnd: number, triggerStart: number): boolean {
  const tokens = tagSentence(sentence);
  const from = tokenIndexAt(tokens, nameEnd);
  let k = tokenIndexAt(tokens, triggerStart) - 1;
  // Words of the forum's noun phrase between its preposition and its trigger ("at this year's Apple ...").
  while (k >= from && NOUN_PHRASE_TAGS.has(tokens[k]!.tag)) k--;
  if (k < from || !ADJUNCT_PREPOSITIONS.has(tokens[k]!.lower)) return false;
  for (let v = from; v < k; v++) {
    const t = tokens[v]!;
    if ((t.tag === 'VERB' || t.tag === 'REPORT') && !ATTENDING_VERB.test(t.lower)) return true;
  }
  return false;
}
