// The UI thread's side of the view-index worker: one shared worker per page, started on first use (or `warmUp`,
// after the first paint) so it never competes with start-up; promise-returning requests, a "ready" flag with the
// indexed event count (sent after the first read and after each batch of writes it applied), and `refresh()`.
// Requests for the view as it is now are sent as `latest`: the worker drops them once a request with another search
// text follows (the analyst typed on), and their promises then never settle (whoever asked has asked again since).

import type { ViewAnswer, ViewQuery } from '../../app/view/view-index';
import type { EventFilters } from '../../app/model/event-filter';
import type { CountedArticle } from './article-order';
import type { ArticleChoiceRow, SearchHit, ViewReply, ViewRequest } from './view-messages';
import { measureSince } from '../lib/perf-measure';

type Listener = () => void;

export class ViewIndexClient {
  private started: Worker | null = null;
  private readonly pending = new Map<number, (reply: ViewReply) => void>();
  private readonly listeners = new Set<Listener>();
  private nextId = 1;
  /** Events indexed by the last finished build (null: no build finished yet). */
  indexed: number | null = null;
  /** Bumped after each finished build, so views re-query. */
  generation = 0;

  private get worker(): Worker {
    if (!this.started) {
      this.started = new Worker(new URL('./view-index.worker.ts', import.meta.url), { type: 'module', name: 'view-index' });
      this.started.addEventListener('message', (message: MessageEvent<ViewReply>) => this.receive(message.data));
    }
    return this.started;
  }

  /** Starts the worker (it builds its index at once) if nothing has needed it yet. */
  warmUp(): void {
    void this.worker;
  }

  private receive(reply: ViewReply): void {
    if (reply.kind === 'ready') {
      this.indexed = reply.eventCount;
      this.generation += 1;
      for (const listener of this.listeners) listener();
      return;
    }
    const resolve = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    resolve?.(reply);
  }

  private ask<K extends ViewReply['kind']>(request: Extract<ViewRequest, { id: number }>): Promise<Extract<ViewReply, { kind: K }>> {
    const sent = performance.now();
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, (reply) => {
        measureSince(reply.kind === 'dropped' ? 'view-index:dropped' : `view-index:${request.kind}`, sent);
        if (reply.kind === 'dropped') return; // never settles: a newer request for the view took its place
        if (reply.kind === 'failed') reject(new Error(reply.message));
        else resolve(reply as Extract<ViewReply, { kind: K }>);
      });
      this.worker.postMessage(request);
    });
  }

  /** Calls `listener` after every finished index build; returns the unsubscribe function. */
  onReady(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  refresh(): void {
    if (!this.started) return; // a worker started later reads the database as it is then
    this.worker.postMessage({ kind: 'refresh' } satisfies ViewRequest);
  }

  async query(query: ViewQuery, search: string): Promise<{ answer: ViewAnswer; laneLabels: Record<string, string> }> {
    const reply = await this.ask<'answer'>({ kind: 'query', id: this.nextId++, query, search, latest: true });
    return { answer: reply.answer, laneLabels: reply.laneLabels };
  }

  /** The best `limit` matches; `latest`: for the view as it is now (dropped by a newer search), else always answered. */
  async hits(search: string, filters: EventFilters, limit = 50, latest = true): Promise<{ hits: SearchHit[]; total: number }> {
    const reply = await this.ask<'hits'>({ kind: 'hits', id: this.nextId++, search, filters, limit, latest });
    return { hits: reply.hits, total: reply.total };
  }

  /** The most named participants and places of the case (at most `limit` of each), in name order. */
  async names(limit: number): Promise<{ participants: string[]; places: string[] }> {
    const reply = await this.ask<'names'>({ kind: 'names', id: this.nextId++, limit });
    return { participants: reply.participants, places: reply.places };
  }

  /** Every article's id, title and file name, newest import first (for the Article filter field). */
  async articleChoices(): Promise<ArticleChoiceRow[]> {
    return (await this.ask<'article-choices'>({ kind: 'article-choices', id: this.nextId++ })).articles;
  }

  /** The newest `limit` articles with events matching, with those events' count, and how many articles match. */
  async articleCounts(search: string, filters: EventFilters, limit: number): Promise<{ articles: CountedArticle[]; total: number }> {
    const reply = await this.ask<'article-counts'>({ kind: 'article-counts', id: this.nextId++, search, filters, limit, latest: true });
    return { articles: reply.articles, total: reply.total };
  }
}

let shared: ViewIndexClient | null = null;

export function viewIndexClient(): ViewIndexClient {
  shared ??= new ViewIndexClient();
  return shared;
}
