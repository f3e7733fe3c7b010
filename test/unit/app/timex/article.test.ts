// The canonical example article: the four dates the timeline needs must come out with the right values.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../../../app/extract/timex';

const articlePath = path.resolve(__dirname, '../../../../../shared/articles/wang-yi-putin-2023-09-21.txt');
const text = readFileSync(articlePath, 'utf8');
const timexes = findTimexes(text, '2023-09-21');
const valuesOf = (phrase: string): string[] => timexes.filter((t) => t.text === phrase).map((t) => t.value);

describe('wang-yi-putin-2023-09-21 article', () => {
  it('resolves "Thursday" to the publication day', () => {
    expect(valuesOf('Thursday')).toEqual(['2023-09-21', '2023-09-21']);
  });

  it('resolves "next month" and "this October" to October 2023', () => {
    expect(valuesOf('next month')).toEqual(['2023-10', '2023-10']);
    expect(valuesOf('this October')).toEqual(['2023-10']);
  });

  it('resolves "February last year" to 2022-02', () => {
    expect(valuesOf('February last year')).toEqual(['2022-02']);
  });

  it('reads "10-year" (anniversary) as a ten-year duration, not a date', () => {
    const tenYear = timexes.find((t) => t.text === '10-year');
    expect(tenYear).toMatchObject({ type: 'DURATION', value: 'P10Y' });
  });

  it('finds nothing else: no date in "Belt and Road" or elsewhere', () => {
    expect(timexes.map((t) => t.text)).toEqual([
      'Thursday',
      'next month',
      'this October',
      'next month',
      '10-year',
      'Thursday',
      'February last year',
    ]);
  });

  it('gives offsets that point at the expression text', () => {
    for (const t of timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
