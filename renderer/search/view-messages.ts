// Messages between the UI thread and the view-index worker (view-index.worker.ts): refresh (apply the announced
// writes now), window queries under filters, lanes and search, search hits with their sentence, per-article
// counts (the page of the article list shown), the participant and place names the filter fields suggest, and the
// Article field's choices (every article's id, title and file name, read in the worker: the full records of 10,000
// articles are 30 MB of text the UI thread need not decode).
// A request made for the view as it is now (`latest`) is dropped, answered 'dropped', once a newer one with
// another search text has come in.

import type { EventFilters } from '../../app/model/event-filter';
import type { ViewAnswer, ViewQuery } from '../../app/view/view-index';
import type { CountedArticle } from './article-order';

/** What the Article filter field needs of an article. */
export interface ArticleChoiceRow {
  id: string;
  title: string;
  fileName: string;
}

export interface SearchHit {
  eventId: string;
  label: string;
  start: string;
  /** The sentence of the article that reports the event. */
  sentence: string;
  /** Query terms as matched in the document (for highlighting). */
  terms: string[];
}

/** What a request under a search carries: the text, and whether a newer search text makes it obsolete. */
export interface Searched {
  search: string;
  latest: boolean;
}

export type ViewRequest =
  | { kind: 'refresh' }
  | ({ kind: 'query'; id: number; query: ViewQuery } & Searched)
  | ({ kind: 'hits'; id: number; filters: EventFilters; limit: number } & Searched)
  | ({ kind: 'article-counts'; id: number; filters: EventFilters; limit: number } & Searched)
  | { kind: 'names'; id: number; limit: number }
  | { kind: 'article-choices'; id: number };

export type ViewReply =
  | { kind: 'ready'; eventCount: number; builtMs: number }
  | { kind: 'answer'; id: number; answer: ViewAnswer; laneLabels: Record<string, string> }
  | { kind: 'hits'; id: number; hits: SearchHit[]; total: number }
  | { kind: 'article-counts'; id: number; articles: CountedArticle[]; total: number }
  | { kind: 'names'; id: number; participants: string[]; places: string[] }
  | { kind: 'article-choices'; id: number; articles: ArticleChoiceRow[] }
  | { kind: 'dropped'; id: number }
  | { kind: 'failed'; id: number; message: string };
