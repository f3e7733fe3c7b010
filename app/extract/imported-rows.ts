// Turns the rows of an analyst's imported event list (Article.rows, from a CSV or JSON file) into timeline
// events. Each row's type is mapped to our event types through the synonym rules below; its dates are read
// as a day, a month or a year (with an optional end); its status is taken as written (with synonyms) or
// from the date relative to the publication date. The evidence of every event is the row's line in the
// article text; each participant, place, date and the type have their own span in that line.
// Rows with an unknown type or no readable date are skipped with a warning naming the row.

import { daysInMonth } from '../calendar/calendar';
import { parseMetadataDate, parsePartialMetadataDate } from '../calendar/date-strings';
import type { Article, ImportedEventRow } from '../model/article';
import type { DatePrecision, EventStatus, Evidence, Mention, TimelineEvent } from '../model/event';
import { eventTypeInfo, type EventTypeId } from '../model/event-types';

export const IMPORTED_ROW_RULE = 'import:row';

interface SynonymRule<T extends string> {
  value: T;
  words: readonly string[];
  example: string;
}

/** Type cells → event types: a cell matches when it is, or contains as a word, one of the words. */
export const TYPE_RULES: readonly SynonymRule<EventTypeId>[] = [
  {
    value: 'meeting',
    words: ['meeting', 'meet', 'meets', 'talks', 'bilateral', 'call', 'phone call', 'consultation'],
    example: 'Bilateral meeting',
  },
  { value: 'visit', words: ['visit', 'state visit', 'trip', 'tour', 'arrival', 'travel'], example: 'State visit' },
  { value: 'forum', words: ['forum', 'summit', 'conference', 'congress', 'assembly', 'convention', 'g20', 'g7'], example: 'Summit' },
  { value: 'invasion', words: ['invasion', 'invade', 'offensive', 'occupation', 'incursion'], example: 'Invasion' },
  {
    value: 'attack',
    words: ['attack', 'strike', 'airstrike', 'air strike', 'bombing', 'shelling', 'raid', 'shooting', 'missile strike'],
    example: 'Missile strike',
  },
  {
    value: 'agreement',
    words: ['agreement', 'deal', 'treaty', 'accord', 'signing', 'memorandum', 'mou', 'pact'],
    example: 'Signing of a memorandum',
  },
];

/** Status cells → statuses. */
export const STATUS_RULES: readonly SynonymRule<EventStatus>[] = [
  {
    value: 'occurred',
    words: ['occurred', 'happened', 'done', 'held', 'past', 'completed', 'took place', 'confirmed'],
    example: 'happened',
  },
  { value: 'ongoing', words: ['ongoing', 'in progress', 'current', 'continuing'], example: 'ongoing' },
  { value: 'planned', words: ['planned', 'scheduled', 'upcoming', 'expected', 'future', 'announced', 'proposed'], example: 'scheduled' },
  { value: 'cancelled', words: ['cancelled', 'canceled', 'called off', 'postponed'], example: 'called off' },
  { value: 'denied', words: ['denied', 'disputed', 'false'], example: 'denied' },
  { value: 'hypothetical', words: ['hypothetical', 'possible', 'rumoured', 'rumored', 'speculative'], example: 'rumoured' },
];

function matchRule<T extends string>(rules: readonly SynonymRule<T>[], cell: string): T | null {
  const value = cell
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
  for (const rule of rules) if (rule.words.includes(value) || rule.value === value) return rule.value;
  for (const rule of rules) if (rule.words.some((word) => new RegExp(`\\b${word}\\b`).test(value))) return rule.value;
  return null;
}

export function eventTypeOfCell(cell: string): EventTypeId | null {
  return matchRule(TYPE_RULES, cell);
}

export function statusOfCell(cell: string): EventStatus | null {
  return matchRule(STATUS_RULES, cell);
}

interface DateSpan {
  start: string;
  end: string;
  precision: DatePrecision;
  value: string;
}

/** A range written in one cell: "2023-10-17/2023-10-18", "2023-10-17 – 2023-10-18", "2023-10-17 to 2023-10-18". */
const RANGE_IN_CELL = /^(.+?)\s*(?:\/|\s[–—-]\s|–|—|\sto\s|\suntil\s)\s*(.+)$/;

/**
 * "2023-10-17" / "17 October 2023" → a day; "2023-10" / "October 2023" → a month; "2023" → a year; a range
 * of two of them in one cell → from the first day of the first to the last day of the second, at the
 * precision of the first.
 */
export function dateSpanOfCell(cell: string): DateSpan | null {
  const range = RANGE_IN_CELL.exec(cell.trim());
  const from = range ? singleDateSpan(range[1]!) : null;
  const to = range ? singleDateSpan(range[2]!) : null;
  if (from && to) return to.end >= from.start ? { ...from, end: to.end } : null;
  return singleDateSpan(cell);
}

function singleDateSpan(cell: string): DateSpan | null {
  const day = parseMetadataDate(cell);
  if (day) return { start: day, end: day, precision: 'day', value: day };
  const coarse = parsePartialMetadataDate(cell);
  if (!coarse) return null;
  const [year, month] = coarse.split('-').map(Number) as [number, number | undefined];
  if (month === undefined) return { start: `${coarse}-01-01`, end: `${coarse}-12-31`, precision: 'year', value: coarse };
  return {
    start: `${coarse}-01`,
    end: `${coarse}-${String(daysInMonth(year, month)).padStart(2, '0')}`,
    precision: 'month',
    value: coarse,
  };
}

function spanIn(text: string, row: ImportedEventRow, value: string, from: number): { start: number; end: number } | null {
  const index = text.slice(row.lineStart, row.lineEnd).indexOf(value, Math.max(0, from - row.lineStart));
  return index < 0 ? null : { start: row.lineStart + index, end: row.lineStart + index + value.length };
}

function mentionsOf(text: string, row: ImportedEventRow, type: EventTypeId, date: DateSpan): Mention[] {
  const mentions: Mention[] = [];
  const add = (role: Mention['role'], cell: string | null, value: string, column: string): void => {
    const span = cell ? spanIn(text, row, cell, row.lineStart) : null;
    if (span) mentions.push({ ...span, text: cell!, ruleId: `import:column:${column}`, role, value });
  };
  add('date', row.date, date.value, 'date');
  add('trigger', row.type, type, 'type');
  for (const place of row.places) add('place', place, place, 'place');
  for (const participant of row.participants) add('participant', participant, participant, 'participants');
  return mentions;
}

/** Without a status: planned when the row starts after the publication date (its last day if coarse). */
function defaultStatus(date: DateSpan, published: string | null): EventStatus {
  if (!published) return 'occurred';
  const lastPublishedDay = published.length === 4 ? `${published}-12-31` : published.length === 7 ? `${published}-31` : published;
  return date.start > lastPublishedDay ? 'planned' : 'occurred';
}

type RowsArticle = Pick<Article, 'id' | 'text' | 'published'> & { rows?: readonly ImportedEventRow[] };

/** Timeline events of an imported event list, with a warning for every skipped or doubtful row. */
export function eventsFromImportedRows(article: RowsArticle): { events: TimelineEvent[]; warnings: string[] } {
  const events: TimelineEvent[] = [];
  const warnings: string[] = [];
  for (const row of article.rows ?? []) {
    const where = `row ${row.rowNumber}`;
    const type = row.type ? eventTypeOfCell(row.type) : null;
    if (!type) {
      warnings.push(row.type ? `${where}: unknown event type '${row.type}'; skipped` : `${where}: no event type; skipped`);
      continue;
    }
    const date = row.date ? dateSpanOfCell(row.date) : null;
    if (!date) {
      warnings.push(row.date ? `${where}: could not read the date '${row.date}'; skipped` : `${where}: no date; skipped`);
      continue;
    }
    const endDate = row.endDate ? dateSpanOfCell(row.endDate) : null;
    if (row.endDate && (!endDate || endDate.end < date.start)) warnings.push(`${where}: ignored the end date '${row.endDate}'`);
    const status = row.status ? statusOfCell(row.status) : null;
    if (row.status && !status) warnings.push(`${where}: unknown status '${row.status}'; used the date instead`);
    const line = article.text.slice(row.lineStart, row.lineEnd);
    const evidence: Evidence[] = [{ start: row.lineStart, end: row.lineEnd, text: line, ruleId: IMPORTED_ROW_RULE }];
    // Without a title: the type with who and where the row names ("Meeting: Eide, van Klaveren in The Hague").
    const who = row.participants.length > 0 ? `: ${row.participants.join(', ')}` : '';
    const label = row.title ?? `${eventTypeInfo(type).label}${who}${row.places[0] ? ` in ${row.places[0]}` : ''}`;
    events.push({
      id: `${article.id}:row${row.rowNumber}`,
      articleId: article.id,
      type,
      label,
      start: date.start,
      end: endDate && endDate.end >= date.start ? endDate.end : date.end,
      precision: date.precision,
      dateValue: date.value,
      dateBasis: 'explicit',
      status: status ?? defaultStatus(date, article.published),
      participants: row.participants,
      places: row.places,
      confidence: 1,
      evidence,
      mentions: mentionsOf(article.text, row, type, date),
      ruleId: IMPORTED_ROW_RULE,
    });
  }
  return { events, warnings };
}
