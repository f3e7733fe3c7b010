// The worker's single-article jobs: importing pasted text (ingest, skip if already imported, extract, store in one
// transaction) and re-anchoring an article to a new publication date; plus the helpers the batch file import shares
// (articleEvents, errorText). Independent of the Worker global so it can be tested on fake-indexeddb.

import type { Article } from '../../app/model/article';
import type { TimelineEvent } from '../../app/model/event';
import { extractArticleEvents } from '../../app/extract/pipeline';
import { ingestFile, ingestPastedText } from '../../app/ingest/ingest';
import { replaceArticleEvents, saveImportedArticle } from '../db/articles-repo';
import { REANCHOR_ACTION_ID, runRecorded } from '../db/history-repo';
import { extentOf } from '../lib/extent';
import type { TimelineDb } from '../db/timeline-db';
import type { FileOutcome } from './messages';

export type Stage = 'reading' | 'extracting' | 'saving';
type IngestOutcome = Awaited<ReturnType<typeof ingestFile>>;

/** An error message that names the file it is about. */
export function errorText(fileName: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(fileName) ? message : `${fileName}: ${message}`;
}

/** The events of an article, anchored on `published` (its own date by default); event lists give their rows' events. */
export function articleEvents(article: Article, published: string | null = article.published): TimelineEvent[] {
  return extractArticleEvents({ id: article.id, text: article.text, published, rows: article.rows });
}

async function storeIngested(db: TimelineDb, ingested: IngestOutcome, onStage: (stage: Stage) => void): Promise<FileOutcome> {
  if (!ingested.ok) return { status: 'failed', error: ingested.error };
  const { article, warnings } = ingested;
  const existing = await db.articles.get(article.id);
  if (existing) return { status: 'duplicate', articleId: existing.id, title: existing.title };
  onStage('extracting');
  const events = articleEvents(article);
  onStage('saving');
  const saved = await saveImportedArticle(db, article, events);
  if (saved.status === 'duplicate') return { status: 'duplicate', articleId: article.id, title: saved.existing.title };
  return { status: 'imported', articleId: article.id, title: article.title, eventCount: events.length, extent: extentOf(events), warnings };
}

/** Imports text pasted by the user, with an optional title and publication date. */
export async function importPastedText(
  db: TimelineDb,
  pasted: { text: string; title?: string; published?: string },
  onStage: (stage: Stage) => void = () => {},
): Promise<FileOutcome> {
  const name = pasted.title?.trim() || 'Pasted article';
  try {
    onStage('reading');
    const options: { title?: string; published?: string } = {};
    if (pasted.title?.trim()) options.title = pasted.title.trim();
    if (pasted.published) options.published = pasted.published;
    return await storeIngested(db, await ingestPastedText(pasted.text, options), onStage);
  } catch (error) {
    return { status: 'failed', error: errorText(name, error) };
  }
}

/**
 * Sets an article's publication date and re-runs extraction, replacing its events in one transaction that also
 * stores the undo step (so the analyst can set the old date back).
 */
export async function setPublicationDate(
  db: TimelineDb,
  articleId: string,
  published: string,
): Promise<{ article: Article; events: TimelineEvent[] }> {
  const article = await db.articles.get(articleId);
  if (!article) throw new Error('the article is no longer in the database');
  const events = articleEvents(article, published);
  const changes = { published, publishedSource: 'user' as const, publishedNote: 'set by you' };
  const label = `Change publication date of “${article.title}” to ${published}`;
  await runRecorded(db, { actionId: REANCHOR_ACTION_ID, label }, () => replaceArticleEvents(db, articleId, changes, events));
  return { article: { ...article, ...changes }, events };
}
