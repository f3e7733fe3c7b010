// A 1024-bit set of the character pairs of a text, for a prefilter faster than `includes`: a literal can occur in the
// text only if all its pairs are in the set, so a rule none of whose required literals (required-literals.ts) passes
// need not be searched. Measured on the 256 TempEval-3 articles: testing the trigger rules' literals with `includes`
// cost more (~600 ms over 8 warm passes) than the regex searches it saved; these bit tests cost a few ms.
// Case: the set is built from an ASCII-lower-cased text and literals are ASCII-lower-cased, so a literal passes
// whenever it occurs in the text with any ASCII letter case.

import { asciiLowerCase } from './required-literals';

/** Bit index of the pair (a, b) of UTF-16 code units. */
function pairBit(a: number, b: number): number {
  return ((a * 31) ^ (b * 131)) & 1023;
}

/** The pair set of an ASCII-lower-cased text (asciiLowerCase). */
export function bigramMask(lowered: string): Uint32Array {
  const mask = new Uint32Array(32);
  let previous = lowered.charCodeAt(0);
  for (let i = 1; i < lowered.length; i++) {
    const current = lowered.charCodeAt(i);
    const bit = pairBit(previous, current);
    mask[bit >>> 5]! |= 1 << (bit & 31);
    previous = current;
  }
  return mask;
}

/** Per literal, the bits of its pairs; null when some literal is a single character (then every text may match). */
export type LiteralBits = readonly Int32Array[] | null;

export function literalBits(literals: readonly string[] | null): LiteralBits {
  if (!literals || literals.some((l) => l.length < 2)) return null;
  return literals.map((literal) => {
    const lowered = asciiLowerCase(literal);
    const bits = new Set<number>();
    for (let i = 1; i < lowered.length; i++) bits.add(pairBit(lowered.charCodeAt(i - 1), lowered.charCodeAt(i)));
    return Int32Array.from(bits);
  });
}

/** False only when no literal can occur in the text of `mask`. */
export function mayContainAny(mask: Uint32Array, literals: LiteralBits): boolean {
  if (!literals) return true;
  for (const bits of literals) {
    let all = true;
    for (let k = 0; k < bits.length && all; k++) all = (mask[bits[k]! >>> 5]! & (1 << (bits[k]! & 31))) !== 0;
    if (all) return true;
  }
  return false;
}
