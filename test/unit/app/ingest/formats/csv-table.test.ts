// RFC 4180 parsing and delimiter detection on strings written in the test.
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../../../app/ingest/formats/csv-table';

describe('detectDelimiter', () => {
  it.each([
    ['date,title,who\n', ','],
    ['date;title;"a,b,c,d"\n', ';'],
    ['date\ttitle\twho\n', '\t'],
    ['title\n', ','],
  ])('%j → %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, CRLF rows, and skips blank lines', () => {
    const table = parseCsv('a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n\r\n 1 , 2 ,3\n');
    expect(table.delimiter).toBe(',');
    expect(table.rows).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['x, y', 'say "hi"', 'two\nlines'], line: 2 },
      { fields: ['1', '2', '3'], line: 5 },
    ]);
    expect(table.unterminatedQuote).toBe(false);
  });

  it("follows Excel's sep= line", () => {
    expect(parseCsv('sep=;\ndate;title\n2024-01-02;Talks, in Oslo\n')).toEqual({
      delimiter: ';',
      rows: [
        { fields: ['date', 'title'], line: 2 },
        { fields: ['2024-01-02', 'Talks, in Oslo'], line: 3 },
      ],
      unterminatedQuote: false,
    });
  });

  it('keeps a last row without a newline and flags an unterminated quote', () => {
    expect(parseCsv('a;b\n1;2').rows.at(-1)).toEqual({ fields: ['1', '2'], line: 2 });
    expect(parseCsv('a;b\n1;"open').unterminatedQuote).toBe(true);
  });
});
