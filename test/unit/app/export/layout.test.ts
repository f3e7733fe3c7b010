// Layout: window filtering, shapes, label placement inside the plot, and lanes that never overlap.
import { describe, expect, it } from 'vitest';
import { layoutTimeline, type LaidOutEvent } from '../../../../app/export/layout';
import type { DatePrecision, EventStatus } from '../../../../app/model/event';
import { makeEvent } from './make-event';

const PLOT = { plotLeft: 24, plotRight: 1176 };

/** Deterministic pseudo-random numbers (mulberry32) so failures reproduce. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function randomEvents(count: number, seed: number) {
  const next = random(seed);
  const base = Date.UTC(2020, 0, 1);
  const precisions: DatePrecision[] = ['day', 'day', 'day', 'month', 'year', 'quarter'];
  const statuses: EventStatus[] = ['occurred', 'planned', 'ongoing'];
  return Array.from({ length: count }, (_, i) => {
    const start = base + Math.floor(next() * 1500) * 86_400_000;
    const days = next() < 0.6 ? 0 : Math.floor(next() * 120);
    return makeEvent({
      id: `r${i}`,
      label: 'Event '.repeat(1 + Math.floor(next() * 6)) + i,
      start: isoDay(start),
      end: isoDay(start + days * 86_400_000),
      precision: precisions[Math.floor(next() * precisions.length)]!,
      status: statuses[Math.floor(next() * statuses.length)]!,
    });
  });
}

function overlaps(a: LaidOutEvent, b: LaidOutEvent): boolean {
  return a.extentStart < b.extentEnd && b.extentStart < a.extentEnd;
}

describe('layoutTimeline', () => {
  it.each([
    [{ start: '2020-01-01', end: '2024-12-31' }, 1],
    [{ start: '2021-03-01', end: '2021-06-30' }, 2],
    [{ start: '2022-07-10', end: '2022-07-20' }, 3],
  ])('never overlaps items within a lane (window %j)', (window, seed) => {
    const layout = layoutTimeline({ events: randomEvents(300, seed), window, ...PLOT });
    expect(layout.items.length).toBeGreaterThan(0);
    for (const lane of Array.from({ length: layout.laneCount }, (_, i) => layout.items.filter((item) => item.lane === i))) {
      for (let i = 0; i < lane.length; i++) for (let j = i + 1; j < lane.length; j++) expect(overlaps(lane[i]!, lane[j]!)).toBe(false);
    }
    const usedLanes = new Set(layout.items.map((item) => item.lane));
    expect(usedLanes.size).toBe(layout.laneCount);
  });

  it('keeps every label and shape inside the plot', () => {
    const layout = layoutTimeline({ events: randomEvents(200, 7), window: { start: '2021-01-01', end: '2021-12-31' }, ...PLOT });
    for (const item of layout.items) {
      expect(item.labelX).toBeGreaterThanOrEqual(PLOT.plotLeft);
      expect(item.labelX + item.labelWidth).toBeLessThanOrEqual(PLOT.plotRight + 0.001);
      expect(item.x1).toBeGreaterThanOrEqual(PLOT.plotLeft - 0.001);
      expect(item.x2).toBeLessThanOrEqual(PLOT.plotRight + 0.001);
    }
  });

  it('includes events overlapping the window edges and excludes those outside', () => {
    const events = [
      makeEvent({ id: 'before', label: 'before', start: '2023-08-01', end: '2023-08-31' }),
      makeEvent({ id: 'straddles', label: 'straddles', start: '2023-08-25', end: '2023-09-02', precision: 'week' }),
      makeEvent({ id: 'last-day', label: 'last day', start: '2023-09-30', end: '2023-09-30' }),
      makeEvent({ id: 'after', label: 'after', start: '2023-10-01', end: '2023-10-01' }),
      makeEvent({ id: 'broken', label: 'broken', start: 'soon', end: 'later' }),
    ];
    const layout = layoutTimeline({ events, window: { start: '2023-09-01', end: '2023-09-30' }, ...PLOT });
    expect(layout.items.map((item) => item.event.id).sort()).toEqual(['last-day', 'straddles']);
    const straddles = layout.items.find((item) => item.event.id === 'straddles')!;
    expect(straddles.x1).toBe(PLOT.plotLeft); // clipped at the window start
  });

  it('draws single known days as points and uncertain or multi-day spans as ranges', () => {
    const events = [
      makeEvent({ id: 'day', label: 'day', start: '2023-09-21', end: '2023-09-21' }),
      makeEvent({ id: 'span', label: 'span', start: '2023-09-10', end: '2023-09-12' }),
      makeEvent({ id: 'month', label: 'month', start: '2023-09-01', end: '2023-09-30', precision: 'month', status: 'planned' }),
    ];
    const byId = new Map(
      layoutTimeline({ events, window: { start: '2023-09-01', end: '2023-09-30' }, ...PLOT }).items.map((i) => [i.event.id, i]),
    );
    expect(byId.get('day')).toMatchObject({ shape: 'point', uncertain: false, planned: false, label: 'day' });
    expect(byId.get('span')).toMatchObject({ shape: 'range', uncertain: false });
    expect(byId.get('month')).toMatchObject({ shape: 'range', uncertain: true, planned: true, label: 'month (planned)' });
    const month = byId.get('month')!;
    expect(month.x1).toBeCloseTo(PLOT.plotLeft);
    expect(month.x2).toBeCloseTo(PLOT.plotRight);
  });

  it('puts non-overlapping events in one lane and simultaneous ones in separate lanes', () => {
    const apart = [
      makeEvent({ id: 'a', label: 'A', start: '2023-01-05', end: '2023-01-05' }),
      makeEvent({ id: 'b', label: 'B', start: '2023-11-20', end: '2023-11-20' }),
    ];
    expect(layoutTimeline({ events: apart, window: { start: '2023-01-01', end: '2023-12-31' }, ...PLOT }).laneCount).toBe(1);
    const together = [0, 1, 2].map((i) => makeEvent({ id: `t${i}`, label: `T${i}`, start: '2023-06-01', end: '2023-06-01' }));
    const layout = layoutTimeline({ events: together, window: { start: '2023-01-01', end: '2023-12-31' }, ...PLOT });
    expect(layout.laneCount).toBe(3);
    expect(new Set(layout.items.map((i) => i.lane))).toEqual(new Set([0, 1, 2]));
  });

  it('truncates very long labels but keeps the full text for the tooltip', () => {
    const long = 'Delegations from many countries meet to discuss '.repeat(4).trim();
    const [item] = layoutTimeline({
      events: [makeEvent({ id: 'l', label: long, start: '2023-06-01', end: '2023-06-01' })],
      window: { start: '2023-01-01', end: '2023-12-31' },
      ...PLOT,
    }).items;
    expect(item!.fullLabel).toBe(long);
    expect([...item!.label].length).toBeLessThanOrEqual(70);
    expect(item!.label.endsWith('…')).toBe(true);
  });

  it('stops at maxLanes and counts the events left out', () => {
    const together = [0, 1, 2, 3, 4].map((i) => makeEvent({ id: `t${i}`, label: `T${i}`, start: '2023-06-01', end: '2023-06-01' }));
    const layout = layoutTimeline({ events: together, window: { start: '2023-01-01', end: '2023-12-31' }, ...PLOT, maxLanes: 2 });
    expect(layout).toMatchObject({ laneCount: 2, hiddenCount: 3 });
    expect(layout.items.map((i) => i.lane).sort()).toEqual([0, 1]);
  });

  it('lays out 20,000 events quickly within the default lane limit', () => {
    const started = performance.now();
    const events = randomEvents(20_000, 11);
    const layout = layoutTimeline({ events, window: { start: '2020-01-01', end: '2024-12-31' }, ...PLOT });
    expect(layout.laneCount).toBeLessThanOrEqual(400);
    expect(layout.items.length + layout.hiddenCount).toBe(events.length);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
