// Sentence splitter with UTF-16 offsets, linear in the text. Titles ("Mr.", "Gen.") never end a sentence;
// other abbreviations ("Sept.", "U.S.", "p.m.") and initials end one only when a new sentence clearly starts
// after them ("5 p.m. The", "D.C. He"); line breaks always do (titles, datelines, paragraphs and the
// one-sentence-per-line text of scraped pages, which often lacks final full stops, are separate sentences).
// Hand-written: Intl.Segmenter splits after "Mr." and is quadratic on long strings.

export interface Sentence {
  index: number;
  start: number; // inclusive offset into the article text
  end: number; // exclusive
  text: string;
}

/** Titles before a name: a period after them never ends a sentence ("Gen. Smith", "Mr. Putin"). */
const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'sen',
  'rep',
  'gov',
  'pres',
  'st',
  'mt',
  'ft',
  'rev',
  'hon',
  'amb',
]);

/**
 * Lower-cased abbreviations (without the final dot) that may also end a sentence: after them a period ends the
 * sentence only when a new sentence clearly starts ("at 5 p.m. The talks", "in Washington, D.C. He said"), not
 * before a name or a number ("the U.S. Capitol", "Jan. 5", "U.N. officials").
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jr',
  'sr',
  'inc',
  'corp',
  'ltd',
  'co',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'dept',
  'est',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'a.m',
  'p.m',
  'd.c',
]);

/** "No." and "Nos." abbreviate "number" only before a number ("No. 5"); otherwise "no." is the word ("I said no."). */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos']);

/** Words that clearly start a new sentence after an abbreviation: pronouns, determiners, sentence adverbs. */
const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'but',
  'then',
  'however',
  'meanwhile',
  'later',
  'there',
  'in',
  'on',
  'at',
  'after',
  'before',
  'when',
  'while',
  'if',
  'as',
  'so',
  'yet',
  'also',
  'both',
  'some',
  'many',
  'most',
  'earlier',
  'instead',
]);

/** A candidate sentence end: terminal punctuation, optional closing quotes/brackets, then whitespace. */
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)/g;
/** Longest word looked at before a period (keeps the look-back constant-time on endless words). */
const MAX_WORD = 40;

function wordBefore(text: string, dotIndex: number): string {
  let i = dotIndex;
  while (i > 0 && dotIndex - i < MAX_WORD && /[\p{L}.]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, dotIndex);
}

function nextWord(text: string, from: number): string {
  return /^\s*["'“‘(]*([\p{L}\d#]*)/u.exec(text.slice(from, from + 40))?.[1] ?? '';
}

/** Whether the period at `dotIndex` is an abbreviation's and does not end the sentence before `next`. */
function isAbbreviationStop(text: string, dotIndex: number, next: string): boolean {
  const word = wordBefore(text, dotIndex);
  if (word.length === 0) return false;
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return true;
  if (NUMBER_ABBREVIATIONS.has(lower)) return /^[\d#]/.test(next);
  // initials ("John F. Kennedy") and dotted acronyms ("U.S.", "D.C.", "p.m.")
  const abbreviation = ABBREVIATIONS.has(lower) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
  return abbreviation && !SENTENCE_STARTERS.has(next.toLowerCase());
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end) });
}

/** Splits `text` into sentences; offsets point into `text`. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lines = /[^\n\r]+/g;
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    const lineStart = line.index;
    const lineEnd = lineStart + line[0].length;
    let sentenceStart = lineStart;
    BOUNDARY.lastIndex = 0;
    const lineText = line[0];
    for (let m = BOUNDARY.exec(lineText); m; m = BOUNDARY.exec(lineText)) {
      const dotIndex = lineStart + m.index;
      const after = lineStart + m.index + m[0].length;
      const next = nextWord(text, after);
      if (m[0].startsWith('.') && !m[0].startsWith('..') && isAbbreviationStop(text, dotIndex, next)) continue;
      if (/\p{Ll}/u.test(/\S/.exec(text.slice(after, after + 20))?.[0] ?? '')) continue; // "e.g. something", lower-case continuation
      pushTrimmed(out, text, sentenceStart, after);
      sentenceStart = after;
    }
    pushTrimmed(out, text, sentenceStart, lineEnd);
  }
  return out;
}

/** The sentence containing offset `at` (binary search), or undefined. */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
