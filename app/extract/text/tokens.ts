// Word tokens with offsets, and small lexical helpers shared by the entity and event rules.

export interface Token {
  text: string;
  start: number; // offset into the article text
  end: number;
}

/**
 * Honorific abbreviations and middle initials keep their dot ("Mr.", "Gen.", "John F. Kennedy"); dotted acronyms stay
 * whole ("U.S."); words keep inner apostrophes and hyphens ("Russia’s", "Secretary-General"); any other character is
 * a token of its own.
 */
const TOKEN =
  /(?<!\p{L})(?:Mrs|Mr|Ms|Dr|Gen|Sen|Gov|Col|Lt|Rep|Prof|St|Sgt|Capt|Maj|Adm|Mt|Ft)\.(?!\p{L})|(?<!\p{L})\p{Lu}\.(?=\s+\p{Lu}\p{Ll})|(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Tokenises `text`, adding `base` to every offset (pass a sentence start to get article offsets). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    out.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}

/** Lookup key of a token sequence: token texts joined by single spaces ("St. Petersburg", "Belt and Road"). */
export function tokenKey(tokens: readonly Token[], from: number, to: number): string {
  let key = '';
  for (let i = from; i < to; i++) key += (i > from ? ' ' : '') + tokens[i]!.text;
  return key;
}

/** The word without a trailing possessive ("Russia’s" → "Russia"), or null when it has none. */
export function stripPossessive(word: string): string | null {
  // Most words have no apostrophe: skip the two regexes (called for nearly every token by the entity passes).
  if (!word.includes("'") && !word.includes('’')) return null;
  const m = /^(.+?)['’]s?$/u.exec(word);
  if (!m || !/['’]s$|s['’]$/u.test(word)) return null;
  return word.endsWith('s’') || word.endsWith("s'") ? word.slice(0, -1) : m[1]!;
}

/** The word without its possessive ending, or the word itself when it has none ("Putin's" → "Putin", "Putin" → "Putin"). */
export function withoutPossessive(word: string): string {
  return stripPossessive(word) ?? word;
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
