// Fallback person rule for a lone surname the article never gives in full: a single capitalised word that is the
// subject of a verb of meeting, travelling, saying or the like ("Obama will meet King Felipe", "Erdogan met Putin",
// "McVeigh arrived in Junction City"), at the start of a sentence or clause, that no other rule took and that is no
// function word, title, month or organisation head. Runs last, on what the other passes left uncovered.
// Also a lone surname after "the" that heads a leader's government ("the Trump administration", "the Assad regime"):
// capitals before such nouns are taken as governments earlier (gazetteer-pass.ts), so what is left is a leader.
// And a lone surname a meeting word takes as its object ("will meet Bush", "met with Sununu", "his meeting with
// Hussein": TimeBank); weekdays and months are no names (NON_NAME_WORDS), places and groups were taken before.
// Not a word the article also writes after "at" ("here at Boeing and our partners" … "Boeing says they have 800
// orders", MEANTIME dev 276079): nobody is at a person, so it is a workplace or a place.

import { NON_NAME_WORDS, NON_PERSON_HEADS } from './gazetteer-data';
import type { SentenceTokens } from './sentence-tokens';
import type { EntityMention } from './types';
import { tagSentence } from '../syntax/tagger';

export const PERSON_SUBJECT_RULE = 'person-subject';

/** Tokens after which a clause (and its subject) starts: a comma, "and", an opening or closing quote. */
const CLAUSE_START_BEFORE = new Set([',', 'and', '“', '”', '"', "'"]);
const SURNAME = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;
/** Nouns a leader's surname heads after "the": "the Trump administration", "the Assad regime". */
const LEADER_GOVERNMENT_NOUNS = new Set(['administration', 'regime']);
/** Verbs a person, more than a company or a place, is the subject of. */
const PERSON_VERBS = new Set(
  (
    'met meets meet visited visits visit travelled traveled travels arrived arrives flew flies said says told insisted added ' +
    'warned vowed urged praised accepted invited welcomed hosted received signed agreed spoke speaks'
  ).split(' '),
);

/** Meeting verbs and nouns whose object, after an optional "with", is the person met: "will meet Bush", "met with Sununu". */
const MEETING_WORDS = new Set(['meet', 'meets', 'met', 'meeting', 'talks']);

/**
 * Whether token i is the object of a meeting word ("The monarch will meet Bush on Thursday", "his meeting with
 * Hussein", "met with Sununu last week": TimeBank) and no longer name's first word. "talks" takes only "with".
 */
function isObjectOfMeeting(st: SentenceTokens, i: number): boolean {
  if (/^\p{Lu}/u.test(st.tokens[i + 1]?.text ?? '')) return false;
  const before = st.tokens[i - 1]?.text.toLowerCase();
  if (before === 'with') return MEETING_WORDS.has(st.tokens[i - 2]?.text.toLowerCase() ?? '');
  return before !== undefined && before !== 'talks' && MEETING_WORDS.has(before);
}

/** Capitalised words the article writes right after "at" without a possessive ("at Boeing", not "at Obama's ranch"). */
function wordsAfterAt(sentences: readonly SentenceTokens[]): Set<string> {
  const out = new Set<string>();
  for (const { tokens } of sentences)
    for (let i = 1; i < tokens.length; i++) if (tokens[i - 1]!.text === 'at' && SURNAME.test(tokens[i]!.text)) out.add(tokens[i]!.text);
  return out;
}

/** Lone-surname persons in the sentences; `known` are the mentions found so far (any kind). */
export function findSubjectSurnames(text: string, sentences: readonly SentenceTokens[], known: readonly EntityMention[]): EntityMention[] {
  const sorted = [...known].sort((a, b) => a.start - b.start);
  const out: EntityMention[] = [];
  const afterAt = wordsAfterAt(sentences);
  let k = 0;
  for (const st of sentences) {
    let tagged: ReturnType<typeof tagSentence> | null = null; // tagged only when a candidate word occurs
    for (let i = 0; i < st.tokens.length; i++) {
      const t = st.tokens[i]!;
      if (st.covered[i] || !SURNAME.test(t.text) || NON_NAME_WORDS.has(t.text) || NON_PERSON_HEADS.has(t.text)) continue;
      const before = st.tokens[i - 1]?.text;
      const leaderGovernment = before?.toLowerCase() === 'the' && LEADER_GOVERNMENT_NOUNS.has(st.tokens[i + 1]?.text ?? '');
      const metObject = isObjectOfMeeting(st, i);
      if (!leaderGovernment && !metObject) {
        if (before !== undefined && !CLAUSE_START_BEFORE.has(before)) continue;
        if (/^\p{Lu}/u.test(st.tokens[i + 1]?.text ?? '')) continue; // part of a longer name
        tagged ??= tagSentence(st.sentence);
        let v = i + 1;
        while (v < tagged.length && ['MODAL', 'AUX', 'ADV', 'NEG'].includes(tagged[v]!.tag)) v++;
        if (!PERSON_VERBS.has(tagged[v]?.lower ?? '')) continue;
      }
      if (afterAt.has(t.text)) continue;
      while (k < sorted.length && sorted[k]!.end <= t.start) k++;
      if (k < sorted.length && sorted[k]!.start < t.end) continue;
      out.push({ kind: 'person', name: t.text, start: t.start, end: t.end, text: text.slice(t.start, t.end), ruleId: PERSON_SUBJECT_RULE });
    }
  }
  return out;
}
