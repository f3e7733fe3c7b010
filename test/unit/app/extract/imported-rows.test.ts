// Imported event-list rows → timeline events, end to end from the CSV fixture through ingestFile.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';
import {
  dateSpanOfCell,
  eventsFromImportedRows,
  eventTypeOfCell,
  statusOfCell,
  STATUS_RULES,
  TYPE_RULES,
} from '../../../../app/extract/imported-rows';
import { ingestFile } from '../../../../app/ingest/ingest';
import type { Article } from '../../../../app/model/article';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../fixtures/formats/${name}`, import.meta.url))));

async function ingested(name: string, publishedOverride?: string): Promise<Article> {
  const outcome = await ingestFile({ fileName: name, bytes: fixture(name), publishedOverride });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.article;
}

describe('eventsFromImportedRows', () => {
  it('maps rows to typed, dated events and skips unknown types and undated rows with warnings', async () => {
    const article = await ingested('events.csv', '2024-03-15');
    const { events, warnings } = eventsFromImportedRows(article);
    expect(events.map((e) => [e.type, e.label, e.start, e.end, e.precision, e.status])).toEqual([
      ['meeting', 'Eide meets van Klaveren', '2024-03-14', '2024-03-14', 'day', 'occurred'],
      ['visit', 'Boric state visit to Norway', '2024-04-01', '2024-04-30', 'month', 'planned'],
      ['forum', 'Our Ocean Conference', '2024-04-16', '2024-04-17', 'day', 'planned'], // no status: after publication
      ['agreement', 'Green hydrogen memorandum', '2023-11-01', '2023-11-30', 'month', 'occurred'],
    ]);
    expect(warnings).toEqual(["row 5: unknown event type 'regatta'; skipped", 'row 6: no date; skipped']);
  });

  it('points the evidence at the row line and each value at its span in that line', async () => {
    const article = await ingested('events.csv');
    const [meeting] = eventsFromImportedRows(article).events;
    const row = article.rows![0]!;
    expect(meeting!.evidence).toEqual([
      { start: row.lineStart, end: row.lineEnd, text: article.text.slice(row.lineStart, row.lineEnd), ruleId: 'import:row' },
    ]);
    expect(meeting!.participants).toEqual(['Espen Barth Eide', 'Alberto van Klaveren']);
    expect(meeting!.places).toEqual(['Oslo']);
    for (const mention of meeting!.mentions) expect(article.text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(meeting!.mentions.map((m) => [m.role, m.value])).toEqual([
      ['date', '2024-03-14'],
      ['trigger', 'meeting'],
      ['place', 'Oslo'],
      ['participant', 'Espen Barth Eide'],
      ['participant', 'Alberto van Klaveren'],
    ]);
    expect(new Set(eventsFromImportedRows(article).events.map((e) => e.id)).size).toBe(4);
  });

  it('labels a row without a title by its type, who and where', async () => {
    const article = await ingested('events.csv');
    const row = { ...article.rows![0]!, title: null };
    const [event] = eventsFromImportedRows({ ...article, rows: [row] }).events;
    expect(event!.label).toBe('Meeting: Espen Barth Eide, Alberto van Klaveren in Oslo');
  });

  it('reads the tab-separated list with an invasion and a forum', async () => {
    const { events } = eventsFromImportedRows(await ingested('events-tab.csv'));
    expect(events.map((e) => [e.type, e.start, e.end, e.participants])).toEqual([
      ['invasion', '2022-02-24', '2022-02-24', ['Russia']],
      ['forum', '2023-10-17', '2023-10-18', ['Xi Jinping', 'Vladimir Putin']],
    ]);
  });
});

describe('extractArticleEvents with rows', () => {
  it('takes the events of an event list from its rows, not from reading its text', async () => {
    const article = await ingested('events-tab.csv');
    expect(extractArticleEvents(article)).toEqual(eventsFromImportedRows(article).events);
    const { rows: _rows, ...asText } = article;
    expect(extractArticleEvents(asText).map((e) => e.ruleId)).not.toContain('import:row');
  });
});

describe('cell rules', () => {
  it('every type and status rule maps its own example', () => {
    for (const rule of TYPE_RULES) expect(eventTypeOfCell(rule.example)).toBe(rule.value);
    for (const rule of STATUS_RULES) expect(statusOfCell(rule.example)).toBe(rule.value);
  });

  it.each([
    ['Summit', 'forum'],
    ['state visit', 'visit'],
    ['Air strike', 'attack'],
    ['peace TREATY', 'agreement'],
    ['parade', null],
  ])('type %s → %s', (cell, type) => {
    expect(eventTypeOfCell(cell)).toBe(type);
  });

  it.each([
    ['Scheduled', 'planned'],
    ['called off', 'cancelled'],
    ['happened', 'occurred'],
    ['maybe?', null],
  ])('status %s → %s', (cell, status) => {
    expect(statusOfCell(cell)).toBe(status);
  });

  it.each([
    ['2023-10-17', { start: '2023-10-17', end: '2023-10-17', precision: 'day', value: '2023-10-17' }],
    ['17 October 2023', { start: '2023-10-17', end: '2023-10-17', precision: 'day', value: '2023-10-17' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29', precision: 'month', value: '2024-02' }],
    ['2022', { start: '2022-01-01', end: '2022-12-31', precision: 'year', value: '2022' }],
    ['2023-10-17/2023-10-18', { start: '2023-10-17', end: '2023-10-18', precision: 'day', value: '2023-10-17' }],
    ['2023-10-17 to 2023-10-18', { start: '2023-10-17', end: '2023-10-18', precision: 'day', value: '2023-10-17' }],
    ['2023/10/17', { start: '2023-10-17', end: '2023-10-17', precision: 'day', value: '2023-10-17' }],
    ['2023-10-18/2023-10-17', null],
    ['soon', null],
  ])('date %s', (cell, span) => {
    expect(dateSpanOfCell(cell)).toEqual(span);
  });
});
