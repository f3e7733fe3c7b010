// Label layout with the bundled font's measured widths: on dense windows no two label boxes (nor a label
// and another event's marker or bar) overlap, with or without bands of lanes by type; bands are stacked in
// the legend's order with a heading row each.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadExportFont } from '../../../../app/export/font/export-font';
import { BAND_HEADING_HEIGHT, LANE_HEIGHT, layoutTimeline, type LaidOutEvent } from '../../../../app/export/layout';
import { fontTextMeasure } from '../../../../app/export/text-width';
import type { EventTypeId } from '../../../../app/model/event-types';
import { EXPORT_WOFF_PATH } from './export-font.test';
import { makeEvent } from './make-event';

const measure = fontTextMeasure(loadExportFont(new Uint8Array(readFileSync(EXPORT_WOFF_PATH))).metrics);
const PLOT = { plotLeft: 24, plotRight: 976 };
const TYPES: EventTypeId[] = ['meeting', 'visit', 'forum', 'attack'];

/** Many events on few days with labels of mixed widths (narrow "il" words, wide "MW" words). */
function denseEvents(count: number) {
  const words = ['Mill', 'WWMM', 'Summit', 'ill', 'Wang Yi meets Putin', 'Minsk talks', 'Airstrike'];
  return Array.from({ length: count }, (_, i) =>
    makeEvent({
      id: `d${i}`,
      type: TYPES[i % TYPES.length]!,
      label: `${words[i % words.length]} ${words[(i * 3) % words.length]} ${i}`,
      start: `2023-09-${String(1 + (i % 9) * 3).padStart(2, '0')}`,
      end: `2023-09-${String(1 + (i % 9) * 3 + (i % 4 === 0 ? 2 : 0)).padStart(2, '0')}`,
    }),
  );
}

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  id: string;
}

function boxesOf(items: readonly LaidOutEvent[]): { labels: Box[]; shapes: Box[] } {
  const labels = items.map((item) => {
    const [x1, x2] = [item.labelX, item.labelX + item.labelWidth];
    return { x1, x2, y1: item.y, y2: item.y + LANE_HEIGHT - 4, id: item.event.id };
  });
  const shapes = items.map((item) => {
    const [x1, x2] = item.shape === 'point' ? [(item.x1 + item.x2) / 2 - 5, (item.x1 + item.x2) / 2 + 5] : [item.x1, item.x2];
    return { x1, x2, y1: item.y, y2: item.y + 16, id: item.event.id };
  });
  return { labels, shapes };
}

const intersects = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe.each(['none', 'type'] as const)('dense layout with lanes "%s"', (grouping) => {
  const layout = layoutTimeline({
    events: denseEvents(240),
    window: { start: '2023-09-01', end: '2023-09-30' },
    ...PLOT,
    grouping,
    measure,
  });

  it('draws every event', () => {
    expect(layout.items).toHaveLength(240);
    expect(layout.hiddenCount).toBe(0);
  });

  it('never overlaps two labels, or a label and another event', () => {
    const { labels, shapes } = boxesOf(layout.items);
    for (let i = 0; i < labels.length; i++) {
      for (let j = 0; j < labels.length; j++) {
        if (i === j) continue;
        expect(intersects(labels[i]!, labels[j]!), `${labels[i]!.id} vs ${labels[j]!.id}`).toBe(false);
        expect(intersects(labels[i]!, shapes[j]!), `${labels[i]!.id} vs shape ${shapes[j]!.id}`).toBe(false);
      }
    }
  });

  it('measures every label with the font', () => {
    for (const item of layout.items) expect(item.labelWidth).toBe(measure(item.label, 12));
    expect(measure('WWMM', 12)).toBeGreaterThan(measure('ill', 12) * 2.5);
  });
});

describe('bands of lanes by type', () => {
  const layout = layoutTimeline({
    events: denseEvents(40),
    window: { start: '2023-09-01', end: '2023-09-30' },
    ...PLOT,
    grouping: 'type',
    measure,
  });

  it('stacks one headed band per type in the legend order, each event in its type band', () => {
    expect(layout.bands.map((band) => band.label)).toEqual(['Meeting', 'Visit', 'Forum / summit', 'Attack']);
    for (const [index, band] of layout.bands.entries()) {
      const next = layout.bands[index + 1];
      const members = layout.items.filter((item) => item.event.type === band.key);
      expect(members.length).toBeGreaterThan(0);
      for (const item of members) {
        expect(item.y).toBeGreaterThanOrEqual(band.y + BAND_HEADING_HEIGHT);
        if (next) expect(item.y + LANE_HEIGHT).toBeLessThanOrEqual(next.y);
      }
    }
    const last = layout.bands.at(-1)!;
    expect(layout.height).toBe(last.y + BAND_HEADING_HEIGHT + last.laneCount * LANE_HEIGHT);
  });
});
