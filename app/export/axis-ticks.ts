// Adaptive ticks for the export's time axis: the finest step (hours, days, weeks, months or years) that
// keeps ticks at least `minSpacingPx` apart, aligned to natural boundaries (midnight, Mondays, quarters,
// decades), with labels that show the year where it changes.

import { DAY_MS, monthAbbreviation, type TimeWindow } from './time-window';

export type TickUnit = 'hour' | 'day' | 'month' | 'year';

export interface AxisTick {
  ms: number;
  label: string;
}

export interface AxisTicks {
  unit: TickUnit;
  step: number;
  ticks: AxisTick[];
}

const HOUR_MS = 3_600_000;
const STEPS: readonly { unit: TickUnit; step: number; approxMs: number }[] = [
  ...[1, 3, 6, 12].map((step) => ({ unit: 'hour' as const, step, approxMs: step * HOUR_MS })),
  ...[1, 2, 7, 14].map((step) => ({ unit: 'day' as const, step, approxMs: step * DAY_MS })),
  ...[1, 2, 3, 6].map((step) => ({ unit: 'month' as const, step, approxMs: step * 30.44 * DAY_MS })),
  ...[1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].map((step) => ({ unit: 'year' as const, step, approxMs: step * 365.25 * DAY_MS })),
];

function utcParts(ms: number): { year: number; month: number; day: number; hour: number } {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), hour: d.getUTCHours() };
}

function utc(year: number, month: number, day = 1, hour = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  d.setUTCHours(hour);
  return d.getTime();
}

/** The first aligned tick at or after `startMs`. */
function firstTick(startMs: number, unit: TickUnit, step: number): number {
  const p = utcParts(startMs);
  let ms: number;
  if (unit === 'hour') ms = utc(p.year, p.month, p.day, Math.floor(p.hour / step) * step);
  else if (unit === 'day' && step % 7 === 0)
    ms = utc(p.year, p.month, p.day - ((new Date(startMs).getUTCDay() + 6) % 7)); // Monday
  else if (unit === 'day') ms = utc(p.year, p.month, p.day);
  else if (unit === 'month') ms = utc(p.year, Math.floor(p.month / step) * step);
  else ms = utc(Math.floor(p.year / step) * step, 0);
  while (ms < startMs) ms = advance(ms, unit, step);
  return ms;
}

function advance(ms: number, unit: TickUnit, step: number): number {
  const p = utcParts(ms);
  if (unit === 'hour') return ms + step * HOUR_MS;
  if (unit === 'day') return utc(p.year, p.month, p.day + step);
  if (unit === 'month') return utc(p.year, p.month + step);
  return utc(p.year + step, 0);
}

function tickLabel(ms: number, unit: TickUnit, previous: number | null): string {
  const p = utcParts(ms);
  const yearChanged = previous === null || utcParts(previous).year !== p.year;
  const dayChanged = previous === null || Math.floor(previous / DAY_MS) !== Math.floor(ms / DAY_MS);
  const dayLabel = `${p.day} ${monthAbbreviation(p.month)}${yearChanged ? ` ${p.year}` : ''}`;
  if (unit === 'hour') return dayChanged ? dayLabel : `${String(p.hour).padStart(2, '0')}:00`;
  if (unit === 'day') return dayLabel;
  if (unit === 'month') return `${monthAbbreviation(p.month)}${yearChanged ? ` ${p.year}` : ''}`;
  return String(p.year);
}

/** Ticks for the window drawn `widthPx` wide. */
export function axisTicks(window: TimeWindow, widthPx: number, minSpacingPx = 90): AxisTicks {
  const span = window.endMs - window.startMs;
  const maxTicks = Math.max(1, Math.floor(widthPx / minSpacingPx));
  const choice = STEPS.find((s) => span / s.approxMs <= maxTicks) ?? {
    unit: 'year' as const,
    step: Math.ceil(span / (365.25 * DAY_MS) / maxTicks / 1000) * 1000,
  };
  const ticks: AxisTick[] = [];
  let previous: number | null = null;
  for (let ms = firstTick(window.startMs, choice.unit, choice.step); ms < window.endMs; ms = advance(ms, choice.unit, choice.step)) {
    ticks.push({ ms, label: tickLabel(ms, choice.unit, previous) });
    previous = ms;
  }
  return { unit: choice.unit, step: choice.step, ticks };
}
