// The view-index worker: reads the case's events from Dexie in pages once, then follows every committed write
// (the ids announced by the day-counts middleware, event-changes.ts) by re-reading just those rows, keeping the
// compact index of the events and the full-text index (search-index.ts) up to date without rebuilding them. It
// answers (view-requests.ts) the timeline's window queries under filters, lanes and search, the search hit list,
// the article list's counts and the filter fields' name suggestions, dropping those a newer search made obsolete.

/// <reference lib="webworker" />
import type { StoredEvent } from '../../app/storage/schema';
import { onEventChanges } from '../db/event-changes';
import { openTimelineDb } from '../db/timeline-db';
import { ArticleOrder } from './article-order';
import { SearchableEvents } from './search-index';
import type { ViewReply, ViewRequest } from './view-messages';
import { failedReply, ViewRequests } from './view-requests';

/** Events read per request: small enough that the UI thread's own reads are not queued long behind one. */
const PAGE = 1_000;
const db = openTimelineDb();
const scope = self as unknown as DedicatedWorkerGlobalScope;

const state = new SearchableEvents();
const titles = new Map<string, string>();
const order = new ArticleOrder();
const requests = new ViewRequests(state, titles, order);
/** Ids announced while the first read runs, or not yet applied. */
const pendingIds = new Set<string>();
let loading: Promise<void> | null = null;
let applying: Promise<void> | null = null;
let loaded = false;

const post = (reply: ViewReply): void => scope.postMessage(reply);
const titleOf = (articleId: string): string => titles.get(articleId) ?? '';
const readyReply = (started: number): ViewReply => ({
  kind: 'ready',
  eventCount: [...state.index.all()].filter((event) => event.lead).length,
  builtMs: Math.round(performance.now() - started),
});

async function loadAll(): Promise<void> {
  const started = performance.now();
  for (const article of await db.articles.toArray()) {
    titles.set(article.id, article.title);
    order.set(article.id, article.importedAt);
  }
  let after: string | null = null;
  for (;;) {
    const page: StoredEvent[] = await (after === null ? db.events.orderBy(':id') : db.events.where(':id').above(after))
      .limit(PAGE)
      .toArray();
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    state.apply(page, [], titleOf);
    await new Promise((resolve) => setTimeout(resolve, 0)); // let queries and change messages in between pages
  }
  loaded = true;
  post(readyReply(started));
  if (pendingIds.size > 0) void applyPending();
}

/** Re-reads the announced rows and applies them (rows gone: deleted). */
function applyPending(): Promise<void> {
  if (applying || !loaded) return applying ?? Promise.resolve();
  applying = (async () => {
    while (pendingIds.size > 0) {
      const started = performance.now();
      const ids = [...pendingIds];
      pendingIds.clear();
      const rows = await db.events.bulkGet(ids);
      const unknown = [...new Set(rows.flatMap((row) => (row && !titles.has(row.articleId) ? [row.articleId] : [])))];
      for (const article of await db.articles.bulkGet(unknown))
        if (article) {
          titles.set(article.id, article.title);
          order.set(article.id, article.importedAt);
        }
      state.apply(
        rows.filter((row): row is StoredEvent => row !== undefined),
        ids.filter((_id, i) => rows[i] === undefined),
        titleOf,
      );
      post(readyReply(started));
    }
  })()
    .catch((error: unknown) => console.error('view index update failed', error))
    .finally(() => (applying = null));
  return applying;
}

onEventChanges(db.name, (ids) => {
  for (const id of ids) pendingIds.add(id);
  void applyPending();
});

/** Every article, newest import first, as the Article filter field lists them (read fresh: articles come and go). */
async function articleChoices(id: number): Promise<ViewReply> {
  try {
    const articles = await db.articles.orderBy('importedAt').reverse().toArray();
    return {
      kind: 'article-choices',
      id,
      articles: articles.map(({ id: articleId, title, fileName }) => ({ id: articleId, title, fileName })),
    };
  } catch (error) {
    return failedReply(id, error);
  }
}

async function handle(request: ViewRequest): Promise<void> {
  if (request.kind === 'refresh') return applyPending();
  if (request.kind === 'article-choices') return post(await articleChoices(request.id)); // needs no index
  if (!loaded) await loading;
  await applying; // answer from the rows as announced so far
  post(await requests.answer(request));
}

scope.addEventListener('message', (message: MessageEvent<ViewRequest>) => {
  requests.arrived(message.data);
  void handle(message.data);
});
// The client starts this worker after the first paint or when a view needs it.
loading = loadAll().catch((error: unknown) => console.error('view index load failed', error));
