// @vitest-environment jsdom
// The exported SVG: well-formed standalone XML, exactly the window's events, legend, escaping, styling cues.
// Parsed with jsdom's DOMParser in strict XML mode (a well-formedness error yields a <parsererror>).
import { describe, expect, it } from 'vitest';
import { renderTimelineSvg } from '../../../../app/export/timeline-svg';
import { EVENT_TYPES } from '../../../../app/model/event-types';
import { makeEvent } from './make-event';

const EXAMPLE_EVENTS = [
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
  makeEvent({
    id: 'e3',
    type: 'forum',
    label: 'Third Belt and Road Forum',
    start: '2023-10-01',
    end: '2023-10-31',
    precision: 'month',
    status: 'planned',
  }),
  makeEvent({ id: 'e4', type: 'invasion', label: 'Russia invades Ukraine', start: '2022-02-01', end: '2022-02-28', precision: 'month' }),
  makeEvent({ id: 'e5', type: 'attack', label: 'Strike on <script>alert("x")</script> & co', start: '2023-09-25', end: '2023-09-27' }),
];

/** Parses as strict XML, throwing on any well-formedness error, and returns the root <svg>. */
function parseSvg(svg: string): Element {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return document.documentElement;
}

function labelTexts(root: Element): string[] {
  return [...root.querySelectorAll('g.event > text')].map((t) => t.textContent ?? '');
}

describe('renderTimelineSvg', () => {
  const svg = renderTimelineSvg({ events: EXAMPLE_EVENTS, window: { start: '2023-09-01', end: '2023-11-30' }, title: 'Talks & visits' });
  const root = parseSvg(svg);

  it('detects malformed XML (so the checks below mean something)', () => {
    expect(() => parseSvg('<svg xmlns="http://www.w3.org/2000/svg"><text>a < b</text></svg>')).toThrow(/not well-formed/);
  });

  it('is a complete standalone SVG document', () => {
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).toBe(1200);
    expect(root.getAttribute('viewBox')).toBe(`0 0 1200 ${root.getAttribute('height')}`);
    expect(root.querySelectorAll('style')).toHaveLength(1);
    expect(root.querySelector('style')?.textContent).toContain('system-ui');
  });

  it('references nothing external', () => {
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
    expect(svg).not.toMatch(/@import|<image|<script|<foreignObject|xlink:href|\shref=/i);
    for (const fill of svg.matchAll(/url\(([^)]*)\)/g)) expect(fill[1]).toMatch(/^#hatch-/);
  });

  it('draws exactly the events in the window, with planned suffixes', () => {
    expect(labelTexts(root).sort()).toEqual(
      [
        'Wang Yi meets Vladimir Putin',
        'Putin visits China (planned)',
        'Third Belt and Road Forum (planned)',
        'Strike on <script>alert("x")</script> & co',
      ].sort(),
    );
    expect(svg).not.toContain('Russia invades Ukraine');
  });

  it('keeps markup in labels as text', () => {
    expect(root.querySelector('script')).toBeNull();
    expect(svg).toContain('Strike on &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });

  it('has a title, a caption with the window and count, and a legend naming every type', () => {
    expect(root.querySelector('text.title')?.textContent).toBe('Talks & visits');
    expect(root.querySelector('text.caption')?.textContent).toBe('1 Sep 2023 – 30 Nov 2023 · 4 events');
    const legend = [...root.querySelectorAll('.legend text')].map((t) => t.textContent);
    for (const type of EVENT_TYPES) expect(legend).toContain(type.label);
  });

  it('hatches uncertain dates, dashes planned events and colours by type', () => {
    const visit = root.querySelector('g[data-event-id="e2"] rect');
    expect(visit?.getAttribute('fill')).toBe('url(#hatch-visit)');
    expect(visit?.getAttribute('class')).toBe('planned');
    expect(root.querySelector('pattern#hatch-visit')).not.toBeNull();
    const meeting = root.querySelector('g[data-event-id="e1"] circle');
    expect(meeting?.getAttribute('fill')).toBe(EVENT_TYPES.find((t) => t.id === 'meeting')?.color);
    const attack = root.querySelector('g[data-event-id="e5"] rect');
    expect(attack?.getAttribute('fill')).toBe(EVENT_TYPES.find((t) => t.id === 'attack')?.color);
    expect(attack?.hasAttribute('class')).toBe(false);
  });

  it('draws adaptive ticks: months for a multi-year window, days for a week', () => {
    const years = parseSvg(renderTimelineSvg({ events: [], window: { start: '2022-01-01', end: '2023-12-31' } }));
    expect([...years.querySelectorAll('.tick-label')].map((t) => t.textContent)).toContain('Jan 2023');
    const week = parseSvg(renderTimelineSvg({ events: [], window: { start: '2023-09-18', end: '2023-09-24' } }));
    expect([...week.querySelectorAll('.tick-label')].map((t) => t.textContent)).toEqual([
      '18 Sep 2023',
      '19 Sep',
      '20 Sep',
      '21 Sep',
      '22 Sep',
      '23 Sep',
      '24 Sep',
    ]);
  });

  it('grows in height with the number of lanes', () => {
    const crowded = Array.from({ length: 12 }, (_, i) =>
      makeEvent({ id: `c${i}`, label: `Simultaneous meeting ${i}`, start: '2023-09-21', end: '2023-09-21' }),
    );
    const one = parseSvg(renderTimelineSvg({ events: crowded.slice(0, 1), window: { start: '2023-09-01', end: '2023-09-30' } }));
    const twelve = parseSvg(renderTimelineSvg({ events: crowded, window: { start: '2023-09-01', end: '2023-09-30' } }));
    expect(Number(twelve.getAttribute('height')) - Number(one.getAttribute('height'))).toBe(11 * 26);
  });

  it('mentions events left out when the lanes are full', () => {
    const crowded = Array.from({ length: 5 }, (_, i) =>
      makeEvent({ id: `c${i}`, label: `Meeting ${i}`, start: '2023-09-21', end: '2023-09-21' }),
    );
    const root = parseSvg(renderTimelineSvg({ events: crowded, window: { start: '2023-09-01', end: '2023-09-30' }, maxLanes: 3 }));
    expect(root.querySelector('text.caption')?.textContent).toBe(
      '1 Sep 2023 – 30 Sep 2023 · 3 events (2 more not shown: too crowded, zoom in)',
    );
    expect(labelTexts(root)).toHaveLength(3);
  });

  it('says so when the window is empty and strips characters XML forbids', () => {
    const empty = parseSvg(
      renderTimelineSvg({ events: [], window: { start: '2023-01-01', end: '2023-01-31' }, title: 'Bad\u0000\u0007 title' }),
    );
    expect(empty.querySelector('text.empty')?.textContent).toBe('No events in this time window');
    expect(empty.querySelector('text.title')?.textContent).toBe('Bad title');
  });
});
