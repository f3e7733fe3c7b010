// Sentence splitter with UTF-16 offsets, linear in the text. Titles ("Mr.", "Gen.") never end a sentence;
// other abbreviations ("Sept.", "U.S.", "p.m.") and initials end one only when a new sentence clearly starts
// after them ("5 p.m. The", "D.C. He"); line breaks do (titles, datelines, paragraphs and the one-sentence-per-line
// text of scraped pages, which often lacks final full stops, are separate sentences), except a single break inside a
// hard-wrapped sentence: a line without final punctuation whose next line goes on in lower case.
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

/** A line that ends a sentence or a heading: terminal punctuation (and closing quotes) at its end. */
const TERMINAL_AT_END = /[.!?:;]["'”’)\]]*\s*$/;
/** A line ending in a word no sentence ends with ("met in", "talks with the"): the sentence goes on below. */
const DANGLING_END = /(?:^|\s)(?:in|at|to|of|the|a|an|and|or|with|for|by|from|on|into|between|his|her|their|its)\s*$/i;
const SINGLE_BREAK = /^[ \t]*\r?\n[ \t]*\S/;
/** After one line break (no blank line), the next line goes on in lower case: a hard-wrapped sentence continues. */
const WRAPPED_CONTINUATION = /^[ \t]*\r?\n[ \t]*\p{Ll}/u;

/** Splits `text` into sentences; offsets point into `text`. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lines = /[^\n\r]+/g;
  let carried = -1; // start of a sentence that a hard-wrapped line break did not end
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    const lineStart = line.index;
    const lineEnd = lineStart + line[0].length;
    let sentenceStart = carried >= 0 ? carried : lineStart;
    carried = -1;
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
    // "the two ministers met in\nVienna" ends the line, not the sentence; "Talks end without a deal\nNext round
    // planned" (a capital after the break) and lines ending in punctuation are separate sentences.
    const tail = text.slice(Math.max(sentenceStart, lineEnd - 12), lineEnd);
    const next = text.slice(lineEnd, lineEnd + 40);
    const wrapped = WRAPPED_CONTINUATION.test(next) || (DANGLING_END.test(tail) && SINGLE_BREAK.test(next));
    if (!TERMINAL_AT_END.test(tail) && wrapped) carried = sentenceStart;
    else pushTrimmed(out, text, sentenceStart, lineEnd);
  }
  if (carried >= 0) pushTrimmed(out, text, carried, text.length);
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
