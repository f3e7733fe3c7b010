// Axis ticks: the unit adapts to the span, ticks are aligned, inside the window and far enough apart.
import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../../../app/export/axis-ticks';
import { toTimeWindow } from '../../../../app/export/time-window';

const WIDTH = 1152;

describe('axisTicks', () => {
  it.each([
    [{ start: '2023-09-21T00:00:00Z', end: '2023-09-21T23:59:59Z' }, 'hour'],
    [{ start: '2023-09-18', end: '2023-09-24' }, 'day'],
    [{ start: '2023-09-01', end: '2023-11-30' }, 'day'],
    [{ start: '2022-01-01', end: '2023-12-31' }, 'month'],
    [{ start: '1990-01-01', end: '2023-12-31' }, 'year'],
    [{ start: '1000-01-01', end: '2023-12-31' }, 'year'],
  ])('%j uses %s ticks, at most one per 90 px, all inside the window', (range, unit) => {
    const window = toTimeWindow(range);
    const { unit: chosen, ticks } = axisTicks(window, WIDTH);
    expect(chosen).toBe(unit);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.length).toBeLessThanOrEqual(WIDTH / 90);
    for (const tick of ticks) {
      expect(tick.ms).toBeGreaterThanOrEqual(window.startMs);
      expect(tick.ms).toBeLessThan(window.endMs);
    }
  });

  it('aligns week ticks to Mondays and month ticks to quarters, showing the year when it changes', () => {
    const weeks = axisTicks(toTimeWindow({ start: '2023-09-01', end: '2023-10-31' }), WIDTH);
    const fortnights = axisTicks(toTimeWindow({ start: '2023-09-01', end: '2023-11-30' }), WIDTH);
    expect([weeks.step, fortnights.step]).toEqual([7, 14]);
    for (const tick of [...weeks.ticks, ...fortnights.ticks]) expect(new Date(tick.ms).getUTCDay()).toBe(1);
    expect(weeks.ticks[0]!.label).toBe('4 Sep 2023');
    const quarters = axisTicks(toTimeWindow({ start: '2020-02-10', end: '2023-12-31' }), WIDTH);
    expect(quarters).toMatchObject({ unit: 'month', step: 6 });
    expect(quarters.ticks.map((t) => t.label)).toEqual(['Jul 2020', 'Jan 2021', 'Jul', 'Jan 2022', 'Jul', 'Jan 2023', 'Jul']);
  });

  it('labels decades on long spans', () => {
    const { ticks, step } = axisTicks(toTimeWindow({ start: '1900-01-01', end: '2023-12-31' }), WIDTH);
    expect(step).toBe(20);
    expect(ticks.map((t) => t.label)).toEqual(['1900', '1920', '1940', '1960', '1980', '2000', '2020']);
  });
});
