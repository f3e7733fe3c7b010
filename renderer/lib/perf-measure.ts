// Named performance measures (User Timing) of the interactive paths (a filter or search change, a window load, a
// worker round trip), so a profile or a benchmark can say where the milliseconds of one interaction went
// (`performance.getEntriesByType('measure')`). Cheap enough to stay on; entries are cleared when they pile up.

const MAX_ENTRIES = 2_000;
let recorded = 0;

/** Records a measure `name` from `start` (a performance.now() value) until now; returns now. */
export function measureSince(name: string, start: number, detail?: Record<string, number | string>): number {
  const end = performance.now();
  if (++recorded > MAX_ENTRIES) {
    performance.clearMeasures();
    recorded = 0;
  }
  performance.measure(name, { start, end, detail });
  return end;
}
