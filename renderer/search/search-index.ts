// What the view-index worker holds, kept up to date event by event: the compact index of the events
// (app/view/view-index.ts) and the full-text index of the Search field (term-index.ts) over the same slots, one
// document per event with its label, participants, places and the article sentences that report it (plus the
// article title); prefix and light fuzzy matching, every term required. `apply` takes the events added or
// changed and the ids deleted since the last call, so a write costs what it touched, not a rebuild. A search runs in
// one go, or in slices that give up when the text is typed past (`searchSliced`).

import type { StoredEvent } from '../../app/storage/schema';
import { indexedEventOf, ViewIndex } from '../../app/view/view-index';
import { runSliced, STOPPED, type SliceOptions } from './sliced-run';
import { TermIndex, type TermQueryResult } from './term-index';

/** Longest article text kept per event document (its reporting sentences). */
const MAX_TEXT = 600;
/** Boosts of the document fields: label, participants, places, article text. */
const BOOSTS = [2, 2, 1.5, 1];
/** Query terms longer than 5 letters also match words one edit away per 7 letters (rounded). */
const fuzzyDistance = (term: string): number => (term.length > 5 ? Math.round(term.length * 0.15) : 0);

export interface SearchDocument {
  label: string;
  names: string;
  places: string;
  text: string;
}

export interface SearchResult {
  /** Mask over the view index's slots: 1 where the event matches. */
  mask: Uint8Array;
  /** The matching slots, ascending. */
  slots: Int32Array;
  total: number;
  /** The `limit` best matching slots that `accept` lets through, best first, and how many it lets through. */
  best(limit: number, accept: (slot: number) => boolean): { slots: number[]; total: number };
  /** Indexed terms each query term matched. */
  matched: Array<Set<string>>;
}

export function searchDocumentOf(event: StoredEvent, articleTitle: string): SearchDocument {
  const sentences = event.evidence.map((evidence) => evidence.text).join(' ');
  return {
    label: event.label,
    names: event.participants.join(' ; '),
    places: event.places.join(' ; '),
    text: `${articleTitle} ${sentences}`.slice(0, MAX_TEXT),
  };
}

export interface EventNote {
  label: string;
  start: string;
  sentence: string;
}

export class SearchableEvents {
  readonly index = new ViewIndex();
  private readonly terms = new TermIndex(BOOSTS, fuzzyDistance);
  private readonly notes = new Map<string, EventNote>();
  private cached: { text: string; result: SearchResult } | null = null;
  /** Searches running in slices, by text (requests for the same text share one). */
  private readonly running = new Map<string, Promise<SearchResult | null | typeof STOPPED>>();
  /** Bumped by every write: a sliced search that sees it change starts again. */
  private version = 0;

  /** Adds or replaces `events` and drops `deletedIds`; `titleOf` gives an article's title. */
  apply(events: readonly StoredEvent[], deletedIds: readonly string[], titleOf: (articleId: string) => string): void {
    for (const id of deletedIds) {
      const freed = this.index.remove(id);
      if (freed !== null) this.terms.remove(freed);
      this.notes.delete(id);
    }
    for (const event of events) {
      const { slot, freed } = this.index.put(indexedEventOf(event));
      if (freed !== null) this.terms.remove(freed);
      const doc = searchDocumentOf(event, titleOf(event.articleId));
      this.terms.add(slot, [doc.label, doc.names, doc.places, doc.text]);
      this.notes.set(event.id, { label: event.label, start: event.start, sentence: event.evidence[0]?.text ?? '' });
    }
    if (events.length > 0 || deletedIds.length > 0) {
      this.cached = null;
      this.version++;
    }
  }

  note(id: string): EventNote | undefined {
    return this.notes.get(id);
  }

  /** The events matching a search text (null for an empty text: no search). */
  search(text: string): SearchResult | null {
    if (text.trim() === '') return null;
    if (this.cached?.text === text) return this.cached.result;
    return this.remember(text, this.terms.search(text, this.index.slotCount));
  }

  /**
   * The same answer, computed in slices of a few ms between which the worker handles its messages (sliced-run.ts);
   * STOPPED as soon as `abandoned(text)` is true at a pause. Writes applied during a pause restart it.
   */
  searchSliced(text: string, abandoned: (text: string) => boolean, options?: SliceOptions): Promise<SearchResult | null | typeof STOPPED> {
    if (text.trim() === '') return Promise.resolve(null);
    if (this.cached?.text === text) return Promise.resolve(this.cached.result);
    let run = this.running.get(text);
    if (!run) {
      run = this.slicedRun(text, abandoned, options).finally(() => this.running.delete(text));
      this.running.set(text, run);
    }
    return run;
  }

  private async slicedRun(text: string, abandoned: (text: string) => boolean, options?: SliceOptions) {
    for (;;) {
      const version = this.version;
      const found = await runSliced(
        this.terms.searchSteps(text, this.index.slotCount),
        () => this.version !== version || abandoned(text),
        options,
      );
      if (found !== STOPPED) return this.remember(text, found);
      if (abandoned(text)) return STOPPED;
    }
  }

  private remember(text: string, found: TermQueryResult): SearchResult {
    const mask = new Uint8Array(this.index.slotCount);
    for (const slot of found.slots) mask[slot] = 1;
    const result: SearchResult = {
      mask,
      slots: found.slots,
      total: found.slots.length,
      matched: found.matched,
      best: (limit, accept) => bestOf(found.slots, found.scores, limit, accept, (slot) => this.index.at(slot)?.id ?? ''),
    };
    this.cached = { text, result };
    return result;
  }
}

/** Top `limit` slots by score (ties: by event id) among those `accept` lets through, without sorting them all. */
function bestOf(
  slots: Int32Array,
  scores: Float32Array,
  limit: number,
  accept: (slot: number) => boolean,
  idOf: (slot: number) => string,
): { slots: number[]; total: number } {
  const top: number[] = []; // indexes into slots, best first
  let total = 0;
  const better = (a: number, b: number): boolean =>
    scores[a]! > scores[b]! || (scores[a] === scores[b] && idOf(slots[a]!) < idOf(slots[b]!));
  if (limit >= slots.length) {
    // Every match wanted (the Table view, an export): one sort, not an insertion per match.
    const all: number[] = [];
    for (let i = 0; i < slots.length; i++) if (accept(slots[i]!)) all.push(i);
    all.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
    return { slots: all.map((i) => slots[i]!), total: all.length };
  }
  for (let i = 0; i < slots.length; i++) {
    if (!accept(slots[i]!)) continue;
    total++;
    if (limit <= 0 || (top.length >= limit && !better(i, top[top.length - 1]!))) continue;
    let at = top.length;
    while (at > 0 && better(i, top[at - 1]!)) at--;
    top.splice(at, 0, i);
    if (top.length > limit) top.pop();
  }
  return { slots: top.map((i) => slots[i]!), total };
}
