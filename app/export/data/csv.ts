// Writes tables as CSV per RFC 4180 (comma separator, CRLF line ends, fields holding a comma, quote, CR or
// LF enclosed in double quotes with quotes doubled) and neutralises spreadsheet formulas: a cell that
// begins with =, +, -, @, tab or CR is prefixed with an apostrophe (OWASP's CSV-injection advice), so
// Excel, LibreOffice and Sheets show it as text instead of running it.

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell made safe to open in a spreadsheet: formula-like text gets a leading apostrophe. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV document: header row then data rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
