// Capitalised runs the person pass must not read as an untitled person name ("Wang Yi said"), though every word is
// capitalised:
// - headline and caption text in title case: a run holding a function word or a common verb ("Questioned About
//   Surveillance Priorities", "Doctors Want Emergency Declared", "Bomb Probe", "Send Facebook");
// - a run opened by an adverb in -ly ("Ultimately Bloody Friday ...", "Reportedly ...");
// - a run of title words only, a title without its name ("Venezuela's Attorney General said", "the Public Prosecutor");
// - a run opened by an article of another language, which begins names of papers and places ("Der Spiegel", "El Nacional").
// Data-like: the word lists are the tagger's closed-class lexicon and verbs (syntax/pos-lexicon.ts) plus FOREIGN_ARTICLES.

import { withoutPossessive, type Token } from '../text/tokens';
import { CLOSED_CLASS, REPORTING_VERBS, VERBS } from '../syntax/pos-lexicon';
import { FOREIGN_ARTICLES } from './gazetteer-data';
import { TITLE_WORDS } from './titles';

/** Closed-class tags whose capitalised words mark title-case text; determiners, pronouns and modals ("Will") do not. */
const HEADLINE_TAGS = new Set(['PREP', 'CONJ', 'SUB', 'WH', 'BE', 'AUX', 'NEG', 'TO']);
/** Words of those classes or lists that are also given names or surnames. */
/** ("Edward Said", "To Lam", "Do Hung", "In-bum" are names.) */
const ALSO_NAMES = new Set([
  'said',
  'per',
  'van',
  'long',
  'young',
  'rich',
  'west',
  'king',
  'hope',
  'to',
  'do',
  'or',
  'in',
  'on',
  'so',
  'ho',
]);
const ADVERB = /^\p{Lu}\p{Ll}{2,}(?:ally|ately|ously|ively|ently|antly|edly|ingly|fully|lessly)$/u;

function headlineWord(token: Token): boolean {
  const lower = withoutPossessive(token.text).toLowerCase();
  if (ALSO_NAMES.has(lower)) return false;
  const tag = CLOSED_CLASS.get(lower);
  return (tag !== undefined && HEADLINE_TAGS.has(tag)) || VERBS.has(lower) || REPORTING_VERBS.has(lower);
}

/** Whether tokens [from, to) are all title words ("Attorney General", "General's" in "the Attorney General's office"). */
export function onlyTitleWords(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!TITLE_WORDS.has(withoutPossessive(tokens[k]!.text).toLowerCase())) return false;
  return to > from;
}

/** Whether tokens [from, to), a run of capitalised words, are no person name (see the header). */
export function runIsNoPerson(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from]!.text;
  if (FOREIGN_ARTICLES.has(first) || ADVERB.test(first)) return true;
  if (onlyTitleWords(tokens, from, to)) return true;
  for (let k = from; k < to; k++) if (headlineWord(tokens[k]!)) return true;
  return false;
}
