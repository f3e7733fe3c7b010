// Reads an analyst's own list of events, CSV (header row, see csv-table.ts) or JSON (an array of objects or
// { "events": [...] }): columns are mapped to fields by name (event-list-columns.ts), each row becomes one
// readable line of the article text ("2023-10-17 — Belt and Road Forum — forum — Beijing — Xi Jinping;
// Vladimir Putin") and a structured ImportedEventRow pointing at that line, for eventsFromImportedRows.

import type { ImportedEventRow } from '../../model/article';
import { decodeText, looksBinary } from '../decode/decode-text';
import { parseCsv } from './csv-table';
import { COLUMN_SYNONYMS, fieldOfColumn, LIST_FIELDS, splitListCell, type EventListField } from './event-list-columns';
import { readProblem, readSuccess, type FormatReadResult } from './format-result';

export const MAX_EVENT_ROWS = 20_000;
export const SEGMENT_SEPARATOR = ' — ';

type RowValues = Partial<Record<EventListField, string | string[]>>;
interface SourceRow {
  rowNumber: number;
  values: RowValues;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && !Array.isArray(value)) {
    // { "name": "Xi Jinping", "role": "host" } → its name
    const named = (value as Record<string, unknown>).name ?? (value as Record<string, unknown>).label;
    if (typeof named === 'string') return named.replace(/\s+/g, ' ').trim();
  }
  return JSON.stringify(value);
}

function setField(values: RowValues, field: EventListField, raw: unknown): void {
  if (LIST_FIELDS.has(field)) {
    const items = Array.isArray(raw) ? raw.map(cellText).filter((v) => v !== '') : splitListCell(cellText(raw));
    if (items.length > 0) values[field] = items;
  } else {
    const text = cellText(raw);
    if (text !== '') values[field] = text;
  }
}

function ignoredColumnsWarning(names: string[]): string[] {
  const ignored = names.filter((name) => name.trim() !== '' && fieldOfColumn(name) === null);
  return ignored.length > 0 ? [`ignored unknown column(s): ${[...new Set(ignored)].join(', ')}`] : [];
}

const NO_KNOWN_COLUMN = `no known column (expected some of: ${Object.values(COLUMN_SYNONYMS)
  .map((names) => names[0])
  .join(', ')})`;

function rowsFromCsv(text: string, warnings: string[]): SourceRow[] | string {
  const table = parseCsv(text);
  if (table.unterminatedQuote) warnings.push('a quoted field is not closed; the last row may be incomplete');
  const [header, ...data] = table.rows;
  if (!header) return 'the CSV file has no rows';
  const fields = header.fields.map(fieldOfColumn);
  if (fields.every((f) => f === null)) return `the CSV header names ${NO_KNOWN_COLUMN}`;
  warnings.push(...ignoredColumnsWarning(header.fields));
  return data.map((row, index) => {
    const values: RowValues = {};
    row.fields.forEach((cell, column) => {
      const field = fields[column];
      if (field && values[field] === undefined) setField(values, field, cell);
    });
    return { rowNumber: index + 1, values };
  });
}

function rowsFromJson(text: string, warnings: string[]): SourceRow[] | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const list = Array.isArray(parsed)
    ? parsed
    : typeof parsed === 'object' && parsed !== null
      ? (parsed as { events?: unknown }).events
      : undefined;
  if (!Array.isArray(list)) return 'the JSON has no list of events (expected an array of objects or { "events": [...] })';
  const keys: string[] = [];
  const rows: SourceRow[] = [];
  list.forEach((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      warnings.push(`row ${index + 1}: not an object; skipped`);
      return;
    }
    const values: RowValues = {};
    for (const [key, raw] of Object.entries(item as Record<string, unknown>)) {
      keys.push(key);
      const field = fieldOfColumn(key);
      if (field && values[field] === undefined) setField(values, field, raw);
    }
    rows.push({ rowNumber: index + 1, values });
  });
  if (list.length > 0 && keys.every((key) => fieldOfColumn(key) === null)) return `the JSON events have ${NO_KNOWN_COLUMN}`;
  warnings.push(...ignoredColumnsWarning(keys));
  return rows;
}

function single(values: RowValues, field: EventListField): string | null {
  const value = values[field];
  return typeof value === 'string' ? value : null;
}

function list(values: RowValues, field: EventListField): string[] {
  const value = values[field];
  return Array.isArray(value) ? value : [];
}

/** The readable line of one row: the fields present, in a fixed order. */
export function renderRow(row: Omit<ImportedEventRow, 'rowNumber' | 'lineStart' | 'lineEnd'>): string {
  const when = row.date && row.endDate ? `${row.date} to ${row.endDate}` : (row.date ?? (row.endDate ? `until ${row.endDate}` : 'undated'));
  const segments = [when, row.title, row.type, row.places.join('; '), row.participants.join('; '), row.status, row.description, row.source];
  return segments.filter((s): s is string => s !== null && s !== '').join(SEGMENT_SEPARATOR);
}

/** Reads CSV or JSON bytes of an event list. */
export function readEventList(format: 'csv' | 'json', bytes: Uint8Array): FormatReadResult {
  if (looksBinary(bytes)) return readProblem('not a text file (binary content)');
  const text = decodeText(bytes).text;
  const warnings: string[] = [];
  const source = format === 'csv' ? rowsFromCsv(text, warnings) : rowsFromJson(text, warnings);
  if (typeof source === 'string') return readProblem(source);
  if (source.length > MAX_EVENT_ROWS) return readProblem(`the event list has too many rows (${source.length}; limit ${MAX_EVENT_ROWS})`);
  const lines: string[] = [];
  const importedEvents: ImportedEventRow[] = [];
  let offset = 0;
  for (const { rowNumber, values } of source) {
    const fields = {
      date: single(values, 'date'),
      endDate: single(values, 'endDate'),
      title: single(values, 'title'),
      type: single(values, 'type'),
      participants: list(values, 'participants'),
      places: list(values, 'places'),
      status: single(values, 'status'),
      description: single(values, 'description'),
      source: single(values, 'source'),
    };
    const line = renderRow(fields).replace(/\s*\n\s*/g, ' ');
    importedEvents.push({ rowNumber, lineStart: offset, lineEnd: offset + line.length, ...fields });
    lines.push(line);
    offset += line.length + 1;
  }
  if (importedEvents.length === 0) return readProblem('the event list has no rows');
  const title = `Event list (${importedEvents.length} ${importedEvents.length === 1 ? 'row' : 'rows'})`;
  return readSuccess({ text: lines.join('\n'), metadataTitle: title, metadataDates: [], warnings, importedEvents });
}
