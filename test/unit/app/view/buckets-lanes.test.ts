// Time buckets and lanes of the timeline's aggregates: buckets tile the window exactly, aggregation keeps the top
// lanes by count and puts the rest in "Other", and the in-memory view index filters through matchesFilters and
// switches between items and buckets at the item budget, with wide ranges counted apart.

import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../../app/model/event-filter';
import { aggregate, bucketDays, bucketLayout, bucketOfDay, WIDE_BUCKET, type CountRecord } from '../../../../app/view/buckets';
import { dayNumber, daysFromCivil, isoOfDay } from '../../../../app/view/day-number';
import { OTHER_LANE, orderLanes } from '../../../../app/view/lanes';
import { indexedEventOf, ViewIndex, type ViewQuery } from '../../../../app/view/view-index';
import { makeEvent } from '../export/make-event';

describe('bucket layout', () => {
  it('tiles the window: every day falls in the bucket whose days contain it', () => {
    for (const [days, wanted] of [
      [10, 3],
      [365, 24],
      [3_650, 30],
      [5, 40],
    ] as const) {
      const layout = bucketLayout(1_000, 1_000 + days - 1, wanted);
      let next = layout.firstDay;
      for (let b = 0; b < layout.count; b++) {
        const { first, last } = bucketDays(layout, b);
        expect(first).toBe(next);
        for (let day = first; day <= last; day++) expect(bucketOfDay(layout, day)).toBe(b);
        next = last + 1;
      }
      expect(next).toBe(layout.lastDay + 1);
    }
  });

  it('converts ISO days and day numbers both ways', () => {
    for (const iso of ['1970-01-01', '2023-09-21', '2024-02-29', '0099-12-31']) expect(isoOfDay(dayNumber(iso))).toBe(iso);
    expect(dayNumber('2023-09-22') - dayNumber('2023-09-21')).toBe(1);
  });

  it('counts days as the calendar does, across leap years, centuries and negative years', () => {
    const byDate = (year: number, month: number, day: number): number => {
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      return Math.round(date.getTime() / 86_400_000);
    };
    for (const year of [-401, -1, 0, 1, 1600, 1899, 1900, 1970, 2000, 2023, 2024, 2100, 10_000])
      for (let month = 1; month <= 12; month++)
        for (const day of [1, 15, 28, 29, 31])
          expect(daysFromCivil(year, month, day), `${year}-${month}-${day}`).toBe(byDate(year, month, day));
    expect(dayNumber('1970-01-01')).toBe(0);
    for (const [iso, y, m, d] of [
      ['2024-02-29', 2024, 2, 29],
      ['0099-12-31', 99, 12, 31],
      ['12345-06-07', 12345, 6, 7],
    ] as const)
      expect(dayNumber(iso), iso).toBe(byDate(y, m, d));
    expect(dayNumber('-0001-12-31')).toBe(byDate(-1, 12, 31));
  });
});

describe('aggregate', () => {
  const record = (lanes: string[], type: CountRecord['type'] = 'meeting', count = 1): CountRecord => ({
    dayNo: 5,
    type,
    lanes,
    count,
    wide: false,
  });

  it('keeps the top lanes by count and puts events of the others (or of none) in "Other"', () => {
    const records = [record(['A', 'B']), record(['A']), record(['A', 'C']), record(['B']), record(['D']), record([])];
    const result = aggregate(records, bucketLayout(0, 9, 2), 2);
    expect(result.total).toBe(6);
    expect(result.lanes).toEqual([
      { key: 'A', count: 3 },
      { key: 'B', count: 2 },
      { key: OTHER_LANE, count: 2 },
    ]);
    const other = result.cells.find((cell) => cell.lane === OTHER_LANE);
    expect(other).toMatchObject({ bucket: 1, count: 2, byType: { meeting: 2 } });
  });

  it('orders lanes as the analyst did, then by count, with "Other" last', () => {
    expect(orderLanes(['A', 'B', OTHER_LANE, 'C'], ['C', 'gone', OTHER_LANE])).toEqual(['C', 'A', 'B', OTHER_LANE]);
  });
});

describe('view index', () => {
  const events = Array.from({ length: 300 }, (_, i) =>
    indexedEventOf(
      makeEvent({
        id: `e${i}`,
        label: `Event ${i}`,
        type: i % 3 === 0 ? 'attack' : 'meeting',
        start: isoOfDay(dayNumber('2024-01-01') + (i % 30)),
        end: isoOfDay(dayNumber('2024-01-01') + (i % 30)),
        participants: [`P${i % 4}`],
        confidence: i % 2 === 0 ? 0.9 : 0.3,
      }),
    ),
  );
  events.push(
    indexedEventOf(
      makeEvent({ id: 'year', label: 'Year accord', type: 'agreement', start: '2024-01-01', end: '2024-12-31', precision: 'year' }),
    ),
  );
  const index = new ViewIndex();
  index.replaceAll(events);
  const query = (patch: Partial<ViewQuery> = {}): ViewQuery => ({
    start: '2024-01-01',
    end: '2024-01-30',
    buckets: 10,
    filters: NO_FILTERS,
    laneMode: 'none',
    maxLanes: 8,
    itemBudget: 250,
    ...patch,
  });

  it('draws buckets when the window holds more than the budget, items when it fits, and counts the wide range apart', () => {
    const dense = index.query(query(), null);
    expect(dense.total).toBe(301);
    expect(dense.itemsFit).toBe(false);
    expect(dense.wideFit).toBe(true);
    expect(dense.items?.map((item) => item.id)).toEqual(['year']);
    expect(dense.cells.find((cell) => cell.bucket === WIDE_BUCKET)?.count).toBe(1);
    expect(dense.cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(301);
    const filtered = index.query(query({ filters: { ...NO_FILTERS, types: ['attack'] } }), null);
    expect(filtered.total).toBe(100);
    expect(filtered.itemsFit).toBe(true);
    expect(filtered.items).toHaveLength(100);
  });

  it('filters through matchesFilters and restricts to search matches', () => {
    const confident = index.query(query({ filters: { ...NO_FILTERS, minConfidence: 0.5 } }), null);
    expect(confident.total).toBe(151);
    const searched = index.query(query(), new Set(['e1', 'e2', 'year']));
    expect(searched.total).toBe(3);
    const byParticipant = index.query(query({ laneMode: 'participant', filters: { ...NO_FILTERS, participants: ['P1'] } }), null);
    expect(byParticipant.lanes).toEqual([{ key: 'P1', count: 75 }]);
  });

  it('counts a window inside the drawn one in the same pass, as its own query would', () => {
    const visible = { start: '2024-01-08', end: '2024-01-12' };
    const cases: Array<[Partial<ViewQuery>, Set<string> | null]> = [
      [{}, null],
      [{ laneMode: 'type', filters: { ...NO_FILTERS, types: ['attack'] } }, null],
      [{ filters: { ...NO_FILTERS, minConfidence: 0.5 } }, new Set(['e7', 'e8', 'e12', 'e20', 'year'])],
    ];
    for (const [patch, search] of cases) {
      const drawn = index.query(query({ ...patch, countWindow: visible }), search);
      const own = index.query(query({ ...patch, ...visible, buckets: 1, laneMode: 'none', itemBudget: 0 }), search);
      expect(drawn.countedTotal).toBe(own.total);
      expect(drawn.total).toBe(index.query(query(patch), search).total);
    }
    // 5 of the 30 days hold 50 of the 300 daily events, plus the year-long accord.
    expect(index.query(query({ countWindow: visible }), null).countedTotal).toBe(51);
    expect(index.query(query(), null).countedTotal).toBeUndefined();
  });
});
