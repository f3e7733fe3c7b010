// Binary search over lists sorted by a numeric key (spans sorted by start, boundaries by end): the one
// helper the pipeline uses wherever it needs "the first item at or after an offset".

/** Index of the first item whose key is not below `at` (the list's length when every key is below it). */
export function firstIndexAtOrAfter<T>(sorted: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
