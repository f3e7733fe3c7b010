// How events are drawn on the timeline: points vs ranges, type colours, uncertain and planned styles.

import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../../app/model/event-types';
import { localDateToIso } from '../../../renderer/lib/iso-date';
import { presentEvent } from '../../../renderer/timeline/item-style';
import { makeEvent } from './make-records';

describe('presentEvent', () => {
  it('draws a day-precision event as a box on its day, coloured by its type', () => {
    const item = presentEvent(makeEvent({ type: 'meeting', start: '2023-09-21', end: '2023-09-21', precision: 'day' }));
    expect(item.type).toBe('box');
    expect(localDateToIso(item.start)).toBe('2023-09-21');
    expect(item.end).toBeUndefined();
    expect(item.style).toContain(EVENT_TYPES.find((t) => t.id === 'meeting')!.color);
    expect(item.className.split(' ')).toContain('event-type-meeting');
    expect(item.className).not.toContain('is-uncertain');
    expect(item.statusMarker).toBeNull();
  });

  it('labels a merged event with a "×N sources" badge and says so in its description; a single report has none', () => {
    const merged = presentEvent(makeEvent({ label: 'Summit' }), 3);
    expect(merged.sourcesBadge).toBe('×3 sources');
    expect(merged.dataset.sources).toBe('3');
    expect(merged.description).toContain('reported by 3 sources');
    const single = presentEvent(makeEvent({ label: 'Summit' }));
    expect(single.sourcesBadge).toBeNull();
    expect(single.dataset.sources).toBe('1');
    expect(single.description).not.toContain('sources');
  });

  it('draws a month-precision event as a hatched range over the whole month (exclusive end)', () => {
    const item = presentEvent(makeEvent({ type: 'forum', start: '2023-10-01', end: '2023-10-31', precision: 'month' }));
    expect(item.type).toBe('range');
    expect(localDateToIso(item.start)).toBe('2023-10-01');
    expect(localDateToIso(item.end!)).toBe('2023-11-01');
    expect(item.className.split(' ')).toContain('is-uncertain');
    expect(item.style).toContain(EVENT_TYPES.find((t) => t.id === 'forum')!.color);
    expect(item.description).toContain('October 2023 (month)');
  });

  it('marks planned events and exposes the event data for the DOM', () => {
    const item = presentEvent(
      makeEvent({ id: 'x:1', type: 'visit', status: 'planned', start: '2023-10-01', end: '2023-10-31', precision: 'month' }),
    );
    expect(item.statusMarker).toBe('planned');
    expect(item.className.split(' ')).toEqual(expect.arrayContaining(['is-marked-status', 'event-status-planned']));
    expect(item.dataset).toMatchObject({
      eventId: 'x:1',
      eventType: 'visit',
      start: '2023-10-01',
      end: '2023-10-31',
      precision: 'month',
      status: 'planned',
    });
  });

  it('gives every event type a different colour', () => {
    const colours = EVENT_TYPES.map((t) => presentEvent(makeEvent({ type: t.id })).style);
    expect(new Set(colours).size).toBe(EVENT_TYPES.length);
  });
});
