// Messages between the UI thread and the view-index worker (view-index.worker.ts): refresh (apply the announced
// writes now), window queries under filters, lanes and search, search hits with their sentence, per-article
// counts, and the participant and place names the filter fields suggest.

import type { EventFilters } from '../../app/model/event-filter';
import type { ViewAnswer, ViewQuery } from '../../app/view/view-index';

export interface SearchHit {
  eventId: string;
  label: string;
  start: string;
  /** The sentence of the article that reports the event. */
  sentence: string;
  /** Query terms as matched in the document (for highlighting). */
  terms: string[];
}

export type ViewRequest =
  | { kind: 'refresh' }
  | { kind: 'query'; id: number; query: ViewQuery; search: string }
  | { kind: 'hits'; id: number; search: string; filters: EventFilters; limit: number }
  | { kind: 'article-counts'; id: number; search: string; filters: EventFilters }
  | { kind: 'names'; id: number; limit: number };

export type ViewReply =
  | { kind: 'ready'; eventCount: number; builtMs: number }
  | { kind: 'answer'; id: number; answer: ViewAnswer; laneLabels: Record<string, string> }
  | { kind: 'hits'; id: number; hits: SearchHit[]; total: number }
  | { kind: 'article-counts'; id: number; counts: Record<string, number> }
  | { kind: 'names'; id: number; participants: string[]; places: string[] }
  | { kind: 'failed'; id: number; message: string };
