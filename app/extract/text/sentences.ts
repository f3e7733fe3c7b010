// Sentence splitter with UTF-16 offsets. Abbreviations ("Mr.", "Sept.", "U.S.") and initials do not end a sentence;
// line breaks always do (titles, datelines and paragraphs are separate sentences).

export interface Sentence {
  index: number;
  start: number; // inclusive offset into the article text
  end: number; // exclusive
  text: string;
}

/** Lower-cased abbreviations (without the dot) after which a period does not end a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'sen', 'rep', 'gov',
  'pres', 'st', 'mt', 'ft', 'jr', 'sr', 'rev', 'hon', 'amb', 'inc', 'corp', 'ltd', 'co', 'no', 'nos', 'vs', 'etc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'est',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m',
]);

/** A candidate sentence end: terminal punctuation, optional closing quotes/brackets, then whitespace. */
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)/g;

function wordBefore(text: string, dotIndex: number): string {
  let i = dotIndex;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, dotIndex);
}

function isAbbreviationStop(text: string, dotIndex: number): boolean {
  const word = wordBefore(text, dotIndex);
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Single initials ("John F. Kennedy") and dotted acronyms ("U.S.") followed by a capitalised word.
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
}

function nextNonSpace(text: string, from: number): string {
  const m = /\S/.exec(text.slice(from, from + 20));
  return m ? m[0] : '';
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
      const next = nextNonSpace(text, after);
      if (text[dotIndex] === '.' && m[0].startsWith('.') && !m[0].startsWith('..') && isAbbreviationStop(text, dotIndex)) continue;
      if (next !== '' && /[\p{Ll}]/u.test(next)) continue; // "e.g. something", lower-case continuation
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
