// CSV writing: RFC 4180 quoting and CRLF line ends, and formula cells neutralised for spreadsheets.
import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, toCsv } from '../../../../app/export/data/csv';

/** A small RFC 4180 reader, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') [field, i] = [field + '"', i + 1];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') [row, field] = [[...row, field], ''];
    else if (ch === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      [row, field, i] = [[], '', i + 1];
    } else field += ch;
  }
  return rows;
}

describe('csvField', () => {
  it('leaves plain text alone and quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('Wang Yi meets Putin')).toBe('Wang Yi meets Putin');
    expect(csvField('Moscow, Russia')).toBe('"Moscow, Russia"');
    expect(csvField('the "special operation"')).toBe('"the ""special operation"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
  });

  it.each(['=1+1', '+7 800', '-2+3', '@SUM(A1:A2)', '\tcmd', '\rcmd', '=HYPERLINK("http://x","y")'])('neutralises %j', (value) => {
    const cell = csvField(value);
    expect(neutraliseFormula(value)).toBe(`'${value}`);
    expect(parseCsv(`${cell}\r\n`)[0]![0]).toBe(`'${value}`);
  });

  it('does not touch formula characters after the first', () => {
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('2023-09-21')).toBe('2023-09-21');
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('toCsv', () => {
  it('ends every line with CRLF and round-trips awkward cells', () => {
    const rows = [
      ['a,b', 'say "hi"', 'x\r\ny'],
      ['', 'plain', 'ünïcødé 中文'],
    ];
    const text = toCsv(['one', 'two', 'three'], rows);
    expect(text.startsWith('one,two,three\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['one', 'two', 'three'], ...rows]);
  });
});
