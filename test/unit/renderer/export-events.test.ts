// What an export reads from the database (fake-indexeddb): events overlapping the range under the current
// filters, one per cluster of merged reports with every member and article (for the CSV/JSON sources), and
// drawn labels with the "×N sources" badge.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { eventExportRows } from '../../../app/export/data/event-rows';
import { NO_FILTERS } from '../../../app/model/event-filter';
import type { TimelineEvent } from '../../../app/model/event';
import { saveImportedArticle } from '../../../renderer/db/articles-repo';
import type { TimelineDb } from '../../../renderer/db/timeline-db';
import { loadExportEvents } from '../../../renderer/export/export-events';
import { exportOptionsProblem, initialExportOptions, lanesForMode } from '../../../renderer/export/export-options';
import { freshDb, makeArticle, makeEvent, makeVisit } from './make-records';

let db: TimelineDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

const visit = (articleId: string, fields: Partial<TimelineEvent> = {}): TimelineEvent =>
  makeVisit(articleId, {
    id: `${articleId}:visit`,
    evidence: [{ start: 0, end: 30, text: `Putin will visit China (${articleId}).`, ruleId: 'visit' }],
    ...fields,
  });

async function seed(): Promise<void> {
  await saveImportedArticle(db, makeArticle({ id: 'a1', title: 'Outlet one', published: '2023-09-21' }), [
    visit('a1'),
    makeEvent({ id: 'a1:meeting', articleId: 'a1', start: '2023-09-21', end: '2023-09-21' }),
    makeEvent({
      id: 'a1:invasion',
      articleId: 'a1',
      type: 'invasion',
      label: 'Russia invades Ukraine',
      start: '2022-02-24',
      end: '2022-02-24',
      confidence: 0.4,
    }),
  ]);
  await saveImportedArticle(db, makeArticle({ id: 'a2', title: 'Outlet two', fileName: 'two.txt', published: '2023-09-25' }), [
    visit('a2'),
  ]);
}

describe('loadExportEvents', () => {
  it('collapses merged reports to one event with every source', async () => {
    db = freshDb();
    await seed();
    const loaded = await loadExportEvents(db, { start: '2023-09-01', end: '2023-12-31' }, NO_FILTERS);
    expect(loaded.clusters).toHaveLength(2);
    expect(loaded.drawn.map((event) => event.label).sort()).toEqual(['Putin visits China (×2 sources)', 'Wang Yi meets Vladimir Putin']);
    const rows = eventExportRows(loaded.clusters, loaded.articles);
    const visitRow = rows.find((row) => row.type === 'visit')!;
    expect(visitRow.sources.map((source) => [source.articleTitle, source.sentences[0]])).toEqual([
      ['Outlet one', 'Putin will visit China (a1).'],
      ['Outlet two', 'Putin will visit China (a2).'],
    ]);
  });

  it('keeps only events in the range that pass the filters', async () => {
    db = freshDb();
    await seed();
    const all = await loadExportEvents(db, { start: '2022-01-01', end: '2023-12-31' }, NO_FILTERS);
    expect(all.clusters.map((c) => c.event.type).sort()).toEqual(['invasion', 'meeting', 'visit']);
    const confident = await loadExportEvents(db, { start: '2022-01-01', end: '2023-12-31' }, { ...NO_FILTERS, minConfidence: 0.5 });
    expect(confident.clusters.map((c) => c.event.type).sort()).toEqual(['meeting', 'visit']);
    const meetings = await loadExportEvents(db, { start: '2022-01-01', end: '2023-12-31' }, { ...NO_FILTERS, types: ['meeting'] });
    expect(meetings.clusters.map((c) => c.event.id)).toEqual(['a1:meeting']);
    const early = await loadExportEvents(db, { start: '2022-01-01', end: '2022-12-31' }, NO_FILTERS);
    expect(early.clusters.map((c) => c.event.type)).toEqual(['invasion']);
  });

  it("asks the view's predicate (filters and search matches) of each cluster's representative, as the timeline does", async () => {
    db = freshDb();
    await seed();
    const range = { start: '2022-01-01', end: '2023-12-31' };
    const clusters = await loadExportEvents(db, range, NO_FILTERS);
    const lead = clusters.clusters.find((c) => c.event.type === 'visit')!.event;
    const member = clusters.clusters.find((c) => c.event.type === 'visit')!.members.find((m) => m.id !== lead.id)!;
    // A search whose matches are the meeting and the visit's representative keeps exactly those two.
    const matched = new Set(['a1:meeting', lead.id]);
    const searched = await loadExportEvents(db, range, NO_FILTERS, undefined, (event) => matched.has(event.id));
    expect(searched.clusters.map((c) => c.event.id).sort()).toEqual(['a1:meeting', lead.id].sort());
    expect(searched.clusters.find((c) => c.event.id === lead.id)?.members).toHaveLength(2);
    // The merged-in report alone does not bring its cluster in (the timeline draws the representative only).
    const byMember = await loadExportEvents(db, range, NO_FILTERS, undefined, (event) => event.id === member.id);
    expect(byMember.clusters).toEqual([]);
  });
});

describe('export options', () => {
  it('takes the timeline lanes when the export has them, and checks the dialog values', () => {
    expect(lanesForMode('type')).toBe('type');
    expect(lanesForMode('article')).toBe('none');
    const options = initialExportOptions('png', 'type');
    expect(options).toMatchObject({ format: 'png', range: 'visible', scale: 2, legend: true, lanes: 'type', theme: 'light' });
    expect(exportOptionsProblem(options)).toBeNull();
    expect(exportOptionsProblem({ ...options, range: 'custom', from: '2023-10-01', to: '' })).toMatch(/both dates/);
    expect(exportOptionsProblem({ ...options, range: 'custom', from: '2023-10-01', to: '2023-09-01' })).toMatch(/ends before/);
    expect(exportOptionsProblem({ ...options, scale: 5 })).toMatch(/scale/);
    expect(exportOptionsProblem({ ...options, width: 100 })).toMatch(/width/);
    expect(exportOptionsProblem({ ...options, format: 'csv', width: 100 })).toBeNull();
  });
});
