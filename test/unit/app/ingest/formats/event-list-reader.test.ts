// Analyst event lists (CSV with ; and tab, JSON object and array forms) written by make-fixtures.sh.
import { describe, expect, it } from 'vitest';
import { MAX_EVENT_ROWS, readEventList } from '../../../../../app/ingest/formats/event-list-reader';
import { documentOf, readFormatFixture } from './read-format-fixture';

describe('readEventList (CSV)', () => {
  it('renders one readable line per row and keeps each row with its line offsets', () => {
    const document = documentOf(readEventList('csv', readFormatFixture('events.csv')));
    const lines = document.text.split('\n');
    expect(lines[0]).toBe(
      '2024-03-14 — Eide meets van Klaveren — meeting — Oslo — Espen Barth Eide; Alberto van Klaveren — occurred — Talks on ocean protection, minerals and trade — https://example.org/oslo-talks',
    );
    expect(lines[2]).toBe(
      '2024-04-16 to 2024-04-17 — Our Ocean Conference — summit — Athens — Espen Barth Eide; Alberto van Klaveren — A "high-seas" fund; to be launched',
    );
    expect(lines[5]).toBe('undated — Undated talks — meeting — Oslo');
    const rows = document.importedEvents ?? [];
    expect(rows).toHaveLength(6);
    for (const [index, row] of rows.entries()) expect(document.text.slice(row.lineStart, row.lineEnd)).toBe(lines[index]);
    expect(rows[0]).toMatchObject({
      rowNumber: 1,
      date: '2024-03-14',
      endDate: null,
      type: 'meeting',
      places: ['Oslo'],
      participants: ['Espen Barth Eide', 'Alberto van Klaveren'],
    });
    expect(rows[2]).toMatchObject({
      date: '2024-04-16',
      endDate: '2024-04-17',
      status: null,
      description: 'A "high-seas" fund; to be launched',
    });
    expect(rows[3]).toMatchObject({ date: 'November 2023', participants: ['Norway', 'Chile'], type: 'signing' });
    expect(document.metadataTitle).toBe('Event list (6 rows)');
    expect(document.metadataDates).toEqual([]);
  });

  it('detects tabs and maps other header names (start, label, actors)', () => {
    const document = documentOf(readEventList('csv', readFormatFixture('events-tab.csv')));
    expect(document.text).toBe(
      '2022-02-24 — Russian invasion of Ukraine — invasion — Ukraine — Russia\n2023-10-17 to 2023-10-18 — Third Belt and Road Forum — forum — Beijing — Xi Jinping; Vladimir Putin',
    );
    expect(document.importedEvents?.[1]?.participants).toEqual(['Xi Jinping', 'Vladimir Putin']);
  });

  it('names unknown columns and refuses a header without any known one', () => {
    const withExtra = documentOf(readEventList('csv', new TextEncoder().encode('date,title,type,mood\n2024-01-02,Talks,meeting,calm\n')));
    expect(withExtra.warnings).toEqual(['ignored unknown column(s): mood']);
    const result = readEventList('csv', new TextEncoder().encode('a,b\n1,2\n'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(
      /^the CSV header names no known column \(expected some of: date, end, title, type, participants, place/,
    );
  });

  it('refuses a list over the row limit', () => {
    const csv = 'date,title,type\n' + '2024-01-02,Talks,meeting\n'.repeat(MAX_EVENT_ROWS + 1);
    expect(readEventList('csv', new TextEncoder().encode(csv))).toEqual({
      ok: false,
      problem: `the event list has too many rows (${MAX_EVENT_ROWS + 1}; limit ${MAX_EVENT_ROWS})`,
    });
  });

  it('refuses a list with only a header', () => {
    expect(readEventList('csv', new TextEncoder().encode('date,title\n'))).toEqual({ ok: false, problem: 'the event list has no rows' });
  });
});

describe('readEventList (JSON)', () => {
  it('reads { "events": [...] } with key synonyms and list values', () => {
    const document = documentOf(readEventList('json', readFormatFixture('events.json')));
    expect(document.text.split('\n')).toEqual([
      '2024-03-14 — Eide meets van Klaveren — Meeting — Oslo — Espen Barth Eide; Alberto van Klaveren — occurred — https://example.org/oslo-talks',
      '2024-04 — Boric state visit to Norway — visit — Oslo — Gabriel Boric — scheduled — First visit by a Chilean head of state in two decades',
      '2024-04-16 to 2024-04-17 — Our Ocean Conference — conference — Athens',
    ]);
    expect(document.importedEvents?.[1]).toMatchObject({
      rowNumber: 2,
      title: 'Boric state visit to Norway',
      participants: ['Gabriel Boric'],
    });
  });

  it('reads a bare array the same way', () => {
    const document = documentOf(readEventList('json', readFormatFixture('events-array.json')));
    expect(document.importedEvents?.map((row) => row.title)).toEqual(['Eide meets van Klaveren', 'Boric state visit to Norway']);
  });

  it.each([
    ['{"events": [', /^not valid JSON \(/],
    ['{"items": []}', /^the JSON has no list of events/],
    ['[{"foo": 1}]', /^the JSON events have no known column/],
  ])('%s is refused', (json, problem) => {
    const result = readEventList('json', new TextEncoder().encode(json));
    expect(!result.ok && result.problem).toMatch(problem);
  });

  it('takes the name of participant objects', () => {
    const json =
      '[{"date": "2023-10-18", "type": "meeting", "participants": [{"name": "Xi Jinping", "role": "host"}, {"name": "Vladimir Putin"}]}]';
    expect(documentOf(readEventList('json', new TextEncoder().encode(json))).importedEvents?.[0]?.participants).toEqual([
      'Xi Jinping',
      'Vladimir Putin',
    ]);
  });

  it('skips items that are not objects with a warning', () => {
    const document = documentOf(readEventList('json', new TextEncoder().encode('[{"date": 2023, "type": "summit"}, 7]')));
    expect(document.text).toBe('2023 — summit');
    expect(document.warnings).toEqual(['row 2: not an object; skipped']);
  });
});
