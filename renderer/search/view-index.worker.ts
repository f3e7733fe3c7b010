// The view-index worker: reads the case's events from Dexie in pages, keeps the compact index of the drawn events
// (app/view/view-index.ts) and the MiniSearch full-text index, and answers the timeline's window queries under
// filters, lanes and search, the search hit list and the article list's counts. Rebuilt on 'refresh' after writes.

/// <reference lib="webworker" />
import type MiniSearch from 'minisearch';
import type { StoredEvent } from '../../app/storage/schema';
import { indexedEventOf, ViewIndex, type IndexedEvent } from '../../app/view/view-index';
import { OTHER_LANE } from '../../app/view/lanes';
import { openTimelineDb } from '../db/timeline-db';
import { createSearchIndex, searchDocumentOf, searchEvents, type SearchDocument } from './search-index';
import type { SearchHit, ViewReply, ViewRequest } from './view-messages';

const PAGE = 4_000;
const db = openTimelineDb();
const scope = self as unknown as DedicatedWorkerGlobalScope;

let index = new ViewIndex();
let search: MiniSearch<SearchDocument> = createSearchIndex();
let sentences = new Map<string, { label: string; start: string; sentence: string }>();
let titles = new Map<string, string>();
let cached: { text: string; ids: Set<string>; ordered: Array<{ id: string; terms: string[] }> } | null = null;
let building: Promise<void> | null = null;
let built = false;
let again = false;

const post = (reply: ViewReply): void => scope.postMessage(reply);

async function build(): Promise<void> {
  const started = performance.now();
  const nextTitles = new Map((await db.articles.toArray()).map((article) => [article.id, article.title]));
  const nextEvents: IndexedEvent[] = [];
  const nextSearch = createSearchIndex();
  const nextSentences = new Map<string, { label: string; start: string; sentence: string }>();
  let after: string | null = null;
  for (;;) {
    const page: StoredEvent[] = await (after === null ? db.events.orderBy(':id') : db.events.where(':id').above(after))
      .limit(PAGE)
      .toArray();
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    const docs: SearchDocument[] = [];
    for (const event of page) {
      nextEvents.push(indexedEventOf(event));
      docs.push(searchDocumentOf(event, nextTitles.get(event.articleId) ?? ''));
      nextSentences.set(event.id, { label: event.label, start: event.start, sentence: event.evidence[0]?.text ?? '' });
    }
    await nextSearch.addAllAsync(docs, { chunkSize: 500 });
  }
  const nextIndex = new ViewIndex();
  nextIndex.replaceAll(nextEvents);
  index = nextIndex;
  search = nextSearch;
  sentences = nextSentences;
  titles = nextTitles;
  cached = null;
  built = true;
  post({ kind: 'ready', eventCount: nextEvents.filter((event) => event.lead).length, builtMs: Math.round(performance.now() - started) });
}

function refresh(): Promise<void> {
  if (building) {
    again = true;
    return building;
  }
  building = build()
    .catch((error: unknown) => console.error('view index build failed', error))
    .finally(() => {
      building = null;
      if (again) {
        again = false;
        void refresh();
      }
    });
  return building;
}

function searched(text: string): { ids: Set<string>; ordered: Array<{ id: string; terms: string[] }> } | null {
  if (text.trim() === '') return null;
  if (cached?.text !== text) {
    const ordered = searchEvents(search, text);
    cached = { text, ids: new Set(ordered.map((hit) => hit.id)), ordered };
  }
  return cached;
}

function laneLabels(keys: readonly string[], mode: string): Record<string, string> {
  const labels: Record<string, string> = { [OTHER_LANE]: 'Other' };
  if (mode === 'article') for (const key of keys) labels[key] = titles.get(key) ?? key;
  return labels;
}

async function handle(request: ViewRequest): Promise<void> {
  if (request.kind === 'refresh') return built || building ? refresh() : undefined;
  if (!built) await (building ?? refresh());
  try {
    if (request.kind === 'query') {
      const answer = index.query(request.query, searched(request.search)?.ids ?? null);
      post({
        kind: 'answer',
        id: request.id,
        answer,
        laneLabels: laneLabels(
          answer.lanes.map((lane) => lane.key),
          request.query.laneMode,
        ),
      });
    } else if (request.kind === 'hits') {
      const found = searched(request.search);
      const passing = new Set(index.matching(request.filters, found?.ids ?? new Set()).map((event) => event.id));
      const ordered = (found?.ordered ?? []).filter((hit) => passing.has(hit.id));
      const hits: SearchHit[] = ordered
        .slice(0, request.limit)
        .map((hit) => ({ eventId: hit.id, terms: hit.terms, ...sentences.get(hit.id)! }));
      post({ kind: 'hits', id: request.id, hits, total: ordered.length });
    } else {
      const counts = index.articleCounts(request.filters, searched(request.search)?.ids ?? null);
      post({ kind: 'article-counts', id: request.id, counts: Object.fromEntries(counts) });
    }
  } catch (error) {
    post({ kind: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
}

scope.addEventListener('message', (message: MessageEvent<ViewRequest>) => void handle(message.data));
void refresh(); // the client starts this worker after the first paint or when a view needs it
