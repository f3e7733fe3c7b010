// Bulk import on fake-indexeddb with a stand-in extractor: one transaction per batch of articles,
// cancellation after the current batch keeping what was stored, failures and duplicates reported per file.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TimelineEvent } from '../../../app/model/event';
import type { TimelineDb } from '../../../renderer/db/timeline-db';
import { IMPORT_BATCH_SIZE, importFilesInBatches } from '../../../renderer/worker/import-batch';
import type { FileOutcome } from '../../../renderer/worker/messages';
import { freshDb, makeEvent } from './make-records';

vi.mock('../../../app/extract/pipeline', () => ({
  extractArticleEvents: (article: { id: string; published: string | null }): TimelineEvent[] => [
    makeEvent({ id: `${article.id}:0`, articleId: article.id, participants: [`Person ${article.id.slice(0, 6)}`], places: [] }),
  ],
}));

const file = (n: number) => ({
  fileName: `talks-${n}-2024-05-03.txt`,
  bytes: new TextEncoder().encode(`Talks number ${n}\nThe ministers met in town number ${n}.\n`),
});

let db: TimelineDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('importFilesInBatches', () => {
  it(`stores ${IMPORT_BATCH_SIZE} articles per transaction and reports every file`, async () => {
    db = freshDb();
    const transaction = vi.spyOn(db, 'transaction');
    const files = Array.from({ length: 2 * IMPORT_BATCH_SIZE + 5 }, (_, n) => file(n));
    files.push(file(3)); // a duplicate of an earlier file
    files.push({ fileName: 'broken.txt', bytes: new Uint8Array([0, 0, 0, 0, 0xff, 0xfe, 0, 0, 0, 0]) });
    const outcomes = new Map<number, FileOutcome>();
    const result = await importFilesInBatches(db, files, {
      onStage: () => {},
      onDone: (i, o) => outcomes.set(i, o),
      isCancelled: () => false,
    });
    expect(result).toEqual({ cancelled: false });
    expect(outcomes.size).toBe(files.length);
    expect([...outcomes.values()].filter((o) => o.status === 'imported')).toHaveLength(2 * IMPORT_BATCH_SIZE + 5);
    expect(outcomes.get(files.length - 2)?.status).toBe('duplicate');
    expect(outcomes.get(files.length - 1)?.status).toBe('failed');
    expect(await db.articles.count()).toBe(2 * IMPORT_BATCH_SIZE + 5);
    expect(transaction).toHaveBeenCalledTimes(3); // 57 files → batches of 25, 25, 7
  });

  it('stops after the current batch when cancelled, keeping what was stored', async () => {
    db = freshDb();
    const files = Array.from({ length: 3 * IMPORT_BATCH_SIZE }, (_, n) => file(n));
    let done = 0;
    const result = await importFilesInBatches(db, files, { onStage: () => {}, onDone: () => void done++, isCancelled: () => done > 0 });
    expect(result).toEqual({ cancelled: true });
    expect(done).toBe(IMPORT_BATCH_SIZE);
    expect(await db.articles.count()).toBe(IMPORT_BATCH_SIZE);
    expect(await db.events.count()).toBe(IMPORT_BATCH_SIZE);
  });
});
