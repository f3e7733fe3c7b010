// Name comparison for cross-article merging: two outlets spell the same person or place differently
// ("Mr. Støre", "Jonas Gahr Store", "STØRE"). Names are folded (case, diacritics, honorifics) and a
// shorter name matches a longer one when its words are the longer one's last words (a surname).

/** Letters that Unicode does not decompose into base letter + accent. */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Courtesy titles dropped before comparing, e.g. "Mr. Putin" → "putin". */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam', 'mme', 'm', 'herr', 'frau']);

/** "Mr. Jonas Gahr Støre" → ["jonas", "gahr", "store"]. */
export function nameWords(name: string): string[] {
  const folded = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæœßłđðþı]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter);
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  return words;
}

/**
 * Whether two names denote the same person or place. Example: "Støre" matches "Jonas Gahr Støre" and
 * "Gahr Store"; "Jonas Store" does not match "Jonas Gahr Støre" (not a tail); "Xi" does not match "Putin".
 */
export function namesMatch(a: string, b: string): boolean {
  const wordsA = nameWords(a);
  const wordsB = nameWords(b);
  if (wordsA.length === 0 || wordsB.length === 0) return false;
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  const tail = longer.slice(longer.length - shorter.length);
  return shorter.every((word, i) => word === tail[i]);
}

/** How many names of `a` match some name of `b`. */
export function countSharedNames(a: readonly string[], b: readonly string[]): number {
  return a.filter((name) => b.some((other) => namesMatch(name, other))).length;
}
