// The export's legend: one swatch per event type (all of them, from app/model/event-types.ts) followed by
// keys for planned (dashed) and date-uncertain (hatched) events, wrapped into rows that fit the width.

import { EVENT_TYPES } from '../model/event-types';
import { escapeXml } from './svg-escape';
import { estimateTextWidth, type TextMeasure } from './text-width';

export const LEGEND_FONT_SIZE = 12;
export const LEGEND_ROW_HEIGHT = 22;
const SWATCH = 14;
const ITEM_GAP = 22;

type LegendKey =
  { kind: 'type'; typeId: string; color: string; label: string } | { kind: 'planned' | 'uncertain' | 'point'; label: string };

const KEYS: readonly LegendKey[] = [
  ...EVENT_TYPES.map((t): LegendKey => ({ kind: 'type', typeId: t.id, color: t.color, label: t.label })),
  { kind: 'point', label: 'single day' },
  { kind: 'uncertain', label: 'date known only to a week, month or year' },
  { kind: 'planned', label: 'planned' },
];

interface PlacedKey {
  key: LegendKey;
  x: number;
  row: number;
}

function placeKeys(left: number, right: number, measure: TextMeasure): { placed: PlacedKey[]; rows: number } {
  const placed: PlacedKey[] = [];
  let x = left;
  let row = 0;
  for (const key of KEYS) {
    const width = SWATCH + 6 + measure(key.label, LEGEND_FONT_SIZE);
    if (x > left && x + width > right) [x, row] = [left, row + 1];
    placed.push({ key, x, row });
    x += width + ITEM_GAP;
  }
  return { placed, rows: row + 1 };
}

/** Height the legend needs between `left` and `right`. */
export function legendHeight(left: number, right: number, measure: TextMeasure = estimateTextWidth): number {
  return placeKeys(left, right, measure).rows * LEGEND_ROW_HEIGHT;
}

function swatch(key: LegendKey, x: number, y: number): string {
  const box = `x="${x}" y="${y}" width="${SWATCH}" height="${SWATCH}" rx="3"`;
  switch (key.kind) {
    case 'type':
      return `<rect ${box} fill="${key.color}"/>`;
    case 'point':
      return `<circle class="marker" cx="${x + SWATCH / 2}" cy="${y + SWATCH / 2}" r="5" fill="#555"/>`;
    case 'uncertain':
      return `<rect ${box} fill="url(#hatch-legend)" stroke="#555"/>`;
    case 'planned':
      return `<rect ${box} fill="none" stroke="#555" stroke-width="1.5" stroke-dasharray="4 3"/>`;
  }
}

/** SVG group of the legend with its top edge at `top`. */
export function renderLegend(left: number, right: number, top: number, measure: TextMeasure = estimateTextWidth): string {
  const { placed } = placeKeys(left, right, measure);
  const parts = placed.map(({ key, x, row }) => {
    const y = top + row * LEGEND_ROW_HEIGHT;
    const text = `<text class="legend-label" x="${x + SWATCH + 6}" y="${y + SWATCH - 2}">${escapeXml(key.label)}</text>`;
    return `<g class="legend-item">${swatch(key, x, y)}${text}</g>`;
  });
  return `<g class="legend">${parts.join('')}</g>`;
}
