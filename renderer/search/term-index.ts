// The full-text index behind the Search field: documents are numbered slots (the view index's rows) with a few
// weighted fields; terms are found with MiniSearch's radix tree (SearchableMap: exact, prefix and fuzzy lookup,
// MiniSearch's own tokenizer), and each term keeps a sorted posting list of slots in typed arrays. A query ANDs
// its terms over those lists and scores with idf × field boost × MiniSearch's prefix/fuzzy weights, in steps a
// caller can spread over several tasks and give up (searchSteps).
// Written here instead of calling MiniSearch's search because that one builds a result object per matching
// document and field: at 100,000 events a participant's name matching 19,000 of them took 250–900 ms in
// MiniSearch against a few ms here (see term-index.test.ts and the search line of bench:timeline). Documents are
// added and removed one at a time, so the index follows every write without a rebuild.

import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';

interface Posting {
  id: number;
  slots: Int32Array;
  /** Bit i set: the term occurs in field i of that slot. */
  masks: Uint8Array;
  length: number;
}

export interface TermQueryResult {
  /** Matching slots, ascending. */
  slots: Int32Array;
  /** Score of each matching slot (same order). */
  scores: Float32Array;
  /** Per query term, the indexed terms it matched (for highlighting). */
  matched: Array<Set<string>>;
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
const processTerm = MiniSearch.getDefault('processTerm') as (term: string) => string | null | undefined | false;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** Postings scored between two pauses of `searchSteps` (well under a millisecond of work). */
const STEP = 4_096;

/** The terms of a text, as MiniSearch indexes and searches them. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) terms.push(term);
  }
  return terms;
}

export class TermIndex {
  private readonly terms = new SearchableMap<Posting>();
  private readonly byId: Posting[] = [];
  /** Term ids of each slot's document (to remove it). */
  private readonly docTerms = new Map<number, Int32Array>();
  /** Removed slots still in posting lists, and those lists: compacted in one pass each before the next search. */
  private readonly removed = new Set<number>();
  private readonly stale = new Set<Posting>();

  /** `fuzzy(term)`: largest edit distance tried for a query term (0: none). */
  constructor(
    private readonly boosts: readonly number[],
    private readonly fuzzy: (term: string) => number = () => 0,
  ) {}

  get size(): number {
    return this.docTerms.size;
  }

  /** Indexes `fields` (in the order of the boosts) under `slot`; slots must be added in ascending order. */
  add(slot: number, fields: readonly string[]): void {
    if (this.docTerms.has(slot)) this.remove(slot);
    if (this.removed.has(slot)) this.compact();
    const masks = new Map<Posting, number>();
    fields.forEach((text, field) => {
      for (const term of termsOf(text)) {
        let posting = this.terms.get(term);
        if (!posting) {
          posting = { id: this.byId.length, slots: new Int32Array(4), masks: new Uint8Array(4), length: 0 };
          this.byId.push(posting);
          this.terms.set(term, posting);
        }
        masks.set(posting, (masks.get(posting) ?? 0) | (1 << field));
      }
    });
    const ids = new Int32Array(masks.size);
    let i = 0;
    for (const [posting, mask] of masks) {
      insert(posting, slot, mask);
      ids[i++] = posting.id;
    }
    this.docTerms.set(slot, ids);
  }

  remove(slot: number): void {
    const ids = this.docTerms.get(slot);
    if (!ids) return;
    for (const id of ids) this.stale.add(this.byId[id]!);
    this.removed.add(slot);
    this.docTerms.delete(slot);
  }

  /** Drops removed slots from their posting lists (one pass per list, however many slots a batch removed). */
  private compact(): void {
    if (this.removed.size === 0) return;
    for (const posting of this.stale) {
      let kept = 0;
      for (let i = 0; i < posting.length; i++) {
        if (this.removed.has(posting.slots[i]!)) continue;
        posting.slots[kept] = posting.slots[i]!;
        posting.masks[kept++] = posting.masks[i]!;
      }
      posting.length = kept;
    }
    this.stale.clear();
    this.removed.clear();
  }

  /** Slots whose document holds every term of `text` (each as a prefix, or within its fuzzy distance). */
  search(text: string, slotCount: number): TermQueryResult {
    const steps = this.searchSteps(text, slotCount);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * The same search as a generator that pauses every few thousand postings, so a caller can spread it over several
   * tasks and give it up (sliced-run.ts). The index must not change while it is paused: a caller that lets writes
   * in between pauses starts again (SearchableEvents checks its version).
   */
  *searchSteps(text: string, slotCount: number): Generator<void, TermQueryResult> {
    this.compact();
    const queryTerms = [...new Set(termsOf(text))];
    const matched = queryTerms.map(() => new Set<string>());
    if (queryTerms.length === 0) return { slots: new Int32Array(0), scores: new Float32Array(0), matched };
    const hits = new Uint8Array(slotCount);
    const scores = new Float32Array(slotCount);
    const seen = new Uint8Array(slotCount);
    const docs = Math.max(1, this.size);
    for (let q = 0; q < queryTerms.length; q++) {
      seen.fill(0);
      for (const [term, posting, weight] of [...this.expansions(queryTerms[q]!)]) {
        if (posting.length === 0) continue;
        matched[q]!.add(term);
        const idf = Math.log(1 + (docs - posting.length + 0.5) / (posting.length + 0.5));
        for (let from = 0; from < posting.length; from += STEP) {
          const to = Math.min(posting.length, from + STEP);
          for (let i = from; i < to; i++) {
            const slot = posting.slots[i]!;
            if (hits[slot] !== q) continue; // missed an earlier query term
            scores[slot] = scores[slot]! + weight * idf * this.boostOf(posting.masks[i]!);
            seen[slot] = 1;
          }
          yield;
        }
      }
      for (let slot = 0; slot < slotCount; slot++) if (seen[slot] === 1) hits[slot] = q + 1;
    }
    const all = queryTerms.length;
    let count = 0;
    for (let slot = 0; slot < slotCount; slot++) if (hits[slot] === all) count++;
    const slots = new Int32Array(count);
    const out = new Float32Array(count);
    let j = 0;
    for (let slot = 0; slot < slotCount; slot++)
      if (hits[slot] === all) {
        slots[j] = slot;
        out[j++] = scores[slot]!;
      }
    return { slots, scores: out, matched };
  }

  /** The indexed terms a query term stands for, with their weight: itself, longer terms it starts, near misses. */
  private *expansions(query: string): Generator<[string, Posting, number]> {
    const exact = this.terms.get(query);
    if (exact) yield [query, exact, 1];
    const done = new Set([query]);
    for (const [term, posting] of this.terms.atPrefix(query)) {
      if (done.has(term)) continue;
      done.add(term);
      yield [term, posting, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - query.length))];
    }
    const distance = this.fuzzy(query);
    if (distance <= 0) return;
    for (const [term, [posting, d]] of this.terms.fuzzyGet(query, distance)) {
      if (done.has(term)) continue;
      done.add(term);
      yield [term, posting, (FUZZY_WEIGHT * term.length) / (term.length + d)];
    }
  }

  private boostOf(mask: number): number {
    let boost = 0;
    for (let field = 0; field < this.boosts.length; field++) if (mask & (1 << field)) boost += this.boosts[field]!;
    return boost;
  }
}

function insert(posting: Posting, slot: number, mask: number): void {
  if (posting.length === posting.slots.length) {
    const slots = new Int32Array(posting.slots.length * 2);
    slots.set(posting.slots);
    const masks = new Uint8Array(posting.masks.length * 2);
    masks.set(posting.masks);
    posting.slots = slots;
    posting.masks = masks;
  }
  let at = posting.length;
  if (at > 0 && posting.slots[at - 1]! > slot) {
    at = lowerBound(posting.slots, posting.length, slot);
    posting.slots.copyWithin(at + 1, at, posting.length);
    posting.masks.copyWithin(at + 1, at, posting.length);
  }
  posting.slots[at] = slot;
  posting.masks[at] = mask;
  posting.length++;
}

function lowerBound(slots: Int32Array, length: number, slot: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (slots[middle]! < slot) low = middle + 1;
    else high = middle;
  }
  return low;
}
