// Builders of articles and events for the renderer tests, with only the fields a test cares about given, a fresh
// database per test, and a one-file import through the worker's batch path.

import type { Article } from '../../../app/model/article';
import type { TimelineEvent } from '../../../app/model/event';
import { TimelineDb } from '../../../renderer/db/timeline-db';
import type { Stage } from '../../../renderer/worker/import-article';
import { importFilesInBatches } from '../../../renderer/worker/import-batch';
import type { FileOutcome, FileToImport } from '../../../renderer/worker/messages';

let dbCounter = 0;

/** A fresh, empty database with a unique name (fake-indexeddb must be imported by the test first). */
export function freshDb(): TimelineDb {
  dbCounter += 1;
  return new TimelineDb(`test-timeline-${dbCounter}-${Math.random().toString(36).slice(2)}`);
}

/** Imports one file the way the worker does (a batch of one) and returns its outcome. */
export async function importOneFile(db: TimelineDb, file: FileToImport, onStage: (stage: Stage) => void = () => {}): Promise<FileOutcome> {
  let outcome: FileOutcome | undefined;
  await importFilesInBatches(db, [file], {
    onStage: (_i, stage) => onStage(stage),
    onDone: (_i, done) => (outcome = done),
    isCancelled: () => false,
  });
  if (!outcome) throw new Error('no outcome reported');
  return outcome;
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'a1',
    fileName: 'article.txt',
    format: 'txt',
    title: 'An article',
    text: 'Wang Yi met Vladimir Putin in Saint Petersburg.',
    published: '2023-09-21',
    publishedSource: 'metadata',
    byteLength: 48,
    importedAt: '2023-09-22T10:00:00.000Z',
    ...overrides,
  };
}

/** Article `articleId`'s report of Putin's planned visit to China (October 2023), its event `${articleId}:0`. */
export const makeVisit = (articleId: string, fields: Partial<TimelineEvent> = {}): TimelineEvent =>
  makeEvent({
    id: `${articleId}:0`,
    articleId,
    type: 'visit',
    label: 'Putin visits China',
    start: '2023-10-01',
    end: '2023-10-31',
    precision: 'month',
    participants: ['Vladimir Putin'],
    places: ['China'],
    confidence: 0.7,
    ...fields,
  });

export function makeEvent(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: 'e1',
    articleId: 'a1',
    type: 'meeting',
    label: 'Wang Yi meets Vladimir Putin',
    start: '2023-09-21',
    end: '2023-09-21',
    precision: 'day',
    dateBasis: 'publication',
    status: 'occurred',
    participants: ['Wang Yi', 'Vladimir Putin'],
    places: ['Saint Petersburg'],
    confidence: 0.9,
    evidence: [{ start: 0, end: 47, text: 'Wang Yi met Vladimir Putin in Saint Petersburg.', ruleId: 'meeting.met' }],
    mentions: [],
    ruleId: 'meeting.met',
    ...overrides,
  };
}
