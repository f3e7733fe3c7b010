// Normalisation of common news expressions against a fixed DCT (2023-09-21, a Thursday),
// including tense-dependent weekdays and dates anchored on the previously mentioned date.

import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../../../app/extract/timex';

const DCT = '2023-09-21';
const tag = (text: string): [string, string, string][] => findTimexes(text, DCT).map((t) => [t.text, t.type, t.value]);

describe('timex values', () => {
  it.each([
    ['He arrived on 21 September 2023.', '21 September 2023', '2023-09-21'],
    ['It was signed 2023-09-21.', '2023-09-21', '2023-09-21'],
    ['It was signed 9/21/2023.', '9/21/2023', '2023-09-21'],
    ['It was signed 21/09/2023.', '21/09/2023', '2023-09-21'],
    ['It was signed on 21.09.2023 in Bern.', '21.09.2023', '2023-09-21'],
    ['It opened in September 2023.', 'September 2023', '2023-09'],
    ['It opened in 1998.', '1998', '1998'],
    ['It boomed in the 1990s.', 'the 1990s', '199'],
    ['Profits rose in the third quarter.', 'the third quarter', '2023-Q3'],
    ['They met yesterday.', 'yesterday', '2023-09-20'],
    ['They will meet tomorrow.', 'tomorrow', '2023-09-22'],
    ['He left two weeks ago.', 'two weeks ago', '2023-W36'],
    ['Sales fell last year.', 'last year', '2022'],
    ['Sales fell last week.', 'last week', '2023-W37'],
    ['They talked this morning.', 'this morning', '2023-09-21TMO'],
    ['Troops arrived last fall.', 'last fall', '2022-FA'],
    ['It grew in the first half of 2023.', 'the first half of 2023', '2023-H1'],
    ['The talks ended at 10 a.m.', '10 a.m.', '2023-09-21T10:00'],
    ['Prices are now falling.', 'now', 'PRESENT_REF'],
    ['Demand rose recently.', 'recently', 'PAST_REF'],
    ['Rates will rise in the coming months.', 'the coming months', 'FUTURE_REF'],
    ['The war lasted three years.', 'three years', 'P3Y'],
    ['The flight took two hours.', 'two hours', 'PT2H'],
    ['It took a decade.', 'a decade', 'P10Y'],
    ['Profit rose last quarter.', 'last quarter', '2023-Q2'],
    ['Sales fell in the last quarter of 2009.', 'the last quarter of 2009', '2009-Q4'],
    ['The 2014-2016 outbreak ended.', '2014-2016', '2014'],
    ['He served 2 1/2 years.', '2 1/2 years', 'P2Y6M'],
    ['The year after, it collapsed. It started in the second half of 2008.', 'the second half of 2008', '2008-H2'],
    ['Prices rose on New Year’s Day.', 'New Year’s Day', '2023-01-01'],
  ])('%j → %s = %s', (sentence, text, value) => {
    expect(tag(sentence).map(([t, , v]) => [t, v])).toContainEqual([text, value]);
  });

  it('reads a bare weekday by tense: past "said on Monday" vs future "will meet on Monday"', () => {
    expect(tag('The minister said on Monday that talks failed.')).toEqual([['Monday', 'DATE', '2023-09-18']]);
    expect(tag('The ministers will meet on Monday in Paris.')).toEqual([['Monday', 'DATE', '2023-09-25']]);
  });

  it('anchors "the previous day", "the year after" and "a year earlier" on the date just mentioned', () => {
    expect(tag('The deal was signed on March 3, 2021. Talks had collapsed the previous day.')[1]).toEqual([
      'the previous day',
      'DATE',
      '2021-03-02',
    ]);
    expect(tag('It began in the second half of 2008 and ended the year after.')[1]).toEqual(['the year after', 'DATE', '2009']);
    expect(tag('Profit fell in the third quarter of 2022. A year earlier it had risen.')[1]).toEqual(['A year earlier', 'DATE', '2021-Q3']);
  });

  it.each([
    [
      'Fighting raged from March to May 2022.',
      [
        ['March', 'DATE', '2022-03'],
        ['May 2022', 'DATE', '2022-05'],
      ],
    ],
    [
      'Between Jan. 5 and Feb. 2, 2021 prices rose.',
      [
        ['Jan. 5', 'DATE', '2021-01-05'],
        ['Feb. 2, 2021', 'DATE', '2021-02-02'],
      ],
    ],
    [
      'From December to February 2023 it snowed.',
      [
        ['December', 'DATE', '2022-12'],
        ['February 2023', 'DATE', '2023-02'],
      ],
    ],
    [
      'It rained in March, and in May 2022 it snowed.',
      [
        ['March', 'DATE', '2023-03'],
        ['May 2022', 'DATE', '2022-05'],
      ],
    ],
  ])('gives the first end of a range the year of its second: %j', (sentence, expected) => {
    expect(tag(sentence)).toEqual(expected);
  });

  it('gives a time of day without a day word the day of the date later in its clause, not of the previous date', () => {
    expect(tag('The talks ended on Monday. The council will meet at 3 p.m. in Washington, D.C. on Friday.')).toEqual([
      ['Monday', 'DATE', '2023-09-18'],
      ['3 p.m.', 'TIME', '2023-09-22T15:00'],
      ['Friday', 'DATE', '2023-09-22'],
    ]);
    // A date of the next sentence is not the time's: the full stop of "p.m." ends this one.
    expect(tag('The talks ended at 3 p.m. The next round opens on Friday.')[0]).toEqual(['3 p.m.', 'TIME', '2023-09-21T15:00']);
    expect(tag('The talks ended at 3 p.m. yesterday and resume on Friday.')[0]).toEqual(['3 p.m. yesterday', 'TIME', '2023-09-20T15:00']);
  });

  it('marks sets with quant EVERY', () => {
    const [every] = findTimexes('They meet every week.', DCT);
    expect(every).toMatchObject({ text: 'every week', type: 'SET', value: 'P1W', quant: 'EVERY' });
    expect(tag('The report is published annually.')).toEqual([['annually', 'SET', 'P1Y']]);
  });

  it('returns sorted, non-overlapping expressions', () => {
    const found = findTimexes('On Thursday, Sept. 21, 2023, at 10 a.m., and again in February last year and next month.', DCT);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    expect(found.map((t) => t.text)).toEqual(['Thursday, Sept. 21, 2023', '10 a.m.', 'February last year', 'next month']);
  });
});
