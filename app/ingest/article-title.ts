// Chooses an article's title: the document's own metadata title, else the first line of the text when it
// reads like a headline (short, no final period), else the file name made readable
// ("wang-yi-putin-2023-09-21.txt" → "Wang Yi Putin"; dates and extensions are removed).

import { parseMetadataDate } from '../calendar/date-strings';

const MAX_HEADLINE_CHARS = 120;

/** The file name without extension, date stamps and separators, each word capitalised. */
export function humaniseFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const words = base
    .replace(/(?<!\d)(?:18|19|20|21)\d{2}[-_.]?\d{2}[-_.]?\d{2}(?!\d)/g, ' ')
    .replace(/[-_.+]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const readable = words || base || 'Untitled article';
  return readable.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** Lines that open an article without being its headline: bylines, "Published ..." lines, bare dates. */
function isBylineOrDate(line: string): boolean {
  return /^(?:By|Published|Posted|Updated|Last updated)\b/i.test(line) || parseMetadataDate(line) !== null;
}

/** The first non-empty line when it looks like a headline, else null. */
export function headlineFromText(text: string): string | null {
  const firstLine =
    text
      .split('\n')
      .find((line) => line.trim().length > 0)
      ?.trim() ?? '';
  if (!firstLine || firstLine.length > MAX_HEADLINE_CHARS || /[.]$/.test(firstLine) || isBylineOrDate(firstLine)) return null;
  return firstLine;
}

export function chooseTitle(metadataTitle: string | null | undefined, text: string, fileName: string): string {
  const fromMetadata = metadataTitle?.replace(/\s+/g, ' ').trim();
  return fromMetadata || headlineFromText(text) || humaniseFileName(fileName);
}
