// PNG size helpers and XML escaping.
import { describe, expect, it } from 'vitest';
import { rasterSize, svgToPngSize } from '../../../../app/export/raster-size';
import { escapeXml } from '../../../../app/export/svg-escape';
import { renderTimelineSvg } from '../../../../app/export/timeline-svg';

describe('raster size', () => {
  it('doubles the rendered SVG size by default', () => {
    const svg = renderTimelineSvg({ events: [], window: { start: '2023-01-01', end: '2023-12-31' }, width: 900 });
    const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
    expect(svgToPngSize(svg)).toEqual({ width: 1800, height: height * 2 });
    expect(svgToPngSize(svg, 1)).toEqual({ width: 900, height });
  });
  it('falls back to the viewBox and reports unknown sizes as null', () => {
    expect(svgToPngSize('<svg viewBox="0 0 300 120"></svg>', 3)).toEqual({ width: 900, height: 360 });
    expect(svgToPngSize('<svg></svg>')).toBeNull();
    expect(rasterSize({ width: 10.4, height: 3 }, 1.5)).toEqual({ width: 16, height: 5 });
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials and removes forbidden characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0001\uFFFE\uD800`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
    expect(escapeXml('emoji 😀 and tab\tstay')).toBe('emoji 😀 and tab\tstay');
  });
});
