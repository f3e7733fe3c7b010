// Bulk import in the worker: files are decoded and their events extracted one by one, but stored in
// batches of IMPORT_BATCH_SIZE articles per Dexie transaction (not one per article, never one giant one).
// Cancellation is checked between batches, so a cancel stops after the current batch and keeps what
// was stored. Independent of the Worker global so it can be tested on fake-indexeddb.

import type { Article } from '../../app/model/article';
import type { TimelineEvent } from '../../app/model/event';
import { ingestFile } from '../../app/ingest/ingest';
import { saveImportedBatch } from '../db/articles-repo';
import type { TimelineDb } from '../db/timeline-db';
import { extentOf } from '../lib/extent';
import { articleEvents, errorText, type Stage } from './import-article';
import type { FileOutcome, FileToImport } from './messages';

/** Articles stored per transaction. */
export const IMPORT_BATCH_SIZE = 25;

export interface BatchCallbacks {
  onStage(index: number, stage: Stage): void;
  onDone(index: number, outcome: FileOutcome): void;
  /** Asked before each batch; true stops the import there. */
  isCancelled(): boolean;
}

interface Prepared {
  index: number;
  article: Article;
  events: TimelineEvent[];
  warnings: string[];
}

/** Decodes and extracts one file; a finished outcome (failed, duplicate) or what to store. */
async function prepare(db: TimelineDb, file: FileToImport, index: number, callbacks: BatchCallbacks): Promise<Prepared | FileOutcome> {
  try {
    callbacks.onStage(index, 'reading');
    const ingested = await ingestFile({ fileName: file.fileName, bytes: file.bytes });
    if (!ingested.ok) return { status: 'failed', error: ingested.error };
    const { article, warnings } = ingested;
    const existing = await db.articles.get(article.id);
    if (existing) return { status: 'duplicate', articleId: existing.id, title: existing.title };
    callbacks.onStage(index, 'extracting');
    const events = articleEvents(article);
    return { index, article, events, warnings };
  } catch (error) {
    return { status: 'failed', error: errorText(file.fileName, error) };
  }
}

/** Imports `files` in batches; resolves with whether it was cancelled before the end. */
export async function importFilesInBatches(
  db: TimelineDb,
  files: readonly FileToImport[],
  callbacks: BatchCallbacks,
): Promise<{ cancelled: boolean }> {
  for (let first = 0; first < files.length; first += IMPORT_BATCH_SIZE) {
    if (callbacks.isCancelled()) return { cancelled: true };
    const prepared: Prepared[] = [];
    for (let index = first; index < Math.min(files.length, first + IMPORT_BATCH_SIZE); index++) {
      const result = await prepare(db, files[index]!, index, callbacks);
      if ('article' in result) prepared.push(result);
      else callbacks.onDone(index, result);
    }
    for (const item of prepared) callbacks.onStage(item.index, 'saving');
    try {
      const saved = await saveImportedBatch(db, prepared);
      saved.forEach((outcome, i) => {
        const { index, article, events, warnings } = prepared[i]!;
        callbacks.onDone(
          index,
          outcome.status === 'duplicate'
            ? { status: 'duplicate', articleId: article.id, title: outcome.existing.title }
            : {
                status: 'imported',
                articleId: article.id,
                title: article.title,
                eventCount: events.length,
                extent: extentOf(events),
                warnings,
              },
        );
      });
    } catch (error) {
      for (const item of prepared) callbacks.onDone(item.index, { status: 'failed', error: errorText(files[item.index]!.fileName, error) });
    }
  }
  return { cancelled: false };
}
