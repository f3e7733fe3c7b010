// Export rows: one per cluster with every source (title, sentences), roles with their evidence, highest confidence;
// the CSV (a column per role) and JSON made from them carry the same facts.
import { describe, expect, it } from 'vitest';
import { eventExportRow, eventExportRows, type ArticleInfo } from '../../../../app/export/data/event-rows';
import { EVENT_CSV_HEADER, eventsToCsv } from '../../../../app/export/data/events-csv';
import { eventsToJson } from '../../../../app/export/data/events-json';
import { NO_FILTERS } from '../../../../app/model/event-filter';
import { makeEvent } from './make-event';

const ARTICLES = new Map<string, ArticleInfo>([
  ['a1', { id: 'a1', title: 'Wang Yi meets Putin', fileName: 'wang.txt', published: '2023-09-21' }],
  ['a2', { id: 'a2', title: 'Earlier wire report', fileName: 'wire.txt', published: '2023-09-20' }],
]);

const evidence = (start: number, text: string) => ({ start, end: start + text.length, text, ruleId: 'r' });

const lead = makeEvent({
  id: 'e1',
  articleId: 'a1',
  label: 'Wang Yi meets Vladimir Putin',
  start: '2023-09-21',
  end: '2023-09-21',
  confidence: 0.7,
  participants: ['Wang Yi', 'Vladimir Putin'],
  places: ['Saint Petersburg'],
  roles: [
    { role: 'party', value: 'Wang Yi', evidence: { start: 10, end: 17, text: 'Wang Yi', ruleId: 'party-subject' } },
    { role: 'party', value: 'Vladimir Putin' },
    { role: 'place', value: 'Saint Petersburg' },
  ],
  evidence: [
    evidence(200, 'Putin met Wang on Thursday.'),
    evidence(10, 'Wang Yi met Putin in Saint Petersburg.'),
    evidence(300, 'Putin met Wang on Thursday.'),
  ],
});
const other = makeEvent({
  id: 'e2',
  articleId: 'a2',
  label: 'Wang meets Putin',
  start: '2023-09-21',
  end: '2023-09-21',
  confidence: 0.9,
  evidence: [evidence(0, 'Wang will meet Putin.')],
});

describe('eventExportRow', () => {
  it('lists every merged source, oldest article first, with its title and de-duplicated sentences in text order', () => {
    const row = eventExportRow({ event: lead, members: [lead, other] }, ARTICLES);
    expect(row.sources.map((s) => s.articleTitle)).toEqual(['Earlier wire report', 'Wang Yi meets Putin']);
    expect(row.sources[1]!.sentences).toEqual(['Wang Yi met Putin in Saint Petersburg.', 'Putin met Wang on Thursday.']);
    expect(row.confidence).toBe(0.9);
    expect(row.typeLabel).toBe('Meeting');
    expect(row.roles).toEqual([
      { role: 'party', value: 'Wang Yi', evidence: { start: 10, end: 17, text: 'Wang Yi', ruleId: 'party-subject' } },
      { role: 'party', value: 'Vladimir Putin' },
      { role: 'place', value: 'Saint Petersburg' },
    ]);
  });

  it('keeps the event itself as a source when the members list misses it, and names hand-made events', () => {
    const added = makeEvent({ id: 'e9', articleId: 'none', origin: 'analyst', label: 'Call', start: '2023-01-01', end: '2023-01-01' });
    const row = eventExportRow({ event: added, members: [] }, ARTICLES);
    expect(row.sources).toHaveLength(1);
    expect(row.sources[0]!.articleTitle).toBe('added by the analyst');
  });
});

describe('CSV and JSON documents', () => {
  const rows = eventExportRows(
    [
      {
        event: makeEvent({ id: 'late', label: 'Forum', start: '2023-10-01', end: '2023-10-31', precision: 'month', type: 'forum' }),
        members: [],
      },
      { event: lead, members: [lead, other] },
      {
        event: makeEvent({ id: 'evil', articleId: 'a1', label: '=cmd|"/c calc"!A1', start: '2022-02-24', end: '2022-02-24' }),
        members: [],
      },
    ],
    ARTICLES,
  );

  it('orders rows by date', () => {
    expect(rows.map((r) => r.id)).toEqual(['evil', 'e1', 'late']);
  });

  it('writes one CSV line per event with the header, neutralising the formula label', () => {
    const csv = eventsToCsv(rows);
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(EVENT_CSV_HEADER.join(','));
    expect(lines[1]).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(lines[2]).toContain('Wang Yi; Vladimir Putin');
    expect(lines[2]).toContain('Earlier wire report (2023-09-20) | Wang Yi meets Putin (2023-09-21)');
    expect(lines[2]).toContain('Wang Yi met Putin in Saint Petersburg.');
    expect(lines.every((line) => !/(^|,)[=+\-@]/.test(line))).toBe(true);
  });

  it('gives every role its own CSV column, empty where the event has no such filler', () => {
    const attack = makeEvent({
      id: 'attack',
      type: 'attack',
      label: 'Gunman kills five police officers in Dallas',
      start: '2016-07-07',
      end: '2016-07-07',
      roles: [
        { role: 'attacker', value: 'Gunman' },
        { role: 'victim', value: 'five police officers' },
        { role: 'place', value: 'Dallas' },
      ],
    });
    const header = [...EVENT_CSV_HEADER];
    const cells = (row: string[], name: string): string => row[header.indexOf(name)]!;
    for (const name of [
      'role: parties',
      'role: visitor',
      'role: destination',
      'role: host',
      'role: attacker',
      'role: target',
      'role: victims',
    ])
      expect(header).toContain(name);
    const lineOf = (csv: string): string[] => csv.split('\r\n')[1]!.split(','); // no quoted commas in these rows
    const attackRow = lineOf(eventsToCsv(eventExportRows([{ event: attack, members: [] }], ARTICLES)));
    expect([cells(attackRow, 'role: attacker'), cells(attackRow, 'role: victims'), cells(attackRow, 'role: place')]).toEqual([
      'Gunman',
      'five police officers',
      'Dallas',
    ]);
    expect([cells(attackRow, 'role: target'), cells(attackRow, 'role: parties')]).toEqual(['', '']);
    const meetingRow = lineOf(eventsToCsv(eventExportRows([{ event: lead, members: [lead] }], ARTICLES)));
    expect(cells(meetingRow, 'role: parties')).toBe('Wang Yi; Vladimir Putin');
    expect(cells(meetingRow, 'role: attacker')).toBe('');
  });

  it('writes JSON that parses back to the same rows', () => {
    const parsed = JSON.parse(eventsToJson(rows, { exportedAt: '2026-01-01T00:00:00.000Z', range: null, filters: NO_FILTERS }));
    expect(parsed.format).toBe('event-timeline/events');
    expect(parsed.eventCount).toBe(3);
    expect(parsed.events).toEqual(rows);
    expect(parsed.events[1].sources[0].sentences).toEqual(['Wang will meet Putin.']);
    expect(parsed.events[1].roles[0]).toEqual({
      role: 'party',
      value: 'Wang Yi',
      evidence: { start: 10, end: 17, text: 'Wang Yi', ruleId: 'party-subject' },
    });
    expect(parsed.search).toBe('');
  });
});
