// Decides an article's publication date, the anchor for relative dates ("next month"), most reliable
// source first: an explicit override, document metadata, a dateline at the top of the text, a date in the
// file name. With none of them the date stays unknown (never silently "today") and a warning says so.

import type { PublishedSource } from '../model/article';
import { utcDate } from '../calendar/calendar';
import { isIsoDatePrefix, isoDay, monthNumber, parseMetadataDate, parsePartialMetadataDate } from '../calendar/date-strings';
import { compileDatelineRules } from './dateline-rules';
import { dateFromFileName } from './filename-date';

export interface PublicationDateInput {
  text: string;
  fileName: string;
  override?: string;
  /** Candidates from the document's own metadata, most reliable first. */
  metadataDates?: readonly { value: string; source: string }[];
}

export interface PublicationDate {
  published: string | null;
  publishedSource: PublishedSource;
  publishedNote: string;
  /** Where a dateline was found in the text (UTF-16 offsets) and which rule matched. */
  evidence?: { start: number; end: number; text: string; ruleId: string };
  warnings: string[];
}

/** Datelines are only looked for this far into the text. */
const DATELINE_SEARCH_CHARS = 300;
export const NO_DATE_WARNING = 'no publication date found; set it to resolve relative dates';

const COMPILED_RULES = compileDatelineRules();

interface DatelineMatch {
  month: number;
  day: number;
  year: number | null;
  start: number;
  end: number;
  text: string;
  ruleId: string;
}

function findDateline(text: string): DatelineMatch | null {
  const head = text.slice(0, DATELINE_SEARCH_CHARS);
  let best: DatelineMatch | null = null;
  for (const { rule, pattern } of COMPILED_RULES) {
    const match = pattern.exec(head);
    if (!match || (best && best.start <= match.index)) continue;
    const groups = match.groups ?? {};
    const [isoYear, isoMonth, isoDayOfMonth] = (groups.isoDate ?? '').split('-').map(Number);
    const month = groups.isoDate ? isoMonth : monthNumber(groups.month ?? '');
    const day = groups.isoDate ? isoDayOfMonth : Number(groups.day);
    const year = groups.isoDate ? isoYear : groups.year ? Number(groups.year) : null;
    if (!month || !day) continue;
    const leading = match[0].length - match[0].trimStart().length;
    const matched = match[0].trim();
    best = {
      month,
      day,
      year: year ?? null,
      start: match.index + leading,
      end: match.index + leading + matched.length,
      text: matched,
      ruleId: rule.id,
    };
  }
  return best;
}

/** The year for a month/day closest to a reference date (handles Dec 31 stories filed Jan 1). */
function yearNearest(month: number, day: number, reference: string): number {
  const referenceYear = Number(reference.slice(0, 4));
  const referenceTime = utcDate({
    year: referenceYear,
    month: Number(reference.slice(5, 7)) || 1,
    day: Number(reference.slice(8, 10)) || 1,
  }).getTime();
  const candidates = [referenceYear - 1, referenceYear, referenceYear + 1];
  let best = referenceYear;
  let bestDistance = Infinity;
  for (const year of candidates) {
    const distance = Math.abs(utcDate({ year, month, day }).getTime() - referenceTime);
    if (distance < bestDistance) [best, bestDistance] = [year, distance];
  }
  return best;
}

/**
 * A dateline's date; a year-less one takes its year from the file-name date, else from a coarse metadata
 * date ("2023" / "2023-09"), choosing the year that puts it nearest that reference.
 */
function fromDateline(
  dateline: DatelineMatch,
  fileName: string,
  partialMetadata: string | null,
  warnings: string[],
): PublicationDate | null {
  const evidence = { start: dateline.start, end: dateline.end, text: dateline.text, ruleId: dateline.ruleId };
  if (dateline.year !== null) {
    const iso = isoDay(dateline.year, dateline.month, dateline.day);
    return iso
      ? { published: iso, publishedSource: 'dateline', publishedNote: `from the dateline '${dateline.text}'`, evidence, warnings }
      : null;
  }
  const fromName = dateFromFileName(fileName);
  const reference = fromName
    ? { date: fromName.iso, what: 'the file name' }
    : partialMetadata
      ? { date: partialMetadata.length === 4 ? `${partialMetadata}-07-01` : `${partialMetadata}-15`, what: 'the metadata' }
      : null;
  if (reference) {
    const iso = isoDay(yearNearest(dateline.month, dateline.day, reference.date), dateline.month, dateline.day);
    if (iso) {
      const note = `from the dateline '${dateline.text}' (year from ${reference.what})`;
      return { published: iso, publishedSource: 'dateline', publishedNote: note, evidence, warnings };
    }
  }
  warnings.push(`the dateline '${dateline.text}' has no year; set the publication date to resolve relative dates`);
  return null;
}

/** Chooses the publication date as described in the header. */
export function detectPublicationDate(input: PublicationDateInput): PublicationDate {
  const warnings: string[] = [];
  const override = input.override?.trim();
  if (override) {
    if (isIsoDatePrefix(override)) {
      return { published: override, publishedSource: 'override', publishedNote: 'set explicitly', warnings };
    }
    warnings.push(`ignored the publication date override '${override}': expected YYYY-MM-DD`);
  }
  let partial: { value: string; note: string } | null = null;
  for (const candidate of input.metadataDates ?? []) {
    const note = `from ${candidate.source} '${candidate.value}'`;
    const iso = parseMetadataDate(candidate.value);
    if (iso) return { published: iso, publishedSource: 'metadata', publishedNote: note, warnings };
    const coarse = parsePartialMetadataDate(candidate.value);
    if (coarse) partial ??= { value: coarse, note };
    else warnings.push(`could not read the date '${candidate.value}' in ${candidate.source}`);
  }
  const dateline = findDateline(input.text);
  if (dateline) {
    const result = fromDateline(dateline, input.fileName, partial?.value ?? null, warnings);
    if (result) return result;
  }
  const fromName = dateFromFileName(input.fileName);
  if (fromName && (!partial || fromName.iso.startsWith(partial.value))) {
    return { published: fromName.iso, publishedSource: 'filename', publishedNote: `from the file name ('${fromName.text}')`, warnings };
  }
  if (partial) return { published: partial.value, publishedSource: 'metadata', publishedNote: partial.note, warnings };
  if (!dateline) warnings.push(NO_DATE_WARNING);
  return { published: null, publishedSource: 'none', publishedNote: 'unknown', warnings };
}
