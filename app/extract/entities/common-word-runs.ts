// Untitled name runs that are ordinary words in capitals, not a person: a run of capitalised words with no title
// before it (rule 'person-name', not "Mr. X" or "President X") is no person name when the article also writes one of
// its words in lower case as an ordinary word, before or after the run. Headline and sentence-initial capitals
// (development parts, WikiEvents dev.jsonl and MEANTIME airbus/apple): "Doctors Want Emergency Declared" ("an
// emergency"), "Court Convicts Friend of Boston Bombing Suspect" ("a friend of", "bombing suspect"), "First Airbus A380
// delivered" ("the first A380"), "the Murrah Federal Building" ("the federal building").
// Unless the run has strong person evidence at one of its occurrences (one name, one reading per article):
// - it is the subject of a saying verb ("X said", "X also told", or "..., said X"), not when it continues a capitalised
//   name before it ("Boeing Commercial Airplanes said" is the company, though the article writes "commercial");
// - "who" follows it ("X, who ...");
// - an age follows it (", 45,", ", now 45,", ", aged 45,");
// - it is in apposition to a person noun: after it (", the spokesman,", ", a local farmer") or before it ("farmer X",
//   "the actress X");
// - the article names a person with a title and the same last word ("Mr. X", "President Y X").
// Only leading ordinary words: the rest, two words or more with none written in lower case, stays the name ("Employee
// Phil Schiller discussed ..." ... "an Apple employee": Phil Schiller).
// Function words (the tagger's closed-class lexicon: "Per", "To Lam", "Do Hung"), name particles and common East Asian
// family names are not compared. Dropped runs leave their tokens to the later (organisation, place) passes, and a
// surname can no longer be linked to them.

import { CLOSED_CLASS } from '../syntax/pos-lexicon';
import { firstIndexAtOrAfter } from '../text/sorted-search';
import { withoutPossessive, type Token } from '../text/tokens';
import { NAME_PARTICLES } from './name-pass';
import type { SentenceTokens } from './sentence-tokens';
import { AGE_AFTER, FAMILY_NAME_FIRST, PERSON_NOUNS } from './thing-names';
import { HONORIFICS } from './titles';
import type { EntityMention } from './types';

/** Verbs of saying whose subject is taken as a person. */
const SAYING_VERBS = new Set('said says told tells added adds recalled recalls explained insisted'.split(' '));
/** Words between a subject and its saying verb ("X also said", "X has told"). */
const BEFORE_VERB = new Set(['also', 'later', 'then', 'earlier', 'previously', 'has', 'had', 'have']);
/** Person nouns of an apposition, besides those of thing-names.ts. */
const APPOSITION_NOUNS = new Set([
  ...PERSON_NOUNS,
  ...'spokesman spokeswoman spokesperson farmer official witness analyst engineer employee executive manager chairman'.split(' '),
  ...'director president minister mayor commander lawmaker politician priest judge owner shopkeeper survivor father-of-two'.split(' '),
]);
/** Words that open an apposition after a comma (", the spokesman", ", a farmer", ", his brother"). */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);

/** The words of the runs' names (in lower case) that the article writes in lower case: one set look-up per token. */
function lowerCaseWords(sentences: readonly SentenceTokens[], runs: readonly EntityMention[]): Set<string> {
  const wanted = new Set<string>();
  for (const m of runs) for (const w of m.name.split(' ')) if (compared(w)) wanted.add(w.toLowerCase());
  const out = new Set<string>();
  for (const { tokens } of sentences) for (const t of tokens) if (wanted.has(t.text)) out.add(t.text);
  return out;
}

/** Whether the run of tokens [from, to) has strong person evidence in its sentence (see the header). */
function personEvidence(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1]?.text.toLowerCase() ?? '';
  if (APPOSITION_NOUNS.has(before) || SAYING_VERBS.has(before)) return true;
  if (AGE_AFTER(tokens, to)) return true;
  let k = to;
  if (tokens[k]?.text === ',') {
    if (tokens[k + 1]?.text === 'who') return true;
    if (APPOSITION_OPENERS.has(tokens[k + 1]?.text.toLowerCase() ?? '')) {
      for (let j = k + 2; j < Math.min(tokens.length, k + 6) && /^[\p{L}\d-]/u.test(tokens[j]!.text); j++)
        if (APPOSITION_NOUNS.has(tokens[j]!.text.toLowerCase())) return true;
    }
  }
  if (tokens[k]?.text === 'who') return true;
  while (BEFORE_VERB.has(tokens[k]?.text ?? '')) k++;
  // Not a run that continues a capitalised name before it: "Boeing Commercial Airplanes said" is the company.
  return SAYING_VERBS.has(tokens[k]?.text ?? '') && !/^\p{Lu}/u.test(tokens[from - 1]?.text ?? '');
}

/** Last words of the article's titled persons ("President Mark Stone") and words after an honorific ("Mr. Stone"). */
function titledLastWords(sentences: readonly SentenceTokens[], found: readonly EntityMention[]): Set<string> {
  const out = new Set(found.filter((m) => m.ruleId === 'person-titled').map((m) => m.name.split(' ').pop()!));
  for (const { tokens } of sentences)
    for (let i = 1; i < tokens.length; i++)
      if (HONORIFICS.has(tokens[i - 1]!.text.toLowerCase())) out.add(withoutPossessive(tokens[i]!.text));
  return out;
}

/** Whether the rule compares a word of a name with the article's lower-case words (see the header). */
const compared = (word: string): boolean =>
  !NAME_PARTICLES.has(word) && !FAMILY_NAME_FIRST.has(word) && !CLOSED_CLASS.has(word.toLowerCase());

/** Whether a word of a name is written in lower case elsewhere in the article. */
const common = (word: string, lower: ReadonlySet<string>): boolean => compared(word) && lower.has(word.toLowerCase());

/** An occurrence of a candidate run: its sentence and tokens. */
interface Occurrence {
  mention: EntityMention;
  st: SentenceTokens;
  from: number;
  to: number;
}

/**
 * The name left when the leading words of a run are ordinary words and the rest, two words or more, is not
 * ("Witness John Smith": a capital at the start of a sentence), or null.
 */
function trimmed(o: Occurrence, text: string, lower: ReadonlySet<string>): EntityMention | null {
  const { tokens } = o.st;
  let k = o.from;
  while (k < o.to && common(tokens[k]!.text, lower)) k++;
  if (k === o.from || o.to - k < 2 || !/^\p{Lu}/u.test(tokens[k]!.text)) return null;
  for (let j = k; j < o.to; j++) if (common(withoutPossessive(tokens[j]!.text), lower)) return null;
  const start = tokens[k]!.start;
  const end = o.mention.end;
  return { ...o.mention, name: text.slice(start, end).replace(/\s+/g, ' '), start, text: text.slice(start, end) };
}

/**
 * `found` without the untitled person names (rule 'person-name') that are ordinary capitalised words by the article's
 * evidence (see the header); their tokens are uncovered for the later passes. A run whose ordinary words only lead it
 * keeps the rest as the name.
 */
export function dropCommonWordRuns(text: string, sentences: readonly SentenceTokens[], found: EntityMention[]): EntityMention[] {
  const runs = found.filter((m) => m.ruleId === 'person-name');
  if (runs.length === 0) return found;
  const lower = lowerCaseWords(sentences, runs);
  const candidates = new Set(runs.map((m) => m.name).filter((name) => name.split(' ').some((w) => common(w, lower))));
  if (candidates.size === 0) return found;
  const titledLast = titledLastWords(sentences, found);
  for (const name of candidates) if (titledLast.has(name.split(' ').pop()!)) candidates.delete(name);
  const occurrences: Occurrence[] = [];
  let s = 0;
  for (const m of [...runs].sort((a, b) => a.start - b.start)) {
    if (!candidates.has(m.name)) continue;
    while (s < sentences.length && sentences[s]!.sentence.start + sentences[s]!.sentence.text.length <= m.start) s++;
    const st = sentences[s];
    if (!st) break;
    const from = firstIndexAtOrAfter(st.tokens, m.start, (t) => t.start);
    let to = from;
    while (to < st.tokens.length && st.tokens[to]!.start < m.end) to++;
    occurrences.push({ mention: m, st, from, to });
  }
  for (const o of occurrences) if (personEvidence(o.st.tokens, o.from, o.to)) candidates.delete(o.mention.name);
  if (candidates.size === 0) return found;
  const replaced = new Map<EntityMention, EntityMention | null>();
  for (const o of occurrences) {
    if (!candidates.has(o.mention.name)) continue;
    const rest = trimmed(o, text, lower);
    replaced.set(o.mention, rest);
    o.st.covered.fill(0, o.from, rest ? firstIndexAtOrAfter(o.st.tokens, rest.start, (t) => t.start) : o.to);
  }
  const out: EntityMention[] = [];
  for (const m of found) {
    const r = replaced.has(m) ? replaced.get(m) : m;
    if (r) out.push(r);
  }
  return out;
}
