// Builders of articles and events for the renderer tests, with only the fields a test cares about given.

import type { Article } from '../../../app/model/article';
import type { TimelineEvent } from '../../../app/model/event';
import { TimelineDb } from '../../../renderer/db/timeline-db';

let dbCounter = 0;

/** A fresh, empty database with a unique name (fake-indexeddb must be imported by the test first). */
export function freshDb(): TimelineDb {
  dbCounter += 1;
  return new TimelineDb(`test-timeline-${dbCounter}-${Math.random().toString(36).slice(2)}`);
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
