// Messages between the UI thread and the view-index worker (view-index.worker.ts): refresh after writes, window
// queries under filters, lanes and search, search hits with their sentence, and per-article counts.

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
  | { kind: 'article-counts'; id: number; search: string; filters: EventFilters };

export type ViewReply =
  | { kind: 'ready'; eventCount: number; builtMs: number }
  | { kind: 'answer'; id: number; answer: ViewAnswer; laneLabels: Record<string, string> }
  | { kind: 'hits'; id: number; hits: SearchHit[]; total: number }
  | { kind: 'article-counts'; id: number; counts: Record<string, number> }
  | { kind: 'failed'; id: number; message: string };
