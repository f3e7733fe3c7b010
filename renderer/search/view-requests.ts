// The view-index worker's answers (view-index.worker.ts feeds it the requests as they arrive): window queries,
// search hits with their sentence, the page of the article list with its counts, and name suggestions, from the indexes of search-index.ts.
// A request for the view as it is now (`latest`) is obsolete once a newer one with another search text has
// arrived: it is answered 'dropped' without being worked out, and a search it started is given up at its next
// pause (searches run in slices, sliced-run.ts), so the text the analyst has typed last never waits for the ones
// typed past. Other requests (an export's list of matches) are always answered in full.

import { OTHER_LANE } from '../../app/view/lanes';
import type { ArticleOrder } from './article-order';
import { SearchableEvents, type SearchResult } from './search-index';
import { nextTask, STOPPED, type SliceOptions } from './sliced-run';
import { termsOf } from './term-index';
import type { Searched, SearchHit, ViewReply, ViewRequest } from './view-messages';

export type Answerable = Exclude<ViewRequest, { kind: 'refresh' | 'article-choices' }>;

/** The words of a hit's label and sentence that a query term matched (for highlighting). */
function hitTerms(label: string, sentence: string, matched: ReadonlyArray<ReadonlySet<string>>): string[] {
  return [...new Set(termsOf(`${label} ${sentence}`).filter((term) => matched.some((set) => set.has(term))))];
}

/** The reply to request `id` when working it out threw `error`. */
export function failedReply(id: number, error: unknown): ViewReply {
  return { kind: 'failed', id, message: error instanceof Error ? error.message : String(error) };
}

export class ViewRequests {
  /** The search text of the newest `latest` request that arrived (null: none yet). */
  private newest: string | null = null;

  constructor(
    private readonly state: SearchableEvents,
    private readonly titles: ReadonlyMap<string, string>,
    private readonly order: ArticleOrder,
    private readonly slices?: SliceOptions,
  ) {}

  /** To be called as each request arrives, before anything else is awaited for it. */
  arrived(request: ViewRequest): void {
    if ('latest' in request && request.latest) this.newest = request.search;
  }

  private readonly pause = (): Promise<void> => (this.slices?.pause ?? nextTask)();

  private readonly abandoned = (text: string): boolean => this.newest !== null && this.newest !== text;

  private obsolete(request: Searched): boolean {
    return request.latest && this.abandoned(request.search);
  }

  /** The search's matches: given up (STOPPED) when the request became obsolete while it ran. */
  private async matches(request: Searched): Promise<SearchResult | null | typeof STOPPED> {
    if (!request.latest) return this.state.search(request.search);
    const found = await this.state.searchSliced(request.search, this.abandoned, this.slices);
    if (found === STOPPED) return STOPPED;
    // Requests sharing one search all go on when it ends: each takes its own task, so newer ones can arrive first.
    await this.pause();
    if (this.obsolete(request)) return STOPPED;
    return this.state.search(request.search); // the remembered result, or worked out again if a write came in since
  }

  async answer(request: Answerable): Promise<ViewReply> {
    try {
      if (request.kind === 'names') return { kind: 'names', id: request.id, ...this.state.index.names(request.limit) };
      // Requests queue up while the worker is busy: let the ones already queued arrive before working this one out.
      if (request.latest) await this.pause();
      if (this.obsolete(request)) return { kind: 'dropped', id: request.id };
      const found = await this.matches(request);
      if (found === STOPPED) return { kind: 'dropped', id: request.id };
      if (request.kind === 'query') {
        const answer = this.state.index.query(request.query, found);
        return { kind: 'answer', id: request.id, answer, laneLabels: this.laneLabels(answer.lanes, request.query.laneMode) };
      }
      if (request.kind === 'hits') return { kind: 'hits', id: request.id, ...this.hits(found, request) };
      const counts = this.state.index.articleCounts(request.filters, found);
      return { kind: 'article-counts', id: request.id, ...this.order.newest(counts, request.limit) };
    } catch (error) {
      return failedReply(request.id, error);
    }
  }

  private hits(found: SearchResult | null, request: Extract<ViewRequest, { kind: 'hits' }>): { hits: SearchHit[]; total: number } {
    if (!found) return { hits: [], total: 0 };
    const best = found.best(request.limit, this.state.index.slotTest(request.filters));
    const hits = best.slots.map((slot) => {
      const event = this.state.index.at(slot)!;
      const note = this.state.note(event.id)!;
      return { eventId: event.id, ...note, terms: hitTerms(note.label, note.sentence, found.matched) };
    });
    return { hits, total: best.total };
  }

  private laneLabels(lanes: ReadonlyArray<{ key: string }>, mode: string): Record<string, string> {
    const labels: Record<string, string> = { [OTHER_LANE]: 'Other' };
    if (mode === 'article') for (const lane of lanes) labels[lane.key] = this.titles.get(lane.key) ?? lane.key;
    return labels;
  }
}
