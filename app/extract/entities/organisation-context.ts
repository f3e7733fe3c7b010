// Organisations named by their context, then the same names elsewhere in the article (one name, one kind per article):
// - a corporate role or a business noun right after a name: "Apple CEO Steve Jobs", "Airbus chief executive Noel
//   Forgeard", "Boeing shares fell" (ROLE_AFTER);
// - a descriptor right before it: "aircraft manufacturer Boeing", "Irish national airline Aer Lingus", "German
//   magazine Der Spiegel" (DESCRIPTOR_BEFORE), except after "his"/"her" ("his rival Hillary Clinton" is a person);
// - an employee's job noun and "at" right before it: "a market strategist at Drexel Burnham Lambert", "a trader at
//   Credit Suisse First Boston", "an expert at Stanford University" (JOB_BEFORE_AT; TimeBank and MEANTIME dev): nobody
//   works at a person;
// - a possessive before a business noun or a model number: "Boeing's shares", "Apple's products", "Boeing's 787" (POSSESSED);
// - a maker named by a model number ("Boeing 737", "Airbus A380", the product itself is no organisation), when the
//   name is nowhere written in lower case;
// - elsewhere in the article, the same name alone ("Boeing said"), or inside a two-to-four-word run the person pass
//   read as a name ("First Airbus A380 delivered"), is that organisation and no person.
// A name found this way replaces only the untitled person and fallback place readings of the name pass (person-name,
// place-in-capitalised); a titled person, a country, a gazetteer place or another organisation keeps its reading.

import { stripPossessive as stripPossessiveRegex, type Token } from '../text/tokens';
import type { SentenceTokens } from './sentence-tokens';
import { NON_NAME_WORDS, NON_PERSON_HEADS } from './gazetteer-data';
import type { EntityMention } from './types';
import { firstIndexAtOrAfter } from '../text/sorted-search';

export const ORGANISATION_CONTEXT_RULE = 'organisation-context';
export const ORGANISATION_REPEAT_RULE = 'organisation-repeat';

/** Words right after a name that make it an organisation ("Apple CEO Steve Jobs", "Boeing shares"). */
const ROLE_AFTER = new Set(
  (
    'CEO CFO COO chief-executive chief-operating chief-financial chairman chairwoman spokesman spokeswoman spokesperson executive ' +
    'executives co-founder founder shareholders shares stock analyst analysts employees engineers subsidiary headquarters board'
  ).split(' '),
);
/** Descriptors right before a name that make it an organisation ("aircraft manufacturer Boeing", "airline Aer Lingus"). */
const DESCRIPTOR_BEFORE = new Set(
  (
    'maker manufacturer company firm giant carrier airline airframer planemaker carmaker automaker retailer rival competitor ' +
    'magazine newspaper broadcaster website conglomerate chipmaker insurer subsidiary startup supplier consortium label ' +
    'contractor operator publisher studio'
  ).split(' '),
);
/** Jobs held at an organisation: "<job> at <Name>" ("a market strategist at Drexel Burnham Lambert"). */
const JOB_BEFORE_AT = new Set(
  (
    'strategist strategists analyst analysts economist economists trader traders executive executives official officials ' +
    'director manager managers engineer engineers researcher researchers scientist scientists expert experts professor ' +
    'spokesman spokeswoman spokesperson partner partners banker bankers lawyer lawyers employee employees worker workers ' +
    'head chief chairman president founder consultant consultants fellow lecturer dean'
  ).split(' '),
);
/** Business nouns after a possessive name ("Boeing's shares", "Apple's products"). */
const POSSESSED = new Set(
  (
    'shares stock profit profits revenue revenues sales earnings board CEO chairman headquarters subsidiary products customers ' +
    'factory plant stores fleet orders order airliner airliners aircraft jets software devices shareholders executives employees rival ' +
    'website site retail brand logo lawyers spokesman spokeswoman founder co-founder operating'
  ).split(' '),
);
/** Readings of the name pass an organisation found here replaces. */
const REPLACEABLE = new Set(['person-name', 'place-in-capitalised', 'person-subject']);
/** A model number ("787", "A380", "737-800", "A330-300E"), not a year or years ("1955-2011"). */
export const MODEL_NUMBER = /^(?!(?:1[89]|20)\d\d(?:$|[-–]))\p{Lu}{0,2}\d{3,4}\p{Lu}?(?:-\d{1,4}\p{Lu}{0,2})?$/u; // not a year ("Chávez’s 1999 constitution")
const OWNER = /^(?:its|their|his|her|our)$/i;
const NAME_WORD = /^\p{Lu}[\p{L}\d&'’.-]*$/u;

/** stripPossessive, with a cheap test first: most words end in no apostrophe or apostrophe + "s". */
function stripPossessive(word: string): string | null {
  const apostrophe = (c: number): boolean => c === 39 || c === 8217;
  const n = word.length;
  const possessive = apostrophe(word.charCodeAt(n - 1)) || (word.charCodeAt(n - 1) === 115 && apostrophe(word.charCodeAt(n - 2)));
  return possessive ? stripPossessiveRegex(word) : null;
}
const isNameWord = (t: Token | undefined): boolean =>
  !!t && NAME_WORD.test(t.text) && !NON_NAME_WORDS.has(stripPossessive(t.text) ?? t.text);
const lower = (t: Token | undefined): string => t?.text.toLowerCase() ?? '';

/** Token ranges [from, to) of names that context marks as organisations in one sentence. */
function contextRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text;
    // The role in lower case ("Airbus chief executive"), as an abbreviation ("Apple CEO") or capitalised in a headline.
    const key = word === 'chief' || word === 'Chief' ? `chief-${lower(tokens[i + 1])}` : word;
    const role = ROLE_AFTER.has(key) || (/^\p{Lu}\p{Ll}/u.test(key) && ROLE_AFTER.has(key.toLowerCase())); // "Boeing Shares Fall"
    if (role && isNameWord(tokens[i - 1]) && !stripPossessive(tokens[i - 1]!.text)) {
      let from = i - 1;
      while (from > 0 && i - from < 4 && isNameWord(tokens[from - 1]) && !stripPossessive(tokens[from - 1]!.text)) from--;
      // "its Cupertino headquarters", "their Everett factory": a place that belongs to the organisation.
      if (!OWNER.test(tokens[from - 1]?.text ?? '')) runs.push([from, i]);
    }
    if (DESCRIPTOR_BEFORE.has(word) && !/^(?:his|her)$/i.test(tokens[i - 1]?.text ?? '')) {
      const from = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
      let to = from;
      while (to < tokens.length && to - from < 4 && isNameWord(tokens[to])) {
        to++;
        if (stripPossessive(tokens[to - 1]!.text)) break;
      }
      if (to > from) runs.push([from, to]);
    }
    if (JOB_BEFORE_AT.has(word) && tokens[i + 1]?.text === 'at') {
      let to = i + 2;
      while (to < tokens.length && to - i - 2 < 4 && isNameWord(tokens[to])) {
        to++;
        if (stripPossessive(tokens[to - 1]!.text)) break;
      }
      if (to > i + 2) runs.push([i + 2, to]);
    }
    const possessed = tokens[i + 1]?.text ?? '';
    if (stripPossessive(word) && (POSSESSED.has(possessed) || MODEL_NUMBER.test(possessed)) && isNameWord(tokens[i])) runs.push([i, i + 1]);
  }
  return runs;
}

/**
 * Makers named by a model number ("Boeing 737", "Airbus A380"): the name before it is the organisation elsewhere in the
 * article, when it is written nowhere in lower case ("Resolution 2231" is not a maker: "the resolution").
 */
function manufacturers(sentences: readonly SentenceTokens[]): Set<string> {
  const out = new Set<string>();
  let lowerWords: Set<string> | undefined; // the article's lower-case words, gathered once when a candidate occurs
  for (const { tokens } of sentences) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const word = tokens[i]!.text;
      const next = tokens[i + 1]!.text;
      const digitAt = (k: number): boolean => next.charCodeAt(k) >= 48 && next.charCodeAt(k) <= 57;
      if (
        !(digitAt(0) || digitAt(1)) ||
        !MODEL_NUMBER.test(next) ||
        !/^\p{Lu}\p{Ll}+$/u.test(word) ||
        NON_NAME_WORDS.has(word) ||
        NON_PERSON_HEADS.has(word)
      )
        continue;
      lowerWords ??= new Set(sentences.flatMap((st) => st.tokens.map((t) => t.text).filter((w) => /^\p{Ll}/u.test(w))));
      if (!lowerWords.has(word.toLowerCase())) out.add(word);
    }
  }
  return out;
}

/** Longest mention the overlap search looks back over (a mention is a name or a short phrase). */
const LONGEST_MENTION = 200;

/** The mentions (sorted by start) overlapping [start, end): found by binary search, then a short walk back. */
function overlapping(sorted: readonly EntityMention[], start: number, end: number): EntityMention[] {
  const out: EntityMention[] = [];
  for (let j = firstIndexAtOrAfter(sorted, end, (m) => m.start) - 1; j >= 0 && sorted[j]!.start > start - LONGEST_MENTION; j--) {
    if (sorted[j]!.end > start) out.push(sorted[j]!);
  }
  return out;
}

/**
 * `found` (sorted by start) with the organisations of these rules added and the person / fallback-place readings they
 * replace removed; marks their tokens covered. Returns a new sorted list.
 */
export function addContextOrganisations(text: string, sentences: readonly SentenceTokens[], found: EntityMention[]): EntityMention[] {
  const names = new Set<string>();
  const added: EntityMention[] = [];
  const removed = new Set<EntityMention>();
  const take = (st: SentenceTokens, from: number, to: number, ruleId: string): void => {
    const start = st.tokens[from]!.start;
    const last = st.tokens[to - 1]!;
    const end = last.start + (stripPossessive(last.text) ?? last.text).length;
    const inside = overlapping(found, start, end);
    if (inside.some((m) => !REPLACEABLE.has(m.ruleId) && (m.kind !== 'organisation' || m.start !== start || m.end !== end))) return;
    if (inside.some((m) => m.kind === 'organisation') || added.some((m) => m.start < end && m.end > start)) return;
    for (const m of inside) removed.add(m);
    const name = text.slice(start, end).replace(/\s+/g, ' ');
    added.push({ kind: 'organisation', name, start, end, text: text.slice(start, end), ruleId });
    st.covered.fill(1, from, to);
    names.add(name);
  };
  for (const st of sentences) for (const [from, to] of contextRuns(st.tokens)) take(st, from, to, ORGANISATION_CONTEXT_RULE);
  for (const name of manufacturers(sentences)) names.add(name);
  if (names.size === 0) return found;
  const firstWords = new Map<string, string[][]>();
  for (const name of names) {
    const words = name.split(' ');
    firstWords.set(words[0]!, [...(firstWords.get(words[0]!) ?? []), words]);
  }
  for (const st of sentences) {
    const { tokens } = st;
    for (let i = 0; i < tokens.length; i++) {
      for (const words of firstWords.get(stripPossessive(tokens[i]!.text) ?? tokens[i]!.text) ?? []) {
        const to = i + words.length;
        const matches = words.every((w, k) => (stripPossessive(tokens[i + k]?.text ?? '') ?? tokens[i + k]?.text) === w);
        if (!matches || (to - i > 1 && stripPossessive(tokens[i]!.text))) continue;
        // "Airbus A380" is a product of the organisation: a longer capitalised run after the name is not taken.
        if ((isNameWord(tokens[to]) && !st.covered[to]) || MODEL_NUMBER.test(tokens[to]?.text ?? '')) {
          const run = overlapping(found, tokens[i]!.start, tokens[to]!.end).find((m) => m.ruleId === 'person-name');
          if (run) removed.add(run);
          continue;
        }
        const start = tokens[i]!.start;
        const person = overlapping(found, start, tokens[to - 1]!.end).find(
          (m) => m.ruleId === 'person-name' && (m.start < start || m.end > tokens[to - 1]!.end),
        );
        if (person) removed.add(person);
        if (!person && st.covered[i] && !overlapping(found, start, tokens[to - 1]!.end).every((m) => REPLACEABLE.has(m.ruleId))) continue;
        take(st, i, to, ORGANISATION_REPEAT_RULE);
      }
    }
  }
  return [...found.filter((m) => !removed.has(m)), ...added].sort((a, b) => a.start - b.start);
}
