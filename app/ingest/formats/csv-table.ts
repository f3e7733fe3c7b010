// Parses delimiter-separated text (RFC 4180): quoted fields with doubled quotes and embedded delimiters or
// line breaks, the delimiter detected from the header line (comma, semicolon or tab, whichever occurs most
// outside quotes; or as Excel's "sep=;" first line declares it). Each row keeps the line number it starts on.

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvTable {
  delimiter: CsvDelimiter;
  rows: { fields: string[]; line: number }[];
  /** True when a quoted field was still open at the end of the text. */
  unterminatedQuote: boolean;
}

const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t'];

/** The delimiter occurring most often outside quotes on the first line (comma when none does). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as CsvDelimiter)) counts.set(char as CsvDelimiter, counts.get(char as CsvDelimiter)! + 1);
  }
  let best: CsvDelimiter = ',';
  for (const delimiter of CANDIDATES) if (counts.get(delimiter)! > counts.get(best)!) best = delimiter;
  return best;
}

const EXCEL_SEPARATOR_LINE = /^sep=([,;\t])\r?\n/;

/** Parses the whole text; blank lines are skipped. */
export function parseCsv(source: string, declared?: CsvDelimiter): CsvTable {
  const excel = EXCEL_SEPARATOR_LINE.exec(source);
  const text = excel ? source.slice(excel[0].length) : source;
  const delimiter = declared ?? (excel?.[1] as CsvDelimiter | undefined) ?? detectDelimiter(text);
  const rows: CsvTable['rows'] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let fieldWasQuoted = false;
  let line = excel ? 2 : 1;
  let rowLine = line;
  const endField = (): void => {
    fields.push(fieldWasQuoted ? field : field.trim());
    field = '';
    fieldWasQuoted = false;
  };
  const endRow = (): void => {
    endField();
    if (fields.some((f) => f !== '')) rows.push({ fields, line: rowLine });
    fields = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[i++]!;
      else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      fieldWasQuoted = true;
      field = '';
    } else if (char === delimiter) endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += char;
  }
  if (field !== '' || fields.length > 0 || fieldWasQuoted) endRow();
  return { delimiter, rows, unterminatedQuote: quoted };
}
