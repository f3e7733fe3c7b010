// @vitest-environment jsdom
// Export dialog options in the SVG: subtitle, legend off, bands of lanes by type, the print theme, and the
// bundled font embedded as a data: URL (the only url() besides the hatch patterns).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadExportFont } from '../../../../app/export/font/export-font';
import { renderTimelineSvg } from '../../../../app/export/timeline-svg';
import { EXPORT_WOFF_PATH } from './export-font.test';
import { makeEvent } from './make-event';

const EVENTS = [
  makeEvent({ id: 'e1', type: 'meeting', label: 'Wang Yi meets Vladimir Putin', start: '2023-09-21', end: '2023-09-21' }),
  makeEvent({
    id: 'e2',
    type: 'visit',
    label: 'Putin visits China',
    start: '2023-10-01',
    end: '2023-10-31',
    precision: 'month',
    status: 'planned',
  }),
  makeEvent({ id: 'e3', type: 'forum', label: 'Third Belt and Road Forum', start: '2023-10-01', end: '2023-10-31', precision: 'month' }),
];
const WINDOW = { start: '2023-09-01', end: '2023-11-30' };
const font = loadExportFont(new Uint8Array(readFileSync(EXPORT_WOFF_PATH)));

function parse(svg: string): Element {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document.documentElement;
}

describe('export options in the SVG', () => {
  it('draws a subtitle under the title and shifts the rest down', () => {
    const plain = parse(renderTimelineSvg({ events: EVENTS, window: WINDOW, title: 'Russia–China' }));
    const withSubtitle = parse(
      renderTimelineSvg({ events: EVENTS, window: WINDOW, title: 'Russia–China', subtitle: 'Sources: <wire> & press' }),
    );
    expect(withSubtitle.querySelector('text.subtitle')?.textContent).toBe('Sources: <wire> & press');
    expect(plain.querySelector('text.subtitle')).toBeNull();
    expect(Number(withSubtitle.getAttribute('height'))).toBeGreaterThan(Number(plain.getAttribute('height')));
  });

  it('leaves the legend out when asked, and is shorter for it', () => {
    const withLegend = parse(renderTimelineSvg({ events: EVENTS, window: WINDOW }));
    const without = parse(renderTimelineSvg({ events: EVENTS, window: WINDOW, legend: false }));
    expect(withLegend.querySelector('.legend')).not.toBeNull();
    expect(without.querySelector('.legend')).toBeNull();
    expect(Number(without.getAttribute('height'))).toBeLessThan(Number(withLegend.getAttribute('height')));
  });

  it('draws headed bands by type when lanes are by type', () => {
    const root = parse(renderTimelineSvg({ events: EVENTS, window: WINDOW, lanes: 'type' }));
    expect([...root.querySelectorAll('.band-label')].map((t) => t.textContent)).toEqual(['Meeting', 'Visit', 'Forum / summit']);
    const y = (id: string) => Number(root.querySelector(`g[data-event-id="${id}"] text`)?.getAttribute('y'));
    expect(y('e1')).toBeLessThan(y('e2'));
    expect(y('e2')).toBeLessThan(y('e3'));
    expect(parse(renderTimelineSvg({ events: EVENTS, window: WINDOW })).querySelector('.band-label')).toBeNull();
  });

  it('uses black text in the print theme', () => {
    const style = parse(renderTimelineSvg({ events: EVENTS, window: WINDOW, theme: 'print' })).querySelector('style')?.textContent ?? '';
    expect(style).toMatch(/text \{[^}]*fill: #000000/);
    expect(parse(renderTimelineSvg({ events: EVENTS, window: WINDOW })).querySelector('style')?.textContent).not.toContain('#000000');
  });

  it('embeds the bundled font and names it first in the font stack', () => {
    const svg = renderTimelineSvg({ events: EVENTS, window: WINDOW, font });
    const style = parse(svg).querySelector('style')?.textContent ?? '';
    expect(style).toContain("@font-face { font-family: 'Export Sans'");
    expect(style).toMatch(/text \{ font-family: 'Export Sans', /);
    for (const url of svg.matchAll(/url\(([^)]*)\)/g)) expect(url[1]).toMatch(/^(#hatch-|data:font\/woff;base64,)/);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
  });

  it('can draw labels without the white halo (for PDF writers)', () => {
    expect(renderTimelineSvg({ events: EVENTS, window: WINDOW })).toContain('paint-order: stroke');
    expect(renderTimelineSvg({ events: EVENTS, window: WINDOW, labelHalo: false })).not.toContain('paint-order');
  });
});
